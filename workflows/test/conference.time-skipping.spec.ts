import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap, bundleWorkflowCode } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import {
  recordAttendanceUpdate,
  SEARCH_ATTRIBUTE_REGISTRATIONS,
  WorkflowTypes,
  type ConferenceInput,
  type ConferenceResult,
} from '@personnel/contracts';
import { findTemporalTestServer } from '@personnel/dev-runtime';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { quietLogger, RecordingActivities } from './harness';

const DAY_MS = 24 * 3600 * 1000;

/** Long waits on the time-skipping test server: a month-long deadline passes in moments of real time. */
describe('conference deadline on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    const server = await findTemporalTestServer();
    if (!server)
      throw new Error('no time-skipping test server: run `node tools/run-ts.js tools/install-temporal.ts`');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: server.path } },
    });
    // The test server starts without our custom search attributes; the workflows set them.
    await env.connection.operatorService.addSearchAttributes({
      namespace: 'default',
      searchAttributes: Object.fromEntries(
        SEARCH_ATTRIBUTE_REGISTRATIONS.map(({ name }) => [
          name,
          temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
        ]),
      ),
    });
    bundle = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_ENTRY,
      webpackConfigHook: workflowBundlerHook,
      logger: quietLogger,
    });
  }, 120_000);
  afterAll(() => env?.teardown());

  it('expires a conference that never met within its 30-day deadline, keeping the attendance it had', async () => {
    const journal = new RecordingActivities();
    const taskQueue = `skip-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: journal.activities,
    });
    const input: ConferenceInput = {
      kind: 'key_cadre',
      legalBasis: 'QD377-2025',
      subject: 'nomination/CB-0001/DH-QA-CT-UBND/1',
      summoned: ['M1', 'M2', 'M3'],
      candidates: ['CB-0001'],
      secretaryId: 'M1',
      headId: 'M2',
      convenedAt: '2026-06-01T01:00:00.000Z',
      deadlineMs: 30 * DAY_MS,
    };
    const startedAt = await env.currentTimeMs();
    const result = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(WorkflowTypes.conference, {
        taskQueue,
        workflowId: `conference/${randomUUID()}`,
        args: [input],
      });
      await handle.executeUpdate(recordAttendanceUpdate, {
        args: [{ actorId: 'M1', present: ['M1', 'M2', 'M3'] }],
      });
      return (await handle.result()) as ConferenceResult;
    });
    expect(result).toMatchObject({ outcome: 'expired', attending: 3, forward: [] });
    expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(journal.stepKeys).toEqual(['convened', 'attendance', 'closed']);
  });
});
