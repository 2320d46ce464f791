import { ApplicationFailure, setHandler, upsertMemo } from '@temporalio/workflow';
import {
  APPOINTMENT_REFUSED,
  appointmentStatusQuery,
  claimTaskUpdate,
  decideTaskUpdate,
  delegateTaskUpdate,
  grantExceptionUpdate,
  issueDecisionUpdate,
  resubmitUpdate,
  TaskKeys,
  unclaimTaskUpdate,
  changeBodiesUpdate,
  reconveneUpdate,
  submitSelfAssessmentUpdate,
  withdrawAppointmentUpdate,
  type ActorRef,
  type ChangeBodiesCommand,
  type ReconveneCommand,
  type SelfAssessmentCommand,
  type AppointmentRefusalCode,
  type ClaimTaskCommand,
  type DecideTaskCommand,
  type DelegateTaskCommand,
  type GrantExceptionCommand,
  type IssueDecisionCommand,
  type ResubmitCommand,
  type WithdrawAppointmentCommand,
} from '@personnel/contracts';
import {
  checkAppointmentInput,
  checkClaim,
  checkUnclaim,
  checkDecideTask,
  checkDelegate,
  completed,
  compareIsoDates,
  isIsoDate,
  isOwnCase,
  mayDecide,
  nextWaiting,
  opened,
  roundOutcome,
  termLastDay,
  withClaim,
  withDelegation,
  type TaskCheck,
} from '@personnel/domain';
import type { ProcedureContext } from './procedure-context';
import { cancelOpen, openDecision, openDecisionTask, openRevision, openRound } from './transitions';

const MIN_EXCEPTION_REASON = 20;

function refuse(code: AppointmentRefusalCode, message: string): never {
  throw ApplicationFailure.create({ type: APPOINTMENT_REFUSED, message, details: [code] });
}

function must(check: TaskCheck): void {
  if (!check.ok) refuse(check.code, check.message);
}

function checkActor(actor: ActorRef | undefined): asserts actor is ActorRef {
  if (typeof actor?.userId !== 'string' || !Array.isArray(actor.roles))
    refuse('invalid', 'a command needs the acting user (userId, roles)');
}

/**
 * The appointment's commands. Each validator re-checks the actor against the task as it stands when
 * the Update arrives (a task claimed or reassigned meanwhile refuses it, and nothing is recorded); each
 * handler changes the state before its first await and records the step with every task it changed.
 */
