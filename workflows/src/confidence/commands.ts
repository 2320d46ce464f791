import { setHandler } from '@temporalio/workflow';
import {
  confidenceVoteStatusQuery,
  reconveneConfidenceVoteUpdate,
  withdrawConfidenceVoteUpdate,
  type ReconveneCommand,
  type WithdrawConfidenceVoteCommand,
} from '@personnel/contracts';
import { completed } from '@personnel/domain';
import { cancelOpen, checkActor, MIN_EXCEPTION_REASON, NOT_HELD, refuse, registerTaskCommands } from '../kit';
import type { ConfidenceVoteContext } from './context';

/** Every query and Update of the confidence-vote workflow. */
export function registerCommands(ctx: ConfidenceVoteContext): void {
  const s = ctx.state;
  setHandler(confidenceVoteStatusQuery, () => s.status());
  registerDismissalDecisions(ctx);
  registerWithdrawal(ctx);
  registerReconvening(ctx);
}

/**
 * The kit's task commands: a dismissal proposal is decided on the one task API, `approve` accepting it
 * and `reject` rejecting it, each with its reason (the task board's rule for this kind). Accepting
 * records the collective's decision only: the dismissal itself is its own decision, not written here.
 */
function registerDismissalDecisions(ctx: ConfidenceVoteContext): void {
  const s = ctx.state;
  registerTaskCommands(ctx, {
    ownCase: (actor) => ctx.ownCase(actor),
    ownCaseUser: (userId) => userId === ctx.input.proposedBy,
    assertRunning: () => ctx.assertRunning(),
    decided: (task, comment) => {
      const proposal = s.detail.dismissals.find((d) => d.taskKey === task.key);
      if (!proposal) throw new Error(`task ${task.key} is no dismissal proposal`);
      proposal.accepted = task.outcome === 'approve';
      proposal.decidedBy = task.completedBy;
      proposal.decidedAt = task.completedAt;
      proposal.reason = comment;
      // The kit records `task_decided` right after this hook: it lands on this holder's timeline.
      s.concernOnly([proposal.cadreId]);
      return {
        changed: [],
        payload: { dismissal: { cadreId: proposal.cadreId, accepted: proposal.accepted } },
      };
    },
  });
}

/** HR withdraws the vote before its results are taken (a running conference is cancelled). */
function registerWithdrawal(ctx: ConfidenceVoteContext): void {
  const s = ctx.state;
  setHandler(
    withdrawConfidenceVoteUpdate,
    async (command: WithdrawConfidenceVoteCommand) => {
      const reason = command.reason.trim();
      s.withdrawn = true;
      const changed = cancelOpen(ctx);
      s.state = 'withdrawn';
      s.detail.closedReason = reason;
      ctx.enterStage('closed');
      await ctx.record('withdrawn', command.actor.userId, { reason }, changed);
      return s.status();
    },
    {
      validator: (command: WithdrawConfidenceVoteCommand) => {
        checkActor(command?.actor);
        ctx.assertRunning();
        if (command.actor.userId !== ctx.input.proposedBy)
          refuse('not_authorised', `only the proposer (${ctx.input.proposedBy}) may withdraw the vote`);
        const outcome = s.detail.conferenceOutcome;
        if (outcome !== null && !NOT_HELD.includes(outcome))
          refuse('wrong_stage', 'the conference has voted: a confidence vote is no longer withdrawn');
        if (typeof command.reason !== 'string' || command.reason.trim().length < MIN_EXCEPTION_REASON)
          refuse('invalid', `reason: why the vote is withdrawn, at least ${MIN_EXCEPTION_REASON} characters`);
      },
    },
  );
}

/** The proposer or the key-cadre secretary convenes again a conference that was not held. */
function registerReconvening(ctx: ConfidenceVoteContext): void {
  const s = ctx.state;
  const openTask = () => s.tasks.find((t) => t.kind === 'reconvene' && t.status === 'open');
  setHandler(
    reconveneConfidenceVoteUpdate,
    async (command: ReconveneCommand) => {
      const reason = command.reason.trim();
      const task = openTask();
      if (!task) throw new Error('no reconvene task after validation');
      const changed = ctx.change(completed(task, 'reconvened', command.actor.userId, ctx.now(), reason));
      await ctx.record('conference_reconvened', command.actor.userId, { stepIndex: 1, reason }, changed);
      return s.status();
    },
    {
      validator: (command: ReconveneCommand) => {
        checkActor(command?.actor);
        ctx.assertRunning();
        const task = command.stepIndex === 1 ? openTask() : undefined;
        if (!task)
          refuse('wrong_stage', `conference ${command.stepIndex} is not waiting to be convened again`);
        if (!task.assigneeIds.includes(command.actor.userId))
          refuse(
            'not_authorised',
            `the proposer or the conference's secretary (${task.assigneeIds.join(', ')}) convenes it again`,
          );
        if (typeof command.reason !== 'string' || command.reason.trim() === '')
          refuse('reason_required', 'reason: say why the conference is convened again', {
            field: 'reason',
            command: 'reconvene',
          });
      },
    },
  );
}
