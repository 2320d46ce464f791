import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type {
  JournalActivities,
  NominationActivities,
  NominationInput,
  RecordNominationStepInput,
  RecordStepInput,
} from '@personnel/contracts';
import { SearchAttributes, WorkflowTypes } from '@personnel/contracts';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';

try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Already installed by an earlier test file in this jest worker.
}

function temporalTestAddress(): string {
  const address = process.env.TEST_TEMPORAL_ADDRESS;
  if (!address)
    throw new Error(
      'TEST_TEMPORAL_ADDRESS is not set: run tests through jest (its global setup starts a dev server)',
    );
  return address;
}

/** Connects to the real dev server shared by the test run and bundles the workflows once per file. */
export async function connectTestEnvironment(): Promise<{
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundleWithSourceMap;
}> {
  const env = await TestWorkflowEnvironment.createFromExistingServer({
    address: temporalTestAddress(),
    namespace: 'default',
  });
  const bundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_ENTRY,
    webpackConfigHook: workflowBundlerHook,
    logger: quietLogger,
  });
  return { env, bundle };
}

export const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** In-memory stand-in for the Postgres journal: keeps each step key once, like the real table. */
export class RecordingActivities {
  readonly steps: (RecordNominationStepInput | RecordStepInput)[] = [];
  /** Lets a test hold the proposal step to open a window for early decisions. */
  proposalGate: Promise<void> = Promise.resolve();

  readonly activities: NominationActivities & JournalActivities = {
    recordNominationStep: async (input) => {
      if (input.stepKey === 'proposed') await this.proposalGate;
      return this.keepOnce(input);
    },
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
  };

  private keepOnce(input: RecordNominationStepInput | RecordStepInput) {
    if (this.steps.some((s) => s.workflowId === input.workflowId && s.stepKey === input.stepKey))
      return { inserted: false };
    this.steps.push(input);
    return { inserted: true };
  }

  get stepKeys(): string[] {
    return this.steps.map((s) => s.stepKey);
  }
}

export async function runWithWorker<T>(
  env: TestWorkflowEnvironment,
  bundle: WorkflowBundleWithSourceMap,
  activities: object,
  work: (taskQueue: string) => Promise<T>,
): Promise<T> {
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    workflowBundle: bundle,
    activities,
  });
  return worker.runUntil(work(taskQueue));
}

export function nominationInput(
  approverIds: string[],
  cadreId = `CB-${randomUUID().slice(0, 8)}`,
): NominationInput {
  return {
    cadreId,
    postId: 'QA-CT-UBND',
    approverIds,
    proposedBy: 'U-HR',
    proposedAt: '2026-05-04T02:00:00.000Z',
  };
}

export function startNomination(env: TestWorkflowEnvironment, taskQueue: string, input: NominationInput) {
  return env.client.workflow.start(WorkflowTypes.nomination, {
    taskQueue,
    workflowId: `nomination/${input.cadreId}/${input.postId}/1`,
    args: [input],
    typedSearchAttributes: [
      { key: SearchAttributes.cadreId, value: input.cadreId },
      { key: SearchAttributes.stage, value: 'proposed' },
    ],
  });
}
