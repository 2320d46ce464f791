import { condition, patched, setHandler } from '@temporalio/workflow';
import { issueDecisionUpdate, type IssueDecisionCommand } from '@personnel/contracts';
import { completed, termLastDay } from '@personnel/domain';
import { checkActor, checkDecision, signedDecision } from '../../kit';
import type { AppointmentContext } from '../context';
import { guards } from './guards';

/** The signer's decision (number, effective date); the term's last day follows from the legal basis. */
export function registerDecisionCommand(ctx: AppointmentContext): void {
  const s = ctx.state;
  const { input } = ctx;
  const g = guards(ctx);
  setHandler(
    issueDecisionUpdate,
    async (command: IssueDecisionCommand) => {
      const at = ctx.now();
      const task = s.openTaskOf('decision');
      const signed = signedDecision(command, at);
      s.decision = { ...signed, termLastDay: termLastDay(command.effectiveDate, input.legalBasis) };
      const changed = ctx.change(completed(task, 'signed', command.actor.userId, at, s.decision.number));
      // The assignment is written by the main flow, which then records `appointed` with its id; the
      // answer waits for it, so the signer sees the state the decision produced, not the one before.
      const signedNow = s.decision;
      await ctx.record('decision_signed', command.actor.userId, { ...signedNow }, changed);
      // A run that answered before this change replays its earlier answer (no marker: patched is false).
      if (patched('decision-answers-produced-state')) await condition(() => s.applied === signedNow);
      return s.status();
    },
    {
      validator: (command: IssueDecisionCommand) => {
        checkActor(command?.actor);
        checkDecision(ctx, command, {
          stage: 'awaiting_decision',
          proposedAt: input.proposedAt,
          ownCase: g.ownCase,
        });
      },
    },
  );
}
