import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  TRAINING_COMPLETION_CONFLICT,
  trainingClassStatusQuery,
  WorkflowTypes,
  type ActorRef,
  type EnrolTraineesCommand,
  type RecordProcedureStepInput,
  type TrainingActivities,
  type TrainingClassInput,
  type TrainingClassStatus,
  type WriteTrainingCompletionsInput,
} from '@personnel/contracts';
import { actor } from './appointment-harness';
import { queryUntil } from './harness';

/** The organiser of the tests' classes: the personnel office. */
export const HR: ActorRef = actor('U-HR', ['hr_officer']);

/**
 * In-memory stand-ins for the training class's activities, with the Postgres ones' contract: each step
 * key kept once, each (cadre, course) completion written once, and a registry refusal on demand.
 */
export class TrainingRecorder {
  readonly steps: RecordProcedureStepInput[] = [];
  /** Completions by cadre: the class that wrote it. */
  readonly completions = new Map<string, string>();
  readonly writes: WriteTrainingCompletionsInput[] = [];
  refuseNextWrite: string | null = null;

  readonly activities: TrainingActivities = {
    recordProcedureStep: (input) => Promise.resolve(this.keepOnce(input)),
    loadHolidays: () => Promise.resolve([]),
    writeTrainingCompletions: (input) => {
      this.writes.push(input);
      if (this.refuseNextWrite) {
        const message = this.refuseNextWrite;
        this.refuseNextWrite = null;
        return Promise.reject(ApplicationFailure.nonRetryable(message, TRAINING_COMPLETION_CONFLICT));
      }
      for (const c of input.completions)
        if (!this.completions.has(c.cadreId)) this.completions.set(c.cadreId, input.workflowId);
      const ours = input.completions.filter((c) => this.completions.get(c.cadreId) === input.workflowId);
      return Promise.resolve({
        written: ours.map((c) => c.cadreId),
        alreadyHeld: input.completions.filter((c) => !ours.includes(c)).map((c) => c.cadreId),
      });
    },
  };

  private keepOnce(input: RecordProcedureStepInput) {
    if (this.steps.some((s) => s.workflowId === input.workflowId && s.stepKey === input.stepKey))
      return { inserted: false };
    this.steps.push(input);
    return { inserted: true };
  }

  kinds(workflowId: string): string[] {
    return this.steps
      .filter((s) => s.workflowId === workflowId)
      .sort((a, b) => a.seq - b.seq)
      .map((s) => s.kind);
  }

  step(workflowId: string, kind: string): RecordProcedureStepInput | undefined {
    return this.steps.find((s) => s.workflowId === workflowId && s.kind === kind);
  }
}

/** A class whose session stays closed until a command opens it (its dates lie ahead). */
export function trainingInput(overrides: Partial<TrainingClassInput> = {}): TrainingClassInput {
  return {
    classCode: `CT05-${randomUUID().slice(0, 8)}`,
    courseCode: 'CT05',
    title: 'Lớp học tập Chỉ thị 05-CT/TW',
    startDate: '2099-08-15',
    endDate: '2099-08-19',
    place: 'Trung tâm Chính trị huyện Đầm Hà',
    unitCode: 'DH',
    capacity: null,
    organiserId: 'U-HR',
    proposedAt: new Date().toISOString(),
    timing: {},
    ...overrides,
  };
}

export function startTrainingClass(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  input: TrainingClassInput,
) {
  return env.client.workflow.start(WorkflowTypes.training, {
    taskQueue,
    workflowId: `training/${input.classCode}`,
    args: [input],
  });
}

/** Polls the status query until `ready` holds (timers move the class on their own). */
export function trainingWhen(
  handle: WorkflowHandle,
  ready: (s: TrainingClassStatus) => boolean,
  timeoutMs = 20_000,
): Promise<TrainingClassStatus> {
  return queryUntil(handle, trainingClassStatusQuery, ready, 'the class', timeoutMs);
}

/** One cadre by name, as the API resolves it. */
export const oneCadre = (cadreId: string, completed = false): { args: [EnrolTraineesCommand] } => ({
  args: [
    {
      actor: HR,
      source: { kind: 'cadre' },
      cadres: [{ cadreId, unitCode: 'DH-QA' }],
      completedCadreIds: completed ? [cadreId] : [],
    },
  ],
});

/** Every cadre of a unit, as the API resolves it. */
export const wholeUnit = (
  unitCode: string,
  cadreIds: string[],
  completedCadreIds: string[] = [],
): { args: [EnrolTraineesCommand] } => ({
  args: [
    {
      actor: HR,
      source: { kind: 'unit', unitCode },
      cadres: cadreIds.map((cadreId) => ({ cadreId, unitCode })),
      completedCadreIds,
    },
  ],
});
