/**
 * `npm run bench:scaling [-- --quick] [--iterations N] [--concurrency C] [--workers 1,2,4] [--name NAME]`
 *
 * The scaling curve of the production topology: procedures completed per second with 1, 2 and 4
 * worker processes, on the real Temporal server on PostgreSQL (`npm run cluster`) and, beside it in
 * the same run, on the dev server (`npm start`). One procedure is the appointment bench's A side
 * (bench/api-slice.ts): HR's proposal through the API, then its withdrawal, both recorded in Postgres.
 * Each configuration gets a fresh system; every figure is also a ratio against the dev server with one
 * worker, measured in this run. Writes bench/results/<name>.json and prints a table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { consoleProgress, freePort, startSystem, type Progress } from '@personnel/dev-runtime';
import { apiIteration, signInBenchUsers, type ApiTokens } from './api-slice';
import { findCandidatePairs, type CandidatePair } from './approval-setup';
import type { Iteration } from './load';
import { parseBenchArgs, readCount, runName } from './shared/cli';
import { closedLoop } from './shared/closed-loop';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { ratio, round, summarize } from './shared/stats';

type Topology = 'dev-server' | 'cluster';

interface ScalingOptions {
  iterations: number;
  warmup: number;
  concurrency: number;
  workers: number[];
  name: string;
}

interface Point {
  topology: Topology;
  workers: number;
  concurrency: number;
  completed: number;
  errors: number;
  errorSamples: string[];
  wallMs: number;
  throughputPerSec: number;
  /** Start + decision of each procedure, ms. */
  procedureMs: ReturnType<typeof summarize>;
  /** Against the dev server with one worker, in this run. */
  throughputRatio: number | null;
  withdrawnInPostgres: number;
  restarts: number;
}

const USAGE =
  'npm run bench:scaling [-- --quick] [--iterations N] [--concurrency C] [--workers 1,2,4] [--name NAME]';

function readOptions(argv: string[]): ScalingOptions {
  const values = parseBenchArgs(argv, USAGE, {
    iterations: { type: 'string' },
    concurrency: { type: 'string' },
    workers: { type: 'string', default: '1,2,4' },
  });
  const quick = values.quick === true;
  const iterations = readCount('iterations', values.iterations, quick ? 40 : 240);
  const workers = String(values.workers)
    .split(',')
    .map((w) => readCount('workers', w, 1));
  return {
    iterations,
    warmup: Math.max(4, Math.round(iterations / 10)),
    concurrency: readCount('concurrency', values.concurrency, 8),
    workers,
    name: runName(quick ? 'cluster-scaling-quick' : 'cluster-scaling', values.name),
  };
}

/**
 * The A side's iteration with every post in one procedure at a time: a single-holder post already being
 * filled refuses a second proposal (409 post_being_filled), so each iteration takes a free post of its
 * own and gives it back when its procedure is withdrawn.
 */
function onePostAtATime(
  apiUrl: string,
  tokens: ApiTokens,
  pairs: readonly CandidatePair[],
  concurrency: number,
) {
  const byPost = new Map(pairs.map((p) => [p.postId, p]));
  const free = [...byPost.values()];
  if (free.length < concurrency)
    throw new Error(
      `only ${free.length} posts with a candidate for ${concurrency} callers; lower --concurrency`,
    );
  return (phase: string): Iteration =>
    async () => {
      const pair = free.shift() as CandidatePair;
      try {
        return await apiIteration(apiUrl, tokens, [pair], phase)(0);
      } finally {
        free.push(pair);
      }
    };
}

