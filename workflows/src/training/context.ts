import { holdsRole } from '@personnel/domain';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ActorRef, TrainingActivities, TrainingClassInput } from '@personnel/contracts';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { ProcedureContext, refuse } from '../kit';
import { TrainingClassProcedure } from './training-state';

export const activities = proxyActivities<TrainingActivities>(JOURNAL_ACTIVITY_OPTIONS);

/**
 * Steps that belong on a cadre's own timeline; each names the cadres it concerns itself (the one
 * enrolled or withdrawn, those of a unit, those with a result), not the whole class.
 */
const MILESTONES = new Set(['enrolled', 'withdrawn_from_class', 'class_completed', 'class_cancelled']);

/** The kit's context for a training class: its input beside the shared machinery. */
export class TrainingContext extends ProcedureContext<TrainingClassProcedure> {
  constructor(readonly input: TrainingClassInput) {
    super({
      state: new TrainingClassProcedure(input, workflowInfo().startTime.toISOString()),
      identity: {
        kind: 'training',
        subjectIds: [],
        unitCode: input.unitCode,
        postCode: null,
        legalBasis: null,
      },
      seq: 0,
      // A class has no inbox tasks: its commands are the organiser's, from the class page.
      timing: { taskWorkingDays: 0, reminderWorkingDays: 0 },
      snapshot: (s) => s.snapshot(),
      milestones: MILESTONES,
      concerns: (s) => s.enrolledIds(),
    });
  }

  /** Every command is the personnel office's. */
  assertOrganiser(actor: ActorRef): void {
    if (!holdsRole(actor.roles, 'hr_officer'))
      refuse('not_authorised', `${actor.userId} is not in the personnel office (hr_officer)`);
  }

  /** Refuses a command once the class is completed or cancelled. */
  assertRunning(): void {
    if (!this.state.isRunning())
      refuse('finished', `the class is ${this.state.state}`, { state: this.state.state });
    if (this.state.writing) refuse('wrong_stage', 'the completions are being written');
  }

  assertStage(allowed: readonly string[], what: string): void {
    if (!allowed.includes(this.state.stage))
      refuse('wrong_stage', `${what} is not possible while the class is ${this.state.stage}`);
  }
}
