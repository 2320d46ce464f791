/**
 * Regenerates the committed histories in workflows/histories/ by running each scenario on a real dev
 * server (TEST_TEMPORAL_ADDRESS, or one started here). Run it only when a workflow change is meant to
 * break replay, and keep the old histories as long as such runs may still be open in production:
 *   node tools/run-ts.js workflows/test/record-histories.ts [--overwrite]
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import {
  decideUpdate,
  headDecisionUpdate,
  recordAttendanceUpdate,
  submitTallyUpdate,
  withdrawUpdate,
  WorkflowTypes,
  type ConferenceInput,
} from '@personnel/contracts';
import { freePort, startTemporalDevServer } from '@personnel/dev-runtime';
import {
  connectTestEnvironment,
  nominationInput,
  RecordingActivities,
  runWithWorker,
  startNomination,
} from './harness';

type Scenario = (env: TestWorkflowEnvironment, taskQueue: string) => Promise<WorkflowHandle>;

const nominationScenario =
  (decisions: ['approve' | 'reject', string][]): Scenario =>
  async (env, taskQueue) => {
    const handle = await startNomination(
      env,
      taskQueue,
      nominationInput(['U-1', 'U-2'], `CB-REPLAY-${randomUUID().slice(0, 6)}`),
    );
    for (const [decision, approverId] of decisions) {
      await handle.executeUpdate(decideUpdate, {
        args: [{ approverId, decision, comment: `${decision} by ${approverId}` }],
      });
    }
    return handle;
  };

/** A collective vote at exactly 50 %, decided by the head: every kind of conference command. */
const conferenceTieScenario: Scenario = async (env, taskQueue) => {
  const members = ['M1', 'M2', 'M3', 'M4'];
  const input: ConferenceInput = {
    kind: 'collective',
    legalBasis: 'ND138-2020',
    subject: 'nomination/CB-REPLAY/P/1',
    summoned: members,
    candidates: ['CB-REPLAY'],
    secretaryId: 'M1',
    headId: 'M2',
    convenedAt: '2026-06-01T01:00:00.000Z',
    deadlineMs: 3_600_000,
  };
  const handle = await env.client.workflow.start(WorkflowTypes.conference, {
    taskQueue,
    workflowId: `conference/replay-${randomUUID().slice(0, 6)}`,
    args: [input],
  });
  await handle.executeUpdate(recordAttendanceUpdate, { args: [{ actorId: 'M1', present: members }] });
  await handle.executeUpdate(submitTallyUpdate, {
    args: [
      {
        actorId: 'M1',
        ballotsCast: 4,
        votes: [{ candidateId: 'CB-REPLAY', votes: 2 }],
        sheetSha256: 'ab'.repeat(32),
      },
    ],
  });
  await handle.executeUpdate(headDecisionUpdate, {
    args: [{ actorId: 'M2', candidateId: 'CB-REPLAY', approve: true }],
  });
  return handle;
};

const SCENARIOS: Record<string, Scenario> = {
  'nomination-approved.json': nominationScenario([
    ['approve', 'U-1'],
    ['approve', 'U-2'],
  ]),
  'nomination-rejected.json': nominationScenario([
    ['approve', 'U-1'],
    ['reject', 'U-2'],
  ]),
  'nomination-withdrawn.json': async (env, taskQueue) => {
    const handle = await nominationScenario([['approve', 'U-1']])(env, taskQueue);
    await handle.executeUpdate(withdrawUpdate, { args: [{ actorId: 'U-HR', reason: 'withdrawn by HR' }] });
    return handle;
  },
  'conference-tie-decided-by-head.json': conferenceTieScenario,
};

async function main(): Promise<void> {
  const server = process.env.TEST_TEMPORAL_ADDRESS
    ? undefined
    : await startTemporalDevServer({
        dbFile: join(mkdtempSync(join(tmpdir(), 'histories-')), 'temporal.db'),
        port: await freePort(),
        uiPort: await freePort(),
        namespace: 'default',
        headless: true,
      });
  if (server) process.env.TEST_TEMPORAL_ADDRESS = server.address;
  const { env, bundle } = await connectTestEnvironment();
  try {
    for (const [file, scenario] of Object.entries(SCENARIOS)) {
      const path = join(__dirname, '..', 'histories', file);
      // Committed histories stand for runs already in production: keep them unless told otherwise.
      if (existsSync(path) && !process.argv.includes('--overwrite')) {
        process.stdout.write(`kept ${path}\n`);
        continue;
      }
      await runWithWorker(env, bundle, new RecordingActivities().activities, async (taskQueue) => {
        const handle = await scenario(env, taskQueue);
        await handle.result();
        const history = await handle.fetchHistory();
        writeFileSync(path, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
        process.stdout.write(`recorded ${path} (${history.events?.length} events)\n`);
      });
    }
  } finally {
    await env.teardown();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
