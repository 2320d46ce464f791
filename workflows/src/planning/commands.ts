import { setHandler } from '@temporalio/workflow';
import {
  addPlanCandidateUpdate,
  decidePlanUpdate,
  PLAN_APPROVAL_CHOICES,
  planStatusQuery,
  removePlanCandidateUpdate,
  submitPlanUpdate,
  withdrawPlanUpdate,
  type AddPlanCandidateCommand,
  type DecidePlanCommand,
  type PlanEntry,
  type RemovePlanCandidateCommand,
  type SubmitPlanCommand,
  type WithdrawPlanCommand,
} from '@personnel/contracts';
import { CODE_PATTERN } from '@personnel/contracts';
import { checkPlanCandidate, completed, mayDecide, newTask } from '@personnel/domain';
import { checkActor, checkDecision, openDecisionTask, refuse, signedDecision } from '../kit';
import { activities, type PlanContext } from './context';
import { cancelOpenTasks, PlanTaskKeys } from './cycle';

const MAX_TEXT = 4000;
/** A removal, a return, a rejection or a withdrawal says why in at least this many characters. */
const MIN_REASON = 10;

function text(value: unknown, field: string, min: number): string {
  if (typeof value !== 'string' || value.trim().length < min || value.length > MAX_TEXT)
    refuse('invalid', `${field}: ${min} to ${MAX_TEXT} characters`);
  return value.trim();
}

function code(value: unknown, field: string): string {
  if (typeof value !== 'string' || !CODE_PATTERN.test(value)) refuse('invalid', `${field}: a code`);
  return value;
}

/** HR's open task of the round: the composition, or the year's review. */
function composeTask(ctx: PlanContext) {
  return ctx.state.tasks.find((t) => t.kind === 'revision' && t.status === 'open');
}

