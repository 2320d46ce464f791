import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AppointmentStatus,
  ChangeBodiesCommand,
  ClaimTaskCommand,
  CommandResult,
  DecideTaskCommand,
  DelegateTaskCommand,
  GrantExceptionCommand,
  IssueDecisionCommand,
  ReconveneCommand,
  ResubmitCommand,
  WithdrawAppointmentCommand,
} from './appointment';

/** Updates and the query of the appointment workflow. A refused Update carries APPOINTMENT_REFUSED. */
export const appointmentStatusQuery = defineQuery<AppointmentStatus>('appointmentStatus');
export const grantExceptionUpdate = defineUpdate<CommandResult, [GrantExceptionCommand]>('grantException');
export const claimTaskUpdate = defineUpdate<CommandResult, [ClaimTaskCommand]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<CommandResult, [ClaimTaskCommand]>('unclaimTask');
export const delegateTaskUpdate = defineUpdate<CommandResult, [DelegateTaskCommand]>('delegateTask');
export const decideTaskUpdate = defineUpdate<CommandResult, [DecideTaskCommand]>('decideTask');
export const resubmitUpdate = defineUpdate<CommandResult, [ResubmitCommand]>('resubmit');
export const withdrawAppointmentUpdate = defineUpdate<CommandResult, [WithdrawAppointmentCommand]>(
  'withdrawAppointment',
);
export const reconveneUpdate = defineUpdate<CommandResult, [ReconveneCommand]>('reconvene');
export const changeBodiesUpdate = defineUpdate<CommandResult, [ChangeBodiesCommand]>('changeBodies');
export const issueDecisionUpdate = defineUpdate<CommandResult, [IssueDecisionCommand]>('issueDecision');

/** Failure type of a refused appointment command; `details[0]` is an AppointmentRefusalCode. */
export const APPOINTMENT_REFUSED = 'AppointmentCommandRefused';
