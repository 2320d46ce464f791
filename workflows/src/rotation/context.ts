import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ActorRef, RotationActivities, RotationInput } from '@personnel/contracts';
import { isOwnCase } from '@personnel/domain';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { ProcedureContext, refuse } from '../kit';
import { RotationProcedure } from './rotation-state';

export const activities = proxyActivities<RotationActivities>(JOURNAL_ACTIVITY_OPTIONS);

/** Steps that belong on the rotated cadre's own timeline. */
const MILESTONES = new Set([
  'proposed',
  'eligibility_checked',
  'exception_granted',
  'decided',
  'handed_over',
  'evaluated',
  'rotation_extended',
  'rotation_ended',
  'withdrawn',
  'not_passed',
  'rejected',
]);

/** The kit's context for a rotation: its input beside the shared machinery. */
export class RotationContext extends ProcedureContext<RotationProcedure> {
  constructor(readonly input: RotationInput) {
    super({
      state: new RotationProcedure(input, workflowInfo().startTime.toISOString()),
      identity: {
        kind: 'rotation',
        subjectIds: [input.cadreId],
        unitCode: input.toUnitCode,
        postCode: input.toPostId,
        legalBasis: input.legalBasis,
      },
      seq: 0,
      timing: input.timing,
      snapshot: (s) => s.snapshot(),
      milestones: MILESTONES,
      concerns: () => [input.cadreId],
    });
  }

  ownCase(actor: ActorRef): boolean {
    return isOwnCase(actor, this.input.proposedBy, [this.input.cadreId]);
  }

  notOwnCase(actor: ActorRef): void {
    if (this.ownCase(actor))
      refuse('own_case', `${actor.userId} may not act on their own case`, { userId: actor.userId });
  }

  /** Refuses a command that belongs before the decision once the rotation is decided or closed. */
  assertBeforeDecision(): void {
    if (!this.state.isRunning())
      refuse('finished', `the rotation is ${this.state.state}`, { state: this.state.state });
  }

  /** Refuses a command once the rotation has closed. */
  assertActive(): void {
    if (!this.state.isActive())
      refuse('finished', `the rotation is ${this.state.state}`, { state: this.state.state });
  }

  /** Refuses a command that needs the rotation running at its destination. */
  assertRotating(): void {
    if (this.state.state !== 'rotating')
      refuse('wrong_stage', `the rotation is ${this.state.state}, not under way`);
  }
}