/** Every query and Update of the planning workflow. */
export function registerPlanCommands(ctx: PlanContext): void {
  const s = ctx.state;
  const { input } = ctx;
  setHandler(planStatusQuery, () => s.status());

  setHandler(
    addPlanCandidateUpdate,
    async (command: AddPlanCandidateCommand) => {
      s.adding++;
      try {
        const facts = await activities.loadPlanCandidateFacts({
          workflowId: ctx.workflowId,
          unitCode: input.unitCode,
          term: input.term,
          postCode: command.postCode,
          cadreId: command.cadreId,
          asOf: ctx.today(),
        });
        // Checked again after the load, on the pool as it stands now (another add may have landed).
        ctx.assertComposing();
        if (!facts.post || !facts.postInScope)
          refuse(
            'invalid',
            `postCode: ${command.postCode} is not a post of ${input.unitCode} or a unit under it`,
          );
        if (!facts.cadre) refuse('invalid', `cadreId: no cadre ${command.cadreId}`);
        if (s.entry(command.postCode, command.cadreId))
          refuse('invalid', `${command.cadreId} is already a candidate for ${command.postCode}`);
        const checks = checkPlanCandidate({
          term: input.term,
          legalBasis: input.legalBasis,
          asOf: ctx.today(),
          entries: s.detail.entries,
          cadre: facts.cadre,
          post: facts.post,
          appointmentId: facts.appointmentId,
        });
        const failed = checks.filter((c) => !c.passed);
        if (failed.length > 0)
          refuse('ineligible', failed.map((c) => `${c.rule}: ${c.detail} (${c.citation})`).join(' '), {
            rules: failed.map((c) => c.rule),
          });
        const entry: PlanEntry = {
          postCode: command.postCode,
          postLevel: facts.post.level,
          cadreId: command.cadreId,
          status: 'candidate',
          addedBy: command.actor.userId,
          addedAt: ctx.now(),
          reason: command.reason?.trim() || null,
          removedBy: null,
          removedReason: null,
          publishedFrom: null,
          publishedTo: null,
        };
        s.detail.entries.push(entry);
        await ctx.recordEntries([entry], 'candidate_added', command.actor.userId, {
          postCode: entry.postCode,
          cadreId: entry.cadreId,
          reason: entry.reason,
          checks,
        });
        return s.summary();
      } finally {
        s.adding--;
      }
    },
    {
      validator: (command: AddPlanCandidateCommand) => {
        checkActor(command?.actor);
        ctx.assertHr(command.actor, 'add a candidate');
        ctx.assertComposing();
        code(command.postCode, 'postCode');
        code(command.cadreId, 'cadreId');
        if (command.reason !== undefined) text(command.reason, 'reason', 0);
        if (s.entry(command.postCode, command.cadreId))
          refuse('invalid', `${command.cadreId} is already a candidate for ${command.postCode}`);
      },
    },
  );

  setHandler(
    removePlanCandidateUpdate,
    async (command: RemovePlanCandidateCommand) => {
      const entry = s.entry(command.postCode, command.cadreId) as PlanEntry;
      entry.status = 'removed';
      entry.removedBy = command.actor.userId;
      entry.removedReason = command.reason.trim();
      await ctx.recordEntries([entry], 'candidate_removed', command.actor.userId, {
        postCode: entry.postCode,
        cadreId: entry.cadreId,
        reason: entry.removedReason,
      });
      return s.summary();
    },
    {
      validator: (command: RemovePlanCandidateCommand) => {
        checkActor(command?.actor);
        ctx.assertHr(command.actor, 'remove a candidate');
        ctx.assertComposing();
        text(command.reason, 'reason', MIN_REASON);
        if (!s.entry(command.postCode, command.cadreId))
          refuse('invalid', `${command.cadreId} is not a candidate for ${command.postCode}`);
      },
    },
  );

  setHandler(
    submitPlanUpdate,
    async (command: SubmitPlanCommand) => {
      const task = composeTask(ctx);
      const done = task
        ? ctx.change(
            completed(task, 'submitted', command.actor.userId, ctx.now(), command.comment?.trim() || null),
          )
        : [];
      s.submitted = true;
      const review = s.detail.reviews[s.detail.reviews.length - 1];
      if (s.stage === 'review' && review) review.submittedAt = ctx.now();
      await ctx.record(
        'submitted',
        command.actor.userId,
        { round: s.detail.round, candidates: s.candidates().length },
        done,
      );
      return s.summary();
    },
    {
      validator: (command: SubmitPlanCommand) => {
        checkActor(command?.actor);
        ctx.assertHr(command.actor, 'submit the plan');
        ctx.assertComposing();
        if (s.submitted) refuse('wrong_stage', 'the plan is already submitted');
        if (s.adding > 0) refuse('wrong_stage', 'a candidate is being added; submit again in a moment');
        if (command.comment !== undefined) text(command.comment, 'comment', 0);
        // A year's review may confirm the plan as it is; a first composition must change something.
        if (s.stage === 'drafting' && !s.hasChanges())
          refuse('invalid', 'the plan has no new candidate and no removal to submit');
      },
    },
  );

  setHandler(
    decidePlanUpdate,
    async (command: DecidePlanCommand) => {
      const task = openDecisionTask(s);
      if (!task) throw new Error('no approval task after validation');
      const at = ctx.now();
      const by = command.actor.userId;
      if (command.choice === 'approve') {
        const approval = signedDecision(
          {
            actor: command.actor,
            number: command.number as string,
            effectiveDate: command.effectiveDate as string,
          },
          at,
        );
        s.detail.approvals.push(approval);
        const review = s.detail.reviews[s.detail.reviews.length - 1];
        if (review && review.approval === null && s.stage === 'review_approval') review.approval = approval;
        const done = ctx.change(completed(task, 'approve', by, at, null));
        s.answer = 'approve';
        await ctx.record('approved', by, { ...approval }, done);
        return s.summary();
      }
      const comment = (command.comment as string).trim();
      const done = ctx.change(completed(task, command.choice, by, at, comment));
      if (command.choice === 'reject') {
        s.answer = 'reject';
        await ctx.record('rejected', by, { comment }, done);
        return s.summary();
      }
      s.detail.round++;
      const reviewing = s.stage === 'review_approval';
      const year = s.detail.reviews.length;
      const reopened = ctx.change(
        newTask(
          reviewing ? PlanTaskKeys.review(year, s.detail.round) : PlanTaskKeys.compose(s.detail.round),
          'revision',
          reviewing
            ? `Rà soát quy hoạch năm thứ ${year} (trả lại)`
            : 'Hoàn thiện danh sách quy hoạch (trả lại)',
          [input.proposedBy, ...input.hrIds],
          true,
          ctx.taskTiming(),
        ),
      );
      s.answer = 'return';
      await ctx.record('returned', by, { comment, round: s.detail.round }, [...done, ...reopened]);
      return s.summary();
    },
    {
      validator: (command: DecidePlanCommand) => {
        checkActor(command?.actor);
        const task = openDecisionTask(s);
        if (!task || (s.stage !== 'approval' && s.stage !== 'review_approval'))
          refuse('wrong_stage', 'no approval is waiting');
        if (!PLAN_APPROVAL_CHOICES.includes(command.choice))
          refuse('invalid', `choice: one of ${PLAN_APPROVAL_CHOICES.join(', ')}`);
        if (command.choice === 'approve')
          checkDecision(
            ctx,
            {
              actor: command.actor,
              number: command.number as string,
              effectiveDate: command.effectiveDate as string,
            },
            {
              stage: s.stage,
              proposedAt: input.proposedAt,
              ownCase: (actor) => actor.userId === input.proposedBy,
            },
          );
        else {
          if (!mayDecide(task, command.actor.userId, ctx.today()))
            refuse('not_assignee', `the approval is for ${task.assigneeIds.join(' or ')}`, {
              assignees: task.assigneeIds,
            });
          text(command.comment, 'comment', MIN_REASON);
        }
      },
    },
  );

  setHandler(
    withdrawPlanUpdate,
    async (command: WithdrawPlanCommand) => {
      const reason = command.reason.trim();
      s.withdrawn = true;
      s.state = 'withdrawn';
      s.detail.closedReason = reason;
      ctx.enterStage('closed');
      await ctx.record('withdrawn', command.actor.userId, { reason }, cancelOpenTasks(ctx));
      return s.summary();
    },
    {
      validator: (command: WithdrawPlanCommand) => {
        checkActor(command?.actor);
        ctx.assertHr(command.actor, 'withdraw the plan');
        if (!s.isRunning())
          refuse('finished', `the plan is ${s.state}; a published plan changes by its yearly review`, {
            state: s.state,
          });
        text(command.reason, 'reason', MIN_REASON);
      },
    },
  );
}
