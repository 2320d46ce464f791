import type { DataSource } from 'typeorm';
import type { RecordAppointmentStepInput, RecordStepOutcome } from '@personnel/contracts';
import { appointmentProcedureSnapshot, parseAppointmentId } from '@personnel/contracts';
import { recordProcedureStep } from './record-procedure-step';

/**
 * The journal of appointment runs begun before the procedure kernel, which still send their snapshot in
 * the old shape: mapped onto the procedure row and recorded by recordProcedureStep, nothing of its own.
 * The stage's entry time is the step's: recordProcedureStep keeps the earlier one while the stage holds.
 */
export async function recordAppointmentStep(
  dataSource: DataSource,
  input: RecordAppointmentStepInput,
): Promise<RecordStepOutcome> {
  const idParts = parseAppointmentId(input.workflowId);
  if (!idParts) throw new Error(`not an appointment workflow id: ${input.workflowId}`);
  if (idParts.postId !== input.appointment.postId)
    throw new Error(`step of ${input.workflowId} carries post ${input.appointment.postId}`);
  const { appointment, ...step } = input;
  return recordProcedureStep(dataSource, {
    ...step,
    procedure: appointmentProcedureSnapshot(appointment, input.occurredAt),
  });
}
