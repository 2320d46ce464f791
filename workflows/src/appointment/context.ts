import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  appointmentProcedureSnapshot,
  type AppointmentActivities,
  type AppointmentInput,
  type RecordProcedureStepInput,
} from '@personnel/contracts';
import { JOURNAL_ACTIVITY_OPTIONS } from '../activity-options';
import { ProcedureContext, type Journal } from '../kit';
import { AppointmentProcedure } from './appointment-state';
import { CADRE_MILESTONES } from './milestones';

export const activities = proxyActivities<AppointmentActivities>(JOURNAL_ACTIVITY_OPTIONS);

/** The kit's context for an appointment: its input beside the shared machinery. */
export class AppointmentContext extends ProcedureContext<AppointmentProcedure> {
  /**
   * @param onKernel `patched('procedure-kernel')`: false for a run begun before the kit, which keeps
   *   journalling through `recordAppointmentStep` (the worker maps it onto the kernel's tables).
   */
  constructor(
    readonly input: AppointmentInput,
    onKernel: boolean,
  ) {
    const state = new AppointmentProcedure(input, workflowInfo().startTime.toISOString());
    super({
      state,
      identity: {
        kind: 'appointment',
        subjectIds: input.candidateIds,
        unitCode: input.unitCode,
        postCode: input.postId,
        legalBasis: input.legalBasis,
      },
      seq: input.resume?.nextSeq ?? 0,
      timing: input.timing,
      snapshot: (s) => appointmentProcedureSnapshot(s.snapshot(), s.stageEnteredAt),
      milestones: CADRE_MILESTONES,
      concerns: (s) => [...s.candidates],
      legacyJournal: onKernel ? undefined : legacyJournal(state),
    });
  }
}

/** The journal call of runs begun before the kernel: the same activity and input they always sent. */
function legacyJournal(state: AppointmentProcedure): Journal {
  return ({ procedure: _kernelRow, ...step }: RecordProcedureStepInput) =>
    activities.recordAppointmentStep({ ...step, appointment: state.snapshot() });
}
