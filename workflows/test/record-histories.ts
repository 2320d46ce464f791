/**
 * Regenerates the committed histories in workflows/histories/ by running each scenario on a real dev
 * server (TEST_TEMPORAL_ADDRESS, or one started here). Run it only when a workflow change is meant to
 * break replay, and keep the old histories as long as such runs may still be open in production:
 *   node tools/run-ts.js workflows/test/record-histories.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { decideUpdate } from '@personnel/contracts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort, startTemporalDevServer } from '@personnel/dev-runtime';
import {
  connectTestEnvironment,
  nominationInput,
  RecordingActivities,
  runWithWorker,
  startNomination,
} from './harness';

const SCENARIOS: { file: string; approvers: string[]; decisions: ['approve' | 'reject', string][] }[] = [
  {
    file: 'nomination-approved.json',
    approvers: ['U-1', 'U-2'],
    decisions: [
      ['approve', 'U-1'],
      ['approve', 'U-2'],
    ],
  },
  {
    file: 'nomination-rejected.json',
    approvers: ['U-1', 'U-2'],
    decisions: [
      ['approve', 'U-1'],
      ['reject', 'U-2'],
    ],
  },
];

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
    for (const scenario of SCENARIOS) {
      const journal = new RecordingActivities();
      await runWithWorker(env, bundle, journal.activities, async (taskQueue) => {
        const handle = await startNomination(
          env,
          taskQueue,
          nominationInput(scenario.approvers, 'CB-REPLAY'),
        );
        for (const [decision, approverId] of scenario.decisions) {
          await handle.executeUpdate(decideUpdate, {
            args: [{ approverId, decision, comment: `${decision} by ${approverId}` }],
          });
        }
        await handle.result();
        const history = await handle.fetchHistory();
        const path = join(__dirname, '..', 'histories', scenario.file);
        writeFileSync(path, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
        process.stdout.write(`recorded ${path} (${history.events?.length} events)\n`);
      });
      await env.client.workflow
        .getHandle(`nomination/CB-REPLAY/QA-CT-UBND/1`)
        .terminate()
        .catch(() => undefined);
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