/** One configuration on a fresh system: warm-up, the measured closed loop, the Postgres check. */
async function measure(
  topology: Topology,
  workers: number,
  options: ScalingOptions,
  progress: Progress,
): Promise<Omit<Point, 'throughputRatio'>> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-scaling-${topology}-`));
  const system = await startSystem({
    dataDir,
    pgPort: await freePort(),
    temporalPort: await freePort(),
    temporalUiPort: await freePort(),
    apiPort: await freePort(),
    namespace: 'default',
    taskQueue: 'personnel-decisions',
    workflowBundlePath: join(dataDir, 'workflow-bundle.js'),
    temporalHeadless: true,
    temporalCluster: topology === 'cluster',
    workers,
    webPanel: false,
    // `info`: startSystem learns that a worker polls from its "worker running" line.
    logLevel: 'info',
    progress,
  });
  const pool = new Pool({ connectionString: system.databaseUrl, max: 2 });
  try {
    const tokens = await signInBenchUsers(system.apiUrl);
    const found = await findCandidatePairs(pool, system.apiUrl, tokens.proposer, options.concurrency * 3);
    const iteration = onePostAtATime(system.apiUrl, tokens, found.pairs, options.concurrency);
    const label = `${topology}, ${workers} worker${workers > 1 ? 's' : ''}, c=${options.concurrency}`;
    await progress.step(`${label}: warm-up, ${options.warmup} procedures`, () =>
      closedLoop(options.concurrency, options.warmup, iteration('warm')),
    );
    const run = await progress.step(`${label}: measured, ${options.iterations} procedures`, () =>
      closedLoop(options.concurrency, options.iterations, iteration('run')),
    );
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM procedure WHERE kind = 'appointment' AND state = 'withdrawn'`,
    );
    const throughputPerSec = round(run.samples.length / (run.wallMs / 1000));
    progress.info(`${label}: ${throughputPerSec} procedures/s, ${run.errors} errors`);
    return {
      topology,
      workers,
      concurrency: options.concurrency,
      completed: run.samples.length,
      errors: run.errors,
      errorSamples: run.errorSamples,
      wallMs: round(run.wallMs),
      throughputPerSec,
      procedureMs: summarize(run.samples.map((s) => s.startMs + s.decisionMs)),
      withdrawnInPostgres: rows[0].n,
      restarts: system.workers.reduce((sum, w) => sum + w.restarts, system.api?.restarts ?? 0),
    };
  } finally {
    await pool.end();
    await progress.step('stopping the system', () => system.stop());
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function formatTable(points: Point[]): string {
  const rows = points.map(
    (p) =>
      `| ${p.topology.padEnd(10)} | ${String(p.workers).padStart(7)} | ${String(p.throughputPerSec).padStart(12)} | ` +
      `${String(p.throughputRatio ?? '–').padStart(5)} | ${String(p.procedureMs.p50).padStart(7)} | ${String(p.procedureMs.p95).padStart(7)} | ${p.errors} |`,
  );
  return [
    '| topology   | workers | procedures/s | ratio | p50 ms  | p95 ms  | errors |',
    '| ---------- | ------- | ------------ | ----- | ------- | ------- | ------ |',
    ...rows,
  ].join('\n');
}

async function main(): Promise<number> {
  let options: ScalingOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const progress = consoleProgress();
  const began = Date.now();
  const quietness = await quietnessBeforeRun(0, progress);
  const measured: Omit<Point, 'throughputRatio'>[] = [];
  // Interleaved per worker count, so a slow drift of the machine is not charged to one topology.
  for (const workers of options.workers)
    for (const topology of ['dev-server', 'cluster'] as const)
      measured.push(await measure(topology, workers, options, progress));
  const baseline = measured.find(
    (p) => p.topology === 'dev-server' && p.workers === Math.min(...options.workers),
  );
  const points: Point[] = measured.map((p) => ({
    ...p,
    throughputRatio: baseline ? ratio(p.throughputPerSec, baseline.throughputPerSec) : null,
  }));
  const ok = points.every(
    (p) => p.errors === 0 && p.restarts === 0 && p.withdrawnInPostgres === p.completed + options.warmup,
  );
  const file = writeResultsFile(options.name, {
    ...resultHeader(options.name, quietness, loadavg()),
    settings: options,
    baseline: 'dev-server with the fewest workers, in this run',
    points,
    checks: { ok },
    durationSec: round((Date.now() - began) / 1000, 1),
  });
  process.stdout.write(`\n${formatTable(points)}\n\nwritten to ${file}\n`);
  return ok ? 0 : 1;
}

void main().then((code) => process.exit(code));
