import { Injectable } from '@nestjs/common';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowIdConflictPolicy,
  WorkflowIdReusePolicy,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure, type QueryDefinition, type SearchAttributePair } from '@temporalio/common';
import {
  firstStepRecordedUpdate,
  SearchAttributes,
  conferenceStatusQuery,
  type ConferenceStatus,
  type FirstStepRecorded,
} from '@personnel/contracts';
import { logWorkflowId, timedSpan } from '../http/request-log-context';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import { TemporalClientProvider } from '../infrastructure/temporal-client.provider';
import { ApiMetrics } from '../metrics/api-metrics';
import { refusalOf, type RefusalAnswer } from './refusal-of-failure';

/** What ops find a procedure by in the Temporal UI, from its first moment. */
export interface ProcedureIdentity {
  kind: string;
  candidateIds: string[];
  unitCode: string;
  postId: string | null;
  legalBasis: string | null;
  stage: string;
  /** ISO instant the procedure was proposed: its first stage is entered then. */
  at: string;
}

export interface StartProcedure {
  workflowType: string;
  workflowId: string;
  input: unknown;
  identity: ProcedureIdentity;
  memo: Record<string, unknown>;
}

/** Every kind's search attributes at start; the workflow kit upserts the stage as it moves. */
export function procedureStartAttributes(identity: ProcedureIdentity): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [
    { key: SearchAttributes.procedureKind, value: identity.kind },
    { key: SearchAttributes.candidateIds, value: [...identity.candidateIds] },
    { key: SearchAttributes.unitCode, value: identity.unitCode },
    { key: SearchAttributes.stage, value: identity.stage },
    { key: SearchAttributes.stageEnteredAt, value: new Date(identity.at) },
  ];
  if (identity.candidateIds[0])
    pairs.push({ key: SearchAttributes.cadreId, value: identity.candidateIds[0] });
  if (identity.postId) pairs.push({ key: SearchAttributes.postCode, value: identity.postId });
  if (identity.legalBasis) pairs.push({ key: SearchAttributes.legalBasis, value: identity.legalBasis });
  return pairs;
}

export type StartOutcome = { started: true; runId: string } | { started: false; reason: 'id_taken' };
/**
 * A start that waited for the first step: `firstStep` is the `procedure` row it wrote, or null when the
 * run could not say so in time (no worker yet, a worker without the Update): the caller then reads it.
 */
export type RecordedStartOutcome =
  | { started: true; runId: string; firstStep: FirstStepRecorded | null }
  | { started: false; reason: 'id_taken' };
export type UpdateOutcome<T> =
  { kind: 'accepted'; result: T } | ({ kind: 'refused' } & RefusalAnswer) | { kind: 'not_running' };

const START_DEADLINE_MS = 10_000;
/** How long a start waits for its first step to be recorded (as the read-model poll did before). */
const FIRST_STEP_DEADLINE_MS = 3_000;
const QUERY_DEADLINE_MS = 3_000;
const REACHABLE_DEADLINE_MS = 2_000;
/** An Update waits for a worker to validate and apply it; past this the API stops waiting (504). */
export const COMMAND_DEADLINE_MS = 20_000;
/**
 * How long a command waits for a workflow Temporal does not know yet (a conference convened a moment
 * ago), polling this often, before it answers that the workflow does not run.
 */
const NOT_YET_STARTED_WAIT_MS = 5_000;
const NOT_YET_STARTED_POLL_MS = 100;

/** The API's only door to Temporal, for every procedure kind and their conferences. */
@Injectable()
export class ProcedureWorkflowsGateway {
  constructor(
    private readonly temporal: TemporalClientProvider,
    private readonly metrics: ApiMetrics,
  ) {}

