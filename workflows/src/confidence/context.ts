import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  ActorRef,
  ConfidenceVoteActivities,
  ConfidenceVoteInput,
  ProcedureTask,
} from '@personnel/contracts';
import { isOwnCase } from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { ProcedureContext, refuse, waitWithDeadlines } from '../kit';
import { ConfidenceVoteProcedure } from './confidence-state';

export const activities = proxyActivities<ConfidenceVoteActivities>(JOURNAL_ACTIVITY_OPTIONS);

/** Steps that belong on a holder's own timeline (a result and its consequences on that holder's only). */
const MILESTONES = new Set([
  'proposed',
  'confidence_result',
  'out_of_planning_proposed',
  'dismissal_proposed',
  'task_decided',
  'withdrawn',
]);

/** The kit's context for a confidence vote: its input beside the shared machinery. */
export class ConfidenceVoteContext extends ProcedureContext<ConfidenceVoteProcedure> {
  constructor(readonly input: ConfidenceVoteInput) {
    super({
      state: new ConfidenceVoteProcedure(input, workflowInfo().startTime.toISOString()),
      identity: {
        kind: 'confidence_vote',
        subjectIds: input.holders.map((h) => h.cadreId),
        unitCode: input.unitCode,
        postCode: null,
        legalBasis: input.legalBasis,
      },
      seq: 0,
      timing: input.timing,
      snapshot: (s) => s.snapshot(),
      milestones: MILESTONES,
      concerns: (s) => s.takeConcerns(),
    });
  }

  /** A milestone about some holders only: it lands on their timelines, not on every holder's. */
  recordFor(
    cadreIds: string[],
    kind: string,
    actor: string,
    payload: Record<string, unknown>,
    tasks: readonly ProcedureTask[] = [],
  ): Promise<unknown> {
    this.state.concernOnly(cadreIds);
    return this.record(kind, actor, payload, tasks);
  }

  ownCase(actor: ActorRef): boolean {
    return isOwnCase(actor, this.input.proposedBy, this.state.holderIds());
  }

  assertRunning(): void {
    if (!this.state.isRunning())
      refuse('finished', `the confidence vote is ${this.state.state}`, { state: this.state.state });
  }

  /**
   * Waits until `done()`, with the kit's reminders. A late task has no level above it to escalate to
   * (the collective's head is the last word on a dismissal proposal): it is marked escalated, nobody
   * is added and nothing is ever decided for anyone.
   */
  waitWithDeadlines(done: () => boolean): Promise<void> {
    return waitWithDeadlines(this, done, () => null);
  }
}
