import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import type { QueryDefinition } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { recordAttendanceUpdate, type JournalActivities, type RecordStepInput } from '@personnel/contracts';
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

/**
 * Connects to the real dev server shared by the test run and bundles the workflows once per file:
 * the production entry, or a test entry that adds test-only compositions to it.
 */
export async function connectTestEnvironment(workflowsPath = WORKFLOWS_ENTRY): Promise<{
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundleWithSourceMap;
}> {
  const env = await TestWorkflowEnvironment.createFromExistingServer({
    address: temporalTestAddress(),
    namespace: 'default',
  });
  const bundle = await bundleWorkflowCode({
    workflowsPath,
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

/** In-memory stand-in for the Postgres journal of conferences: keeps each step key once, like the real table. */
export class RecordingActivities {
  readonly steps: RecordStepInput[] = [];

  readonly activities: JournalActivities = {
    recordStep: (input) => Promise.resolve(this.keepOnce(input)),
  };

  private keepOnce(input: RecordStepInput) {
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

/**
 * Records attendance on a conference child as its secretary, retrying while the child is not yet on the
 * server (the procedure records the convening before the child's start is visible to a client).
 */
export async function attendConference(
  child: WorkflowHandle,
  actorId: string,
  present: string[],
): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      await child.executeUpdate(recordAttendanceUpdate, { args: [{ actorId, present }] });
      return;
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError) || tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Polls a workflow's status query until `ready` holds (the workflow moves on its own between commands),
 * naming `what` and the stage it was left at when it never gets there.
 */
export async function queryUntil<S extends { stage: string }>(
  handle: WorkflowHandle,
  query: QueryDefinition<S, []>,
  ready: (s: S) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<S> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await handle.query(query);
    if (ready(status)) return status;
    if (Date.now() > deadline) throw new Error(`${what} never got there: ${JSON.stringify(status.stage)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
