import { Injectable } from '@nestjs/common';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  DECISION_REFUSED,
  decideUpdate,
  INVALID_COMMAND,
  SearchAttributes,
  WorkflowTypes,
  type DecisionCommand,
  type DecisionResult,
  type NominationInput,
  type NominationStatus,
  type WithdrawCommand,
  withdrawUpdate,
} from '@personnel/contracts';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';

export type StartOutcome = { started: true; runId: string } | { started: false; reason: 'id_taken' };
export type UpdateOutcome<T> =
  | { kind: 'accepted'; result: T }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'not_running' };
export type DecideOutcome = UpdateOutcome<DecisionResult>;

const START_DEADLINE_MS = 10_000;
/** An Update waits for a worker to validate and record it; past this the API stops waiting. */
export const DECISION_DEADLINE_MS = 20_000;

/** The API's only door to Temporal for nominations: start, and decide through the validated Update. */
@Injectable()
export class NominationWorkflowsGateway {
  constructor(private readonly temporal: TemporalClientProvider) {}

  async start(workflowId: string, input: NominationInput, unitCode?: string): Promise<StartOutcome> {
    try {
      const handle = await this.temporal.withDeadline(START_DEADLINE_MS, () =>
        this.temporal.client.workflow.start(WorkflowTypes.nomination, {
          taskQueue: this.temporal.taskQueue,
          workflowId,
          args: [input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: [
            { key: SearchAttributes.cadreId, value: input.cadreId },
            { key: SearchAttributes.postCode, value: input.postId },
            { key: SearchAttributes.stage, value: 'proposed' },
            ...(unitCode ? [{ key: SearchAttributes.unitCode, value: unitCode }] : []),
          ],
          memo: {
            cadreId: input.cadreId,
            postId: input.postId,
            proposedBy: input.proposedBy,
            approverIds: input.approverIds,
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

  async withdraw(workflowId: string, command: WithdrawCommand): Promise<UpdateOutcome<NominationStatus>> {
    return this.update(() =>
      this.temporal.client.workflow.getHandle(workflowId).executeUpdate(withdrawUpdate, { args: [command] }),
    );
  }

  async decide(workflowId: string, command: DecisionCommand): Promise<DecideOutcome> {
    return this.update(() =>
      this.temporal.client.workflow.getHandle(workflowId).executeUpdate(decideUpdate, { args: [command] }),
    );
  }

  /** Runs one Update with a deadline and turns a validator's refusal into a value the service can answer with. */
  private async update<T>(call: () => Promise<T>): Promise<UpdateOutcome<T>> {
    try {
      const result = await this.temporal.withDeadline(DECISION_DEADLINE_MS, call);
      return { kind: 'accepted', result };
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const failure = error.cause;
        if (failure.type === DECISION_REFUSED || failure.type === INVALID_COMMAND) {
          const code = typeof failure.details?.[0] === 'string' ? failure.details[0] : failure.type;
          return { kind: 'refused', code, message: failure.message };
        }
      }
      if (error instanceof WorkflowNotFoundError) return { kind: 'not_running' };
      throw error;
    }
  }
}
