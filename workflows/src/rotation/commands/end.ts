import { setHandler } from '@temporalio/workflow';
import {
  CODE_PATTERN,
  decideRotationEndUpdate,
  endRotationEarlyUpdate,
  ROTATION_END_CHOICES,
  type ActorRef,
  type EndEarlyCommand,
  type EndOfTermCommand,
  type ProcedureTask,
  type RotationDecision,
  type RotationEnd,
} from '@personnel/contracts';
import { compareIsoDates, completed, isIsoDate, mayAct, rotationLastDay, holdsRole } from '@personnel/domain';
import { cancelOpen, checkActor, MIN_EXCEPTION_REASON, refuse, signedDecision } from '../../kit';
import type { RotationContext } from '../context';
import { writeDecidedAssignment } from '../registry-writes';

/** The longest single extension of a rotation, in months. */
const MAX_EXTENSION_MONTHS = 60;

/**
 * How a rotation ends, each a recorded decision: at the end of its term (the signer's task: return home,
 * reassign, keep at the destination — from then an ordinary assignment, no longer a rotation — or
 * extend), or early, at any time, with a reason. The registry is written before the step is recorded.
 */
export function registerEndCommands(ctx: RotationContext): void {
  const s = ctx.state;
  const { input } = ctx;

  const finish = async (actor: ActorRef, end: RotationEnd, tasks: ProcedureTask[]): Promise<void> => {
    const written = await writeDecidedAssignment(ctx, {
      postId: end.postId,
      kind: 'transfer',
      endsPostId: input.toPostId,
      replaceHolder: false,
      decision: end.decision,
    });
    s.detail.end = end;
    s.state = 'ended';
    s.endsDecided++;
    const changed = [...ctx.change(...tasks.map((t) => ({ ...t }))), ...cancelOpen(ctx)];
    ctx.enterStage('closed');
    await ctx.record('rotation_ended', actor.userId, { ...end, assignmentId: written.assignmentId }, changed);
  };

  setHandler(
    decideRotationEndUpdate,
    async (command: EndOfTermCommand) => {
      const decision = signedDecision(command, ctx.now());
      const task = s.existingTask(openEndTask(ctx)?.key ?? '');
      if (command.choice === 'extend') {
        const months = command.months as number;
        s.detail.extensions.push({ months, decision });
        s.detail.lastDay = rotationLastDay(
          (s.detail.decision as RotationDecision).effectiveDate,
          s.totalMonths(),
        );
        s.endsDecided++;
        const changed = ctx.change(
          completed(task, 'ended', command.actor.userId, decision.signedAt, `extend ${months}`),
        );
        ctx.enterStage('in_rotation');
        await ctx.record(
          'rotation_extended',
          command.actor.userId,
          { months, ...decision, lastDay: s.detail.lastDay },
          changed,
        );
        return s.status();
      }
      const end: RotationEnd = {
        choice: command.choice,
        postId: command.choice === 'keep' ? input.toPostId : (command.postId as string),
        decision,
        early: false,
        reason: null,
      };
      await finish(command.actor, end, [
        completed(task, 'ended', command.actor.userId, decision.signedAt, command.choice),
      ]);
      return s.status();
    },
    {
      validator: (command: EndOfTermCommand) => {
        checkActor(command?.actor);
        ctx.assertRotating();
        ctx.notOwnCase(command.actor);
        if (s.writing) refuse('wrong_stage', 'a decision is being recorded; try again in a moment');
        const task = openEndTask(ctx);
        if (s.stage !== 'end_of_term' || !task)
          refuse('wrong_stage', 'the rotation has not reached its end of term');
        if (!mayAct(task, command.actor.userId, ctx.today()))
          refuse('not_assignee', `the end-of-term decision is for ${task.assigneeIds.join(' or ')}`, {
            assignees: task.assigneeIds,
          });
        const pending = s.tasks.find((t) => t.kind === 'evaluation' && t.status === 'open');
        if (pending)
          refuse(
            'wrong_stage',
            `the evaluation "${pending.label}" is still open: the receiving unit evaluates first`,
          );
        if (!ROTATION_END_CHOICES.includes(command.choice))
          refuse('invalid', `choice: one of ${ROTATION_END_CHOICES.join(', ')}`);
        checkChoicePost(ctx, command.choice, command.postId);
        if (
          command.choice === 'extend' &&
          (!Number.isInteger(command.months) ||
            (command.months as number) < 1 ||
            (command.months as number) > MAX_EXTENSION_MONTHS)
        )
          refuse('invalid', `months: the extension in whole months, 1 to ${MAX_EXTENSION_MONTHS}`);
        checkDecisionPaper(ctx, command);
      },
    },
  );

  setHandler(
    endRotationEarlyUpdate,
    async (command: EndEarlyCommand) => {
      const decision = signedDecision(command, ctx.now());
      const end: RotationEnd = {
        choice: command.choice,
        postId: command.postId,
        decision,
        early: true,
        reason: command.reason.trim(),
      };
      await finish(command.actor, end, []);
      return s.status();
    },
    {
      validator: (command: EndEarlyCommand) => {
        checkActor(command?.actor);
        ctx.assertRotating();
        ctx.notOwnCase(command.actor);
        if (s.writing) refuse('wrong_stage', 'a decision is being recorded; try again in a moment');
        if (command.actor.userId !== input.signerId && !holdsRole(command.actor.roles, 'leader'))
          refuse(
            'not_authorised',
            `only the signer (${input.signerId}) or a leader may end a rotation early`,
          );
        if (command.choice !== 'return' && command.choice !== 'reassign')
          refuse('invalid', 'choice: return or reassign');
        checkChoicePost(ctx, command.choice, command.postId);
        if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
          refuse(
            'invalid',
            `reason: why the rotation ends early, at least ${MIN_EXCEPTION_REASON} characters`,
          );
        checkDecisionPaper(ctx, command);
      },
    },
  );
}

function openEndTask(ctx: RotationContext): ProcedureTask | undefined {
  return ctx.state.tasks.find((t) => t.kind === 'end_of_term' && t.status === 'open');
}

/** Return and reassign name the post the cadre goes to; keep and extend name none. */
function checkChoicePost(ctx: RotationContext, choice: string, postId: string | undefined): void {
  if (choice === 'return' || choice === 'reassign') {
    if (typeof postId !== 'string' || !CODE_PATTERN.test(postId))
      refuse(
        'invalid',
        `postId: the code of the post the cadre takes on ${choice === 'return' ? 'returning' : 'reassignment'}`,
      );
    if (postId === ctx.input.toPostId)
      refuse('invalid', 'postId: that is the rotation post itself; choose keep');
  } else if (postId !== undefined) refuse('invalid', `postId: not taken with ${choice}`);
}

/** The decision's number and effective date: printed, and not before the rotation's own decision. */
function checkDecisionPaper(ctx: RotationContext, command: { number: string; effectiveDate: string }): void {
  if (typeof command.number !== 'string' || !command.number.trim() || command.number.length > 64)
    refuse('invalid', 'number: the decision number as printed, up to 64 characters');
  if (!isIsoDate(command.effectiveDate)) refuse('invalid', 'effectiveDate must be a date (YYYY-MM-DD)');
  const started = ctx.state.detail.decision?.effectiveDate;
  if (started && compareIsoDates(command.effectiveDate, started) <= 0)
    refuse('invalid', `effectiveDate: after the rotation began (${started})`);
}
