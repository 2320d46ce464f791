/**
 * `npm run bench:rotation-batch [-- --quick] [--rotations N] [--warmup N] [--name NAME] [--wait-quiet S]
 *                                 [--log-level L]`
 *
 * A batch of N rotations (default 1,000) through the whole system as `npm start` runs it (see
 * bench/README.md "Rotation batch benchmark"): how long until all are started, until all have their first
 * step and their eligibility step in Postgres, and the worker's peak RSS meanwhile. Baseline in the same
 * run against the same dev server: N bare workflows started with @temporalio/client at the API batch
 * runner's concurrency. Then the rows are checked in Postgres and the batch is sent again (nothing may
 * start twice). Writes bench/results/<name>.json and prints a table. Aims (judged, never asserted):
 * N started in under 60 s, worker RSS under 400 MiB.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { StartRotationBatchRequest } from '@personnel/contracts';
import { DEV_SERVER_DEFAULTS } from '@personnel/dev-runtime';
// The concurrency the API starts a batch's workflows with: the baseline starts at the same.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BATCH_START_CONCURRENCY } from '../apps/api/src/rotations/rotation-batch-runner';
import { followBatches, postBatch, type PostedBatch } from './rotation-batch-api';
import { startBareBatchSide } from './rotation-batch-baseline';
import { formatTable, roundBare, type ApiSide, type Results } from './rotation-batch-report';
import { rowCounts, stagesOf } from './rotation-batch-checks';
import { batchRequest, BATCH_PROPOSER, findMoves } from './rotation-batch-moves';
import { benchMain, BENCH_NAMESPACE, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { parseBenchArgs, readCount, runName, UsageError } from './shared/cli';
import { cpuSpan } from './shared/cpu-usage';
import { devServerRecord } from './shared/dev-server';
import { residentBytes, sampleRss, toMiB } from './shared/process-memory';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { signIn } from './shared/sign-in';
import { ratio } from './shared/stats';
import { fmt } from './shared/text-table';

const AIM_STARTED_MS = 60_000;
const AIM_WORKER_RSS_MIB = 400;
/** Express's default JSON body limit (Nest registers express.json() without one). */
const DEFAULT_JSON_LIMIT_BYTES = 100 * 1024;
const POLL_PERIOD_MS = 500;
const RSS_PERIOD_MS = 250;
const FOLLOW_TIMEOUT_MS = 600_000;
/** After the re-send: how long to wait before counting again, for anything it might have started. */
const RESEND_SETTLE_MS = 3_000;

interface Options {
  quick: boolean;
  name: string;
  rotations: number;
  warmup: number;
  waitQuietSec: number;
  logLevel: string;
}

const USAGE = `usage: npm run bench:rotation-batch -- [--quick] [--rotations N] [--warmup N] [--name NAME]
                                     [--wait-quiet SECONDS] [--log-level trace|debug|info|warn|error]
  --rotations N  rotations in the measured batch (default 1000; --quick 100)
  --warmup N     rotations of a warm-up batch and bare workflows of B's warm-up before (default 16; 0: none)`;

function readOptions(argv: string[]): Options {
  const values = parseBenchArgs(argv, USAGE, {
    rotations: { type: 'string' },
    warmup: { type: 'string' },
  });
  const quick = values.quick ?? false;
  const prefix = quick ? 'rotation-batch-quick' : 'rotation-batch';
  const warmup = values.warmup === '0' ? 0 : readCount('warmup', values.warmup, 16);
  const rotations = readCount('rotations', values.rotations, quick ? 100 : 1000, { separators: true });
  if (rotations > 2000) throw new UsageError('--rotations may be at most 2000 (MAX_BATCH_ROWS)');
  return {
    quick,
    // One result file per kind of run, overwritten: bench/results/rotation-batch.json and …-quick.json.
    name: runName(prefix, values.name ?? prefix),
    rotations,
    warmup,
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
  };
}

/** The bodies to send: one, or the fewest equal parts under the JSON limit when one was refused (413). */
function splitBody(body: StartRotationBatchRequest): StartRotationBatchRequest[] {
  const bytes = Buffer.byteLength(JSON.stringify(body));
  const parts = Math.ceil(bytes / (DEFAULT_JSON_LIMIT_BYTES * 0.9));
  const size = Math.ceil(body.rotations.length / parts);
  return Array.from({ length: parts }, (_, k) => ({
    ...body,
    idempotencyKey: `${body.idempotencyKey}-part-${k + 1}`,
    rotations: body.rotations.slice(k * size, (k + 1) * size),
  }));
}

