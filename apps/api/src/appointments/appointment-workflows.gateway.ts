import { Injectable } from '@nestjs/common';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  APPOINTMENT_REFUSED,
  CONFERENCE_REFUSED,
  INVALID_COMMAND,
  SearchAttributes,
  WorkflowTypes,
  appointmentStatusQuery,
  conferenceStatusQuery,
  type AppointmentInput,
  type AppointmentStatus,
  type ConferenceStatus,
} from '@personnel/contracts';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';

export type StartOutcome = { started: true; runId: string } | { started: false; reason: 'id_taken' };
export type UpdateOutcome<T> =
  | { kind: 'accepted'; result: T }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'not_running' };

const START_DEADLINE_MS = 10_000;
const QUERY_DEADLINE_MS = 3_000;
/** An Update waits for a worker to validate and apply it; past this the API stops waiting (504). */
export const COMMAND_DEADLINE_MS = 20_000;

const REFUSAL_TYPES = new Set([APPOINTMENT_REFUSED, CONFERENCE_REFUSED, INVALID_COMMAND]);

/** The API's only door to Temporal for appointments and their conferences. */
@Injectable()
export class AppointmentWorkflowsGateway {
  constructor(private readonly temporal: TemporalClientProvider) {}

  async start(workflowId: string, input: AppointmentInput): Promise<StartOutcome> {
    try {
      const handle = await this.temporal.withDeadline(START_DEADLINE_MS, () =>
        this.temporal.client.workflow.start(WorkflowTypes.appointment, {
          taskQueue: this.temporal.taskQueue,
          workflowId,
          args: [input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: [
            { key: SearchAttributes.postCode, value: input.postId },
            { key: SearchAttributes.unitCode, value: input.unitCode },
            { key: SearchAttributes.legalBasis, value: input.legalBasis },
            { key: SearchAttributes.stage, value: 'eligibility_check' },
            { key: SearchAttributes.cadreId, value: input.candidateIds[0] },
          ],
          memo: {
            candidateIds: input.candidateIds,
            postId: input.postId,
            unitCode: input.unitCode,
            proposedBy: input.proposedBy,
            bodies: {
              collective: input.collective,
              expandedConference: input.expandedConference,
              keyCadreConference: input.keyCadreConference,
              homeUnitConference: input.homeUnitConference,
            },
          },
        }),
      );
      return { started: true, runId: handle.firstExecutionRunId };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError)
        return { started: false, reason: 'id_taken' };
      throw error;
    }
  }

  /** The live status, or null when Temporal is unreachable or the run can no longer answer a query. */
  async status(workflowId: string): Promise<AppointmentStatus | null> {
    return this.query(workflowId, (h) => h.query(appointmentStatusQuery));
  }

  async conferenceStatus(workflowId: string): Promise<ConferenceStatus | null> {
    return this.query(workflowId, (h) => h.query(conferenceStatusQuery));
  }

  /** One entry of the workflow's memo (set at start), or null when Temporal cannot say. */
  async memo<T>(workflowId: string, key: string): Promise<T | null> {
    const description = await this.query(workflowId, (h) => h.describe());
    return (description?.memo?.[key] as T | undefined) ?? null;
  }

  /** Sends one Update (an appointment or conference command) and maps a validator's refusal to a value. */
  async update<T>(
    workflowId: string,
    send: (handle: WorkflowHandle) => Promise<T>,
  ): Promise<UpdateOutcome<T>> {
    try {
      const result = await this.temporal.withDeadline(COMMAND_DEADLINE_MS, () =>
        send(this.temporal.client.workflow.getHandle(workflowId)),
      );
      return { kind: 'accepted', result };
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const failure = error.cause;
        if (failure.type && REFUSAL_TYPES.has(failure.type)) {
          const code = typeof failure.details?.[0] === 'string' ? failure.details[0] : 'invalid';
          return { kind: 'refused', code, message: failure.message };
        }
      }
      if (error instanceof WorkflowNotFoundError) return { kind: 'not_running' };
      throw error;
    }
  }

  private async query<T>(workflowId: string, ask: (handle: WorkflowHandle) => Promise<T>): Promise<T | null> {
    try {
      return await this.temporal.withDeadline(QUERY_DEADLINE_MS, () =>
        ask(this.temporal.client.workflow.getHandle(workflowId)),
      );
    } catch {
      // Unreachable cluster, no worker to answer, a closed run past retention: the read model still answers.
      return null;
    }
  }
}
