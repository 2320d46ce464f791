import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ActorRef, PlanActivities, PlanEntry, PlanInput, ProcedureTask } from '@personnel/contracts';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { ProcedureContext, refuse, waitWithDeadlines } from '../kit';
import { entryItems, PlanProcedure } from './plan-state';

export const activities = proxyActivities<PlanActivities>(JOURNAL_ACTIVITY_OPTIONS);

/** Steps on a candidate's own timeline: entering and leaving a plan, the plan's publication. */
const MILESTONES = new Set(['candidate_added', 'candidate_removed', 'published']);

/** The kit's context for a plan: its input beside the shared machinery. */
export class PlanContext extends ProcedureContext<PlanProcedure> {
  constructor(readonly input: PlanInput) {
    super({
      state: new PlanProcedure(input, workflowInfo().startTime.toISOString()),
      identity: {
        kind: 'plan',
        subjectIds: [],
        unitCode: input.unitCode,
        postCode: null,
        legalBasis: input.legalBasis,
      },
      seq: input.carry?.seq ?? 0,
      timing: input.timing,
      snapshot: (s) => s.snapshot(),
      milestones: MILESTONES,
      concerns: () => [],
    });
  }

  /**
   * Records a step that changed `entries` (written to the read model with it) on the timelines of the
   * cadres they concern.
   */
  recordEntries(
    entries: readonly PlanEntry[],
    kind: string,
    actor: string,
    payload: Record<string, unknown>,
    tasks: readonly ProcedureTask[] = [],
    concerning: readonly string[] = entries.map((e) => e.cadreId),
  ): Promise<unknown> {
    return this.record(kind, actor, payload, tasks, {
      concerns: [...new Set(concerning)].sort(),
      items: entryItems(entries),
    });
  }

  /** HR of the plan: the proposer and the others named at the start. */
  assertHr(actor: ActorRef, what: string): void {
    if (actor.userId !== this.input.proposedBy && !this.input.hrIds.includes(actor.userId))
      refuse(
        'not_authorised',
        `only HR of the plan (${[this.input.proposedBy, ...this.input.hrIds].join(', ')}) may ${what}`,
      );
  }

  assertComposing(): void {
    if (!this.state.composing())
      refuse(
        'wrong_stage',
        `the plan is at ${this.state.stage}; candidates change while it is drafted or reviewed`,
      );
  }

  /** Waits until `done()`, with reminders and escalation to the signer. */
  wait(done: () => boolean): Promise<void> {
    return waitWithDeadlines(this, done, () => this.input.signerId);
  }
}