async function run(options: Options, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  const system = await bench.startSystem({ logLevel: options.logLevel, webPanel: false });
  const workerPid = () => system.worker?.pid;
  const atStartMiB = toMiB(residentBytes(workerPid()));
  const pool = new Pool({ connectionString: system.databaseUrl, max: 2 });
  bench.onStop(() => pool.end());
  const bare = await progress.step('bare worker on task queue bench-bare-batch', () =>
    startBareBatchSide(system.temporalAddress, BENCH_NAMESPACE),
  );
  bench.onStop(() => bare.stop());
  const token = await signIn(system.apiUrl, BATCH_PROPOSER);

  const found = await progress.step('rotations of the demo registry', () =>
    findMoves(pool, options.rotations + options.warmup),
  );
  progress.info(
    `${found.available} cadres can move (${found.communeMoves} commune → commune of the same title)`,
  );
  if (found.moves.length < options.rotations)
    throw new Error(
      `only ${found.moves.length} moves in the demo registry for --rotations ${options.rotations}`,
    );
  const measuredMoves = found.moves.slice(0, options.rotations);
  const warmupMoves = found.moves.slice(options.rotations);

  // Warm-ups: a few bare starts, then a small batch through the API followed to its eligibility steps.
  const baselineWarmup =
    options.warmup > 0
      ? await progress.step(`B warm-up: ${options.warmup} bare workflows`, () =>
          bare.run('warmup', options.warmup, BATCH_START_CONCURRENCY),
        )
      : null;
  if (warmupMoves.length > 0) {
    await progress.step(`A warm-up: a batch of ${warmupMoves.length} rotations`, async () => {
      const began = performance.now();
      const posted = await postBatch(
        system.apiUrl,
        token,
        batchRequest(`${options.name}-warmup`, warmupMoves),
      );
      if (posted.id === null) throw new Error(`warm-up batch answered ${posted.status}: ${posted.error}`);
      const followed = await followBatches(system.apiUrl, token, [posted.id], began, {
        periodMs: POLL_PERIOD_MS,
        timeoutMs: FOLLOW_TIMEOUT_MS,
      });
      if (followed.allEligibilityMs === null)
        throw new Error('the warm-up batch did not get through eligibility');
    });
  }

  const baseline = await progress.step(
    `B: ${options.rotations} bare workflows, ${BATCH_START_CONCURRENCY} at a time`,
    () => bare.run('measured', options.rotations, BATCH_START_CONCURRENCY),
  );
  progress.info(
    `B: all started in ${fmt(baseline.allStartedMs / 1000, 2)} s, first steps in ${fmt((baseline.allFirstStepMs ?? NaN) / 1000, 2)} s`,
  );

  const idleBeforeMiB = toMiB(residentBytes(workerPid()));
  const body = batchRequest(options.name, measuredMoves);
  const api = await progress.step(
    `A: one batch of ${options.rotations} rotations through the API`,
    async () => {
      const workerRss = sampleRss(workerPid, RSS_PERIOD_MS);
      const apiRss = sampleRss(() => system.api?.pid, RSS_PERIOD_MS);
      const cpu = cpuSpan();
      let began = performance.now();
      const oneBatch = await postBatch(system.apiUrl, token, body);
      let splitInto: PostedBatch[] | null = null;
      let ids = oneBatch.id === null ? [] : [oneBatch.id];
      if (oneBatch.status === 413) {
        progress.info(`one batch of ${oneBatch.bodyBytes} bytes answered 413: sent in parts instead`);
        began = performance.now();
        splitInto = [];
        for (const part of splitBody(body)) splitInto.push(await postBatch(system.apiUrl, token, part));
        const refusedPart = splitInto.find((p) => p.id === null);
        if (refusedPart)
          throw new Error(`a part of the batch answered ${refusedPart.status}: ${refusedPart.error}`);
        ids = splitInto.map((p) => p.id as string);
      }
      if (ids.length === 0) throw new Error(`the batch answered ${oneBatch.status}: ${oneBatch.error}`);
      const followed = await followBatches(system.apiUrl, token, ids, began, {
        periodMs: POLL_PERIOD_MS,
        timeoutMs: FOLLOW_TIMEOUT_MS,
      });
      return {
        oneBatch,
        splitInto,
        progress: followed,
        stages: await stagesOf(pool, ids),
        workerRss: { ...workerRss.stop(), atStartMiB, idleBeforeMiB },
        apiRss: apiRss.stop(),
        cpu: cpu(),
      } satisfies ApiSide;
    },
  );
  const loadAfter = loadavg();
  const a = api.progress;
  progress.info(
    `A: all started in ${fmt((a.allStartedMs ?? NaN) / 1000, 2)} s, first steps in ${fmt((a.allFirstStepMs ?? NaN) / 1000, 2)} s, ` +
      `eligibility in ${fmt((a.allEligibilityMs ?? NaN) / 1000, 2)} s; worker RSS peak ${fmt(api.workerRss.peakMiB)} MiB`,
  );

  const batchIds = (api.splitInto ?? [api.oneBatch]).flatMap((p) => (p.id === null ? [] : [p.id]));
  const rotationCount = async () =>
    (await bare.client.workflow.count(`WorkflowType = 'rotationWorkflow'`)).count;
  const rows = await progress.step('Postgres checks', async () =>
    rowCounts(pool, batchIds, await rotationCount()),
  );
  const resend = await progress.step('the same batch sent again', async () => {
    const bodies = api.splitInto ? splitBody(body) : [body];
    const answers: PostedBatch[] = [];
    for (const again of bodies) answers.push(await postBatch(system.apiUrl, token, again));
    await new Promise((r) => setTimeout(r, RESEND_SETTLE_MS));
    const rowsAfter = await rowCounts(pool, batchIds, await rotationCount());
    const sameBatchIds = answers.every((p, i) => p.id === batchIds[i]);
    const nothingNewStarted =
      rowsAfter.procedures === rows.procedures &&
      rowsAfter.proposedSteps === rows.proposedSteps &&
      rowsAfter.temporalRotationWorkflows === rows.temporalRotationWorkflows;
    return { sameBatchIds, statuses: answers.map((p) => p.status), rowsAfter, nothingNewStarted };
  });

  const n = options.rotations;
  const restarts = systemRestarts(system);
  const failures: [boolean, string][] = [
    [api.oneBatch.status === 202, `one batch of ${n} answered ${api.oneBatch.status}, not 202`],
    [a.refused === 0, `${a.refused} rows refused`],
    [a.allStartedMs !== null && a.allFirstStepMs !== null, 'not every row started with its first step'],
    [a.allEligibilityMs !== null, 'not every row recorded its eligibility step'],
    [rows.procedures === n && rows.distinctCadres === n, `${rows.procedures} rotation procedures, not ${n}`],
    [
      rows.proposedSteps === n && rows.workflowsWithoutOneProposal === 0,
      'not one proposed step per rotation',
    ],
    [rows.eligibilitySteps === n, `${rows.eligibilitySteps} eligibility steps, not ${n}`],
    [rows.duplicateStepKeys === 0, `${rows.duplicateStepKeys} (workflow_id, step_key) written twice`],
    [
      rows.doubledSingleHolderPosts === 0,
      `${rows.doubledSingleHolderPosts} single-holder posts with two holders`,
    ],
    [
      resend.sameBatchIds && resend.statuses.every((s) => s === 202),
      'the re-sent batch was not the same batch',
    ],
    [resend.nothingNewStarted, 'the re-sent batch started something'],
    [baseline.errors === 0 && baseline.allFirstStepMs !== null, `B: ${baseline.errors} starts failed`],
    [restarts === 0, `${restarts} restarts of the API or worker`],
  ];
  const failed = failures.filter(([ok]) => !ok).map(([, what]) => what);

  const results: Results = {
    ...resultHeader(options.name, quietness, loadAfter),
    devServer: devServerRecord(DEV_SERVER_DEFAULTS),
    settings: {
      quick: options.quick,
      rotations: n,
      warmup: options.warmup,
      startConcurrency: BATCH_START_CONCURRENCY,
      pollPeriodMs: POLL_PERIOD_MS,
      rssPeriodMs: RSS_PERIOD_MS,
      logLevel: options.logLevel,
      order: 'B warm-up, A warm-up batch, B measured, A measured batch, checks, A re-sent',
    },
    moves: {
      available: found.available,
      communeMoves: found.communeMoves,
      measured: measuredMoves.length,
      warmup: warmupMoves.length,
    },
    baseline: roundBare(baseline),
    baselineWarmup: baselineWarmup && roundBare(baselineWarmup),
    api,
    ratio: {
      allStarted: a.allStartedMs === null ? null : ratio(a.allStartedMs, baseline.allStartedMs),
      allFirstStep:
        a.allFirstStepMs === null || baseline.allFirstStepMs === null
          ? null
          : ratio(a.allFirstStepMs, baseline.allFirstStepMs),
    },
    aims: {
      startedUnderMs: AIM_STARTED_MS,
      startedMet: a.allStartedMs !== null && a.allStartedMs < AIM_STARTED_MS,
      workerRssUnderMiB: AIM_WORKER_RSS_MIB,
      workerRssMet: api.workerRss.peakMiB !== null && api.workerRss.peakMiB < AIM_WORKER_RSS_MIB,
    },
    checks: { rows, resend, restarts, ok: failed.length === 0, failed },
    durationSec: durationSec(bench),
  };
  const file = writeResultsFile(options.name, results);
  process.stdout.write(`\n${formatTable(results)}\nresults: ${file}\n`);
  return results.checks.ok;
}

benchMain({
  readOptions,
  usage: USAGE,
  tempPrefix: 'personnel-rotation-batch-',
  temporalRuntime: true,
  run,
});