export function registerCommands(ctx: ProcedureContext): void {
  const s = ctx.state;
  const { input } = ctx;
  const ownCase = (actor: ActorRef) => isOwnCase(actor, input.proposedBy, input.candidateIds);
  const running = () => {
    if (s.state !== 'in_progress' && s.stage !== 'awaiting_decision')
      refuse('finished', `the procedure is ${s.state}; it takes no more commands`);
  };
  const notOwnCase = (actor: ActorRef) => {
    if (ownCase(actor)) refuse('own_case', `${actor.userId} may not act on their own case`);
  };

  setHandler(appointmentStatusQuery, () => s.status());

  setHandler(
    grantExceptionUpdate,
    async (command: GrantExceptionCommand) => {
      const at = ctx.now();
      const failing = s.eligibility.filter((e) => !e.result?.eligible).map((e) => e.cadreId);
      s.exception = { grantedBy: command.actor.userId, reason: command.reason.trim(), at, cadreIds: failing };
      const task = s.task(TaskKeys.exception);
      const changed = task
        ? ctx.change(completed(task, 'granted', command.actor.userId, at, s.exception.reason))
        : [];
      s.stage = 'collective_proposes';
      await ctx.record(
        'exception_granted',
        command.actor.userId,
        { reason: s.exception.reason, cadreIds: failing },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: GrantExceptionCommand) => {
        checkActor(command?.actor);
        running();
        if (s.stage !== 'awaiting_exception') refuse('wrong_stage', 'no eligibility exception is waiting');
        if (!command.actor.roles.includes('leader'))
          refuse('not_authorised', 'only a leader may grant an exception');
        notOwnCase(command.actor);
        const task = s.task(TaskKeys.exception);
        if (task && !task.assigneeIds.includes(command.actor.userId))
          refuse('not_assignee', `the exception is for ${task.assigneeIds.join(' or ')} to grant`);
        if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
          refuse('invalid', `an exception needs a reason of at least ${MIN_EXCEPTION_REASON} characters`);
      },
    },
  );

  setHandler(
    claimTaskUpdate,
    async (command: ClaimTaskCommand) => {
      const task = ctx.change(withClaim(s.existingTask(command.taskKey), command.actor.userId));
      await ctx.record('task_claimed', command.actor.userId, { taskKey: command.taskKey }, task);
      return s.status();
    },
    {
      validator: (command: ClaimTaskCommand) => {
        checkActor(command?.actor);
        running();
        notOwnCase(command.actor);
        must(checkClaim(s.task(command.taskKey), command));
      },
    },
  );

  setHandler(
    unclaimTaskUpdate,
    async (command: ClaimTaskCommand) => {
      const task = ctx.change(withClaim(s.existingTask(command.taskKey), null));
      await ctx.record('task_unclaimed', command.actor.userId, { taskKey: command.taskKey }, task);
      return s.status();
    },
    {
      validator: (command: ClaimTaskCommand) => {
        checkActor(command?.actor);
        running();
        must(checkUnclaim(s.task(command.taskKey), command));
      },
    },
  );

  setHandler(
    delegateTaskUpdate,
    async (command: DelegateTaskCommand) => {
      const delegation = {
        from: command.actor.userId,
        to: command.toUserId,
        validFrom: command.validFrom,
        validUntil: command.validUntil,
        reason: command.reason.trim(),
        at: ctx.now(),
      };
      const task = ctx.change(withDelegation(s.existingTask(command.taskKey), delegation));
      await ctx.record(
        'task_delegated',
        command.actor.userId,
        { taskKey: command.taskKey, ...delegation },
        task,
      );
      return s.status();
    },
    {
      validator: (command: DelegateTaskCommand) => {
        checkActor(command?.actor);
        running();
        notOwnCase(command.actor);
        must(checkDelegate(s.task(command.taskKey), command, ctx.today(), (u) => u === input.proposedBy));
      },
    },
  );

  setHandler(
    decideTaskUpdate,
    async (command: DecideTaskCommand) => {
      const at = ctx.now();
      const comment = command.comment?.trim() || null;
      const changed = ctx.change(
        completed(s.existingTask(command.taskKey), command.verdict, command.actor.userId, at, comment),
      );
      const round = s.tasks.filter((t) => t.kind === 'sign_off' && t.key.startsWith(`r${s.round}-`));
      const outcome = roundOutcome(round);
      if (outcome === 'rejected') {
        changed.push(...cancelOpen(ctx));
        s.close('rejected', comment);
      } else if (outcome === 'returned') {
        changed.push(...cancelOpen(ctx), ...openRevision(ctx));
      } else if (outcome === 'approved') {
        changed.push(...openDecision(ctx, s.term));
      } else if (input.signOffMode === 'sequential') {
        const next = nextWaiting(round);
        if (next) changed.push(...ctx.change(opened(next, ctx.taskTiming())));
      }
      await ctx.record(
        'task_decided',
        command.actor.userId,
        {
          taskKey: command.taskKey,
          verdict: command.verdict,
          ...(comment ? { comment } : {}),
          roundOutcome: outcome,
        },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: DecideTaskCommand) => {
        checkActor(command?.actor);
        running();
        notOwnCase(command.actor);
        must(checkDecideTask(s.task(command.taskKey), command, ctx.today()));
      },
    },
  );

  setHandler(
    resubmitUpdate,
    async (command: ResubmitCommand) => {
      const at = ctx.now();
      const comment = command.comment.trim();
      const revision = s.existingTask(TaskKeys.revision(s.round));
      const changed = ctx.change(completed(revision, 'resubmitted', command.actor.userId, at, comment));
      const added = command.documents ?? [];
      s.documents = [...s.documents.filter((d) => !added.some((a) => a.id === d.id)), ...added];
      s.round += 1;
      changed.push(...openRound(ctx));
      await ctx.record(
        'resubmitted',
        command.actor.userId,
        { comment, documents: added, round: s.round },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: ResubmitCommand) => {
        checkActor(command?.actor);
        running();
        if (s.stage !== 'returned_for_revision')
          refuse('wrong_stage', 'the dossier has not been returned for revision');
        if (command.actor.userId !== input.proposedBy)
          refuse('not_authorised', `only the proposer (${input.proposedBy}) resubmits the dossier`);
        if (typeof command.comment !== 'string' || command.comment.trim() === '')
          refuse('invalid', 'say what was revised');
      },
    },
  );

  setHandler(
    withdrawAppointmentUpdate,
    async (command: WithdrawAppointmentCommand) => {
      const reason = command.reason.trim();
      const changed = cancelOpen(ctx);
      s.close('withdrawn', reason);
      s.withdrawn = true;
      await ctx.record('withdrawn', command.actor.userId, { reason }, changed);
      return s.status();
    },
    {
      validator: (command: WithdrawAppointmentCommand) => {
        checkActor(command?.actor);
        if (s.state !== 'in_progress') refuse('finished', `the procedure is already ${s.state}`);
        if (command.actor.userId !== input.proposedBy)
          refuse('not_authorised', `only the proposer (${input.proposedBy}) may withdraw this procedure`);
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('invalid', 'a withdrawal needs a reason');
      },
    },
  );

  setHandler(
    issueDecisionUpdate,
    async (command: IssueDecisionCommand) => {
      const at = ctx.now();
      const task = s.openTaskOf('decision');
      s.decision = {
        number: command.number.trim(),
        signerId: command.actor.userId,
        effectiveDate: command.effectiveDate,
        signedAt: at,
        termLastDay: termLastDay(command.effectiveDate, input.legalBasis),
      };
      const changed = ctx.change(completed(task, 'signed', command.actor.userId, at, s.decision.number));
      // The assignment is written by the main flow, which then records `decided` with its id.
      await ctx.record('decision_signed', command.actor.userId, { ...s.decision }, changed);
      return s.status();
    },
    {
      validator: (command: IssueDecisionCommand) => {
        checkActor(command?.actor);
        const task = openDecisionTask(ctx);
        if (s.stage !== 'awaiting_decision' || !task)
          refuse('wrong_stage', 'no decision is waiting to be signed');
        notOwnCase(command.actor);
        if (!mayDecide(task, command.actor.userId, ctx.today()))
          refuse('not_assignee', `the decision is for ${task.assigneeIds.join(' or ')} to sign`);
        if (typeof command.number !== 'string' || !command.number.trim() || command.number.length > 64)
          refuse('invalid', 'number: the decision number as printed, up to 64 characters');
        if (!isIsoDate(command.effectiveDate)) refuse('invalid', 'effectiveDate must be a date (YYYY-MM-DD)');
        if (compareIsoDates(command.effectiveDate, ctx.input.proposedAt.slice(0, 10)) < 0)
          refuse('invalid', 'effectiveDate may not be before the proposal');
      },
    },
  );

  setHandler(
    submitSelfAssessmentUpdate,
    async (command: SelfAssessmentCommand) => {
      const at = ctx.now();
      const summary = command.summary.trim();
      s.selfAssessment = { by: command.actor.userId, summary, at };
      const added = command.documents ?? [];
      s.documents = [...s.documents.filter((d) => !added.some((a) => a.id === d.id)), ...added];
      const task = s.openTaskOf('self_assessment');
      const changed = ctx.change(completed(task, 'submitted', command.actor.userId, at, null));
      await ctx.record(
        'self_assessment',
        command.actor.userId,
        { term: s.term, summary, documents: added },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: SelfAssessmentCommand) => {
        checkActor(command?.actor);
        const task = s.tasks.find((t) => t.kind === 'self_assessment' && t.status === 'open');
        if (s.stage !== 'reappointment' || !task) refuse('wrong_stage', 'no self-assessment is waiting');
        const holder = command.actor.cadreId !== null && command.actor.cadreId === s.appointee;
        if (
          !holder &&
          !task.assigneeIds.includes(command.actor.userId) &&
          !command.actor.roles.includes('hr_officer')
        )
          refuse('not_authorised', 'the holder of the post or HR submits the self-assessment');
        if (typeof command.summary !== 'string' || command.summary.trim().length < 20)
          refuse('invalid', 'summary: at least 20 characters');
      },
    },
  );

  const reconveneTask = (stepIndex: number) =>
    s.tasks.find(
      (t) => t.kind === 'reconvene' && t.status === 'open' && t.key.startsWith(`reconvene-${stepIndex}-a`),
    );

  setHandler(
    reconveneUpdate,
    async (command: ReconveneCommand) => {
      const reason = command.reason.trim();
      const task = reconveneTask(command.stepIndex);
      if (!task) throw new Error(`no reconvene task for step ${command.stepIndex} after validation`);
      const changed = ctx.change(completed(task, 'reconvened', command.actor.userId, ctx.now(), reason));
      await ctx.record(
        'conference_reconvened',
        command.actor.userId,
        { stepIndex: command.stepIndex, reason },
        changed,
      );
      return s.status();
    },
    {
      validator: (command: ReconveneCommand) => {
        checkActor(command?.actor);
        running();
        const task = Number.isInteger(command.stepIndex) ? reconveneTask(command.stepIndex) : undefined;
        if (!task)
          refuse('wrong_stage', `conference ${command.stepIndex} is not waiting to be convened again`);
        if (!task.assigneeIds.includes(command.actor.userId))
          refuse(
            'not_authorised',
            `the proposer or the conference's secretary (${task.assigneeIds.join(', ')}) convenes it again`,
          );
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('invalid', 'reason: say why the conference is convened again');
      },
    },
  );

  const BODY_FIELDS = [
    'collective',
    'expandedConference',
    'keyCadreConference',
    'homeUnitConference',
  ] as const;
  const changesOf = (command: ChangeBodiesCommand) =>
    Object.fromEntries(BODY_FIELDS.filter((f) => command[f] !== undefined).map((f) => [f, command[f]]));

  setHandler(
    changeBodiesUpdate,
    async (command: ChangeBodiesCommand) => {
      const changes = changesOf(command);
      s.bodies = { ...s.bodies, ...changes };
      // The API shows a conference's members from the memo for records that predate their own copy.
      upsertMemo({ bodies: s.bodies });
      const reason = command.reason.trim();
      await ctx.record('bodies_changed', command.actor.userId, { ...changes, reason });
      return s.status();
    },
    {
      validator: (command: ChangeBodiesCommand) => {
        checkActor(command?.actor);
        if (s.stage === 'closed') refuse('finished', `the procedure is ${s.state}; its bodies are final`);
        if (command.actor.userId !== input.proposedBy && !command.actor.roles.includes('hr_officer'))
          refuse('not_authorised', 'the proposer or HR changes who sits in the conferences');
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('invalid', 'reason: say why the members change');
        const changes = changesOf(command);
        if (Object.keys(changes).length === 0)
          refuse('invalid', 'collective: name at least one body to replace');
        const problem = checkAppointmentInput({ ...input, ...s.bodies, ...changes }).find((p) =>
          BODY_FIELDS.some((f) => f in changes && (p.field === f || p.field.startsWith(`${f}.`))),
        );
        if (problem) refuse('invalid', `${problem.field}: ${problem.problem}`);
      },
    },
  );
}