  /**
   * Starts a procedure of any kind under its business-key id (a duplicate id is refused, never reused),
   * with the search attributes ops filter on and a memo that reads as JSON in the Temporal UI.
   */
  async start(request: StartProcedure): Promise<StartOutcome> {
    logWorkflowId(request.workflowId);
    try {
      const handle = await this.temporal.withDeadline(START_DEADLINE_MS, () =>
        this.temporal.client.workflow.start(request.workflowType, {
          taskQueue: this.temporal.taskQueue,
          workflowId: request.workflowId,
          args: [request.input],
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          typedSearchAttributes: procedureStartAttributes(request.identity),
          memo: request.memo,
        }),
      );
      this.metrics.starts.inc({ kind: request.identity.kind });
      return { started: true, runId: handle.firstExecutionRunId };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError)
        return { started: false, reason: 'id_taken' };
      throw error;
    }
  }

  /**
   * `start`, then the Update the start awaits: `firstStepRecordedUpdate`, which the run answers once its
   * first step is in Postgres (the row it wrote), so the caller need not poll the read model. The start
   * is `start` itself (same id policies, exactly one run); only the wait for the step is given up, after
   * 3 s or on any error of the Update (no worker yet, a worker without the Update): `firstStep` null.
   *
   * Not update-with-start (`executeUpdateWithStart`): without a worker to accept its Update, that one
   * call neither answers nor says whether it started the run until its deadline (probed on the dev
   * server: DEADLINE_EXCEEDED from the start's handle too), and a start must never be left unknown.
   */
  async startRecorded(request: StartProcedure): Promise<RecordedStartOutcome> {
    const outcome = await timedSpan('start', () => this.start(request));
    if (!outcome.started) return outcome;
    let firstStep: FirstStepRecorded | null = null;
    try {
      firstStep = await timedSpan('firstStep', () =>
        this.temporal.withDeadline(FIRST_STEP_DEADLINE_MS, () =>
          this.temporal.client.workflow
            .getHandle(request.workflowId, outcome.runId)
            .executeUpdate(firstStepRecordedUpdate),
        ),
      );
    } catch {
      // The run is started and durable; the caller answers from the input or reads the row once.
    }
    return { ...outcome, firstStep };
  }

  /** Whether the Temporal server answers its health check within 2 s. */
  async reachable(): Promise<boolean> {
    try {
      await this.temporal.withDeadline(REACHABLE_DEADLINE_MS, () =>
        this.temporal.connection.healthService.check({}),
      );
      return true;
    } catch {
      return false;
    }
  }

  /** The live status, or null when Temporal is unreachable or the run can no longer answer a query. */
  async status<T>(workflowId: string, query: QueryDefinition<T, []>): Promise<T | null> {
    return this.query(workflowId, (h) => h.query(query));
  }

  /**
   * The live status a read cannot answer without: null when the run cannot say (none, closed past
   * retention, no worker within 3 s), but an unreachable Temporal throws (503 naming it) rather than
   * passing for a procedure that has nothing to show.
   */
  async requiredStatus<T>(workflowId: string, query: QueryDefinition<T, []>): Promise<T | null> {
    try {
      return await this.temporal.withDeadline(QUERY_DEADLINE_MS, () =>
        this.temporal.client.workflow.getHandle(workflowId).query(query),
      );
    } catch (error) {
      const failure = classifyDependencyFailure(error);
      // Refused: it is down. Timed out: down (frozen) or only no worker to answer; the health check says.
      if (failure?.dependency === 'temporal' && (!failure.timedOut || !(await this.reachable()))) throw error;
      return null;
    }
  }

  async conferenceStatus(workflowId: string): Promise<ConferenceStatus | null> {
    return this.query(workflowId, (h) => h.query(conferenceStatusQuery));
  }

  /** One entry of the workflow's memo (set at start), or null when Temporal cannot say. */
  async memo<T>(workflowId: string, key: string): Promise<T | null> {
    const description = await this.query(workflowId, (h) => h.describe());
    return (description?.memo?.[key] as T | undefined) ?? null;
  }

  /**
   * Sends one Update (an appointment or conference command) and maps a validator's refusal to a value.
   * A workflow Temporal does not know yet is waited for a moment: the journal records a conference as
   * convened before its child workflow starts, so a secretary can act on it a few milliseconds early (on
   * a cluster, under load, it was seen). One that Temporal knows and that has closed is `not_running`.
   */
  async update<T>(
    workflowId: string,
    send: (handle: WorkflowHandle) => Promise<T>,
  ): Promise<UpdateOutcome<T>> {
    const giveUpAt = Date.now() + NOT_YET_STARTED_WAIT_MS;
    for (;;) {
      try {
        const result = await this.temporal.withDeadline(COMMAND_DEADLINE_MS, () =>
          send(this.temporal.client.workflow.getHandle(workflowId)),
        );
        return { kind: 'accepted', result };
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
          const refusal = refusalOf(error.cause);
          if (refusal) return { kind: 'refused', ...refusal };
        }
        if (!(error instanceof WorkflowNotFoundError)) throw error;
        if (Date.now() >= giveUpAt || (await this.hasClosed(workflowId))) return { kind: 'not_running' };
        await new Promise((resolve) => setTimeout(resolve, NOT_YET_STARTED_POLL_MS));
      }
    }
  }

  /**
   * Whether Temporal holds a closed run of this id. False while it runs (it may have started since the
   * command was refused: send again) and when it has no run (not started yet, or past retention).
   */
  private async hasClosed(workflowId: string): Promise<boolean> {
    try {
      const { status } = await this.temporal.withDeadline(QUERY_DEADLINE_MS, () =>
        this.temporal.client.workflow.getHandle(workflowId).describe(),
      );
      return status.name !== 'RUNNING';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
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
