import { PROCEDURE_REFUSED } from './procedure/refusal';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AppointmentStatus,
  ChangeBodiesCommand,
  CommandResult,
  GrantExceptionCommand,
  IssueDecisionCommand,
  ReconveneCommand,
  ResubmitCommand,
  WithdrawAppointmentCommand,
} from './appointment';

/** Updates and the query of the appointment workflow. A refused Update carries APPOINTMENT_REFUSED. */
export const appointmentStatusQuery = defineQuery<AppointmentStatus>('appointmentStatus');
export const grantExceptionUpdate = defineUpdate<CommandResult, [GrantExceptionCommand]>('grantException');
export const resubmitUpdate = defineUpdate<CommandResult, [ResubmitCommand]>('resubmit');
export const withdrawAppointmentUpdate = defineUpdate<CommandResult, [WithdrawAppointmentCommand]>(
  'withdrawAppointment',
);
export const reconveneUpdate = defineUpdate<CommandResult, [ReconveneCommand]>('reconvene');
export const changeBodiesUpdate = defineUpdate<CommandResult, [ChangeBodiesCommand]>('changeBodies');
export const issueDecisionUpdate = defineUpdate<CommandResult, [IssueDecisionCommand]>('issueDecision');

/** Failure type of a refused appointment command; `details[0]` is a RefusalCode. */
export const APPOINTMENT_REFUSED = PROCEDURE_REFUSED;
