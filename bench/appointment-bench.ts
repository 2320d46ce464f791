/**
 * `npm run bench [-- --quick] [--iterations-c1 N] [--iterations-c32 N] [--rounds N] [--name NAME]
 *                 [--wait-quiet SECONDS] [--log-level L] [--dynamic-config KEY=VALUE ...]`
 *
 * One run, one Temporal dev server, two sides (see bench/README.md):
 *   B  a bare workflow of the same shape (a step, one Update, a step), driven with @temporalio/client and
 *      an in-process worker;
 *   A  an appointment on the procedure kernel through the HTTP API, the worker and Postgres: proposed,
 *      then withdrawn (bench/api-slice.ts).
 * Each at concurrency 1 and 32; writes bench/results/<name>.json and prints a table.
 */
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import type { Client } from '@temporalio/client';
import type { Progress } from '@personnel/dev-runtime';
import { apiIteration, signInBenchUsers, type ApiTokens } from './api-slice';
import { StartProfile } from './appointment-start-profile';
import { findCandidatePairs, type CandidatePair } from './approval-setup';
import { startBareSide, type BareSide } from './bare-workflow';
import { summarizePhases, type Iteration, type PhaseSamples } from './load';
import { readOptions, USAGE, type BenchOptions } from './options';
import { formatTable, levelRatios, type BenchResults, type LevelResult } from './report';
import { benchMain, BENCH_NAMESPACE, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { closedLoop, shares } from './shared/closed-loop';
import { devServerRecord } from './shared/dev-server';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';

/** Waits until no workflow of the namespace is running, so one phase's tail does not load the next. */
async function drain(client: Client, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { count } = await client.workflow.count('ExecutionStatus = "Running"');
    if (count === 0 || Date.now() > deadline) return count;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function checkPostgres(
  pool: Pool,
  expectedWithdrawn: number,
): Promise<BenchResults['checks']['postgres']> {
  const states = await pool.query<{ state: string; n: string }>(
    `SELECT state, count(*) AS n FROM procedure WHERE kind = 'appointment' GROUP BY state`,
  );
  const by = (state: string) => Number(states.rows.find((row) => row.state === state)?.n ?? 0);
  const steps = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM workflow_step WHERE kind = 'withdrawn'`,
  );
  const result = {
    withdrawn: by('withdrawn'),
    inProgress: by('in_progress'),
    withdrawnSteps: Number(steps.rows[0].n),
    expectedWithdrawn,
  };
  return {
    ...result,
    ok:
      result.withdrawn === expectedWithdrawn &&
      result.inProgress === 0 &&
      result.withdrawnSteps === expectedWithdrawn,
  };
}

interface Sides {
  bare: BareSide;
  apiUrl: string;
  apiTokens: ApiTokens;
  /** (cadre, post) pairs of the demo registry the A side proposes, round robin. */
  pairs: readonly CandidatePair[];
  /** The API's request lines of A's starts in the measured rounds of the level being measured. */
  startProfile: { current: StartProfile };
}

/** B bare, S bare started with its proposal (update-with-start), A the appointment through the API. */
type Side = 'B' | 'S' | 'A';

interface LevelPlan {
  concurrency: number;
  iterations: number;
  warmup: number;
  rounds: number;
}

/**
 * One concurrency level: warm up B, warm up A, then `rounds` rounds of (B share, drain, A share, drain).
 * Interleaving spreads slow drifts (the dev server's SQLite file grows, other load on the machine comes
 * and goes) over both sides instead of charging them to whichever side ran last.
 */
async function measureLevel(
  sides: Sides,
  plan: LevelPlan,
  progress: Progress,
  tally: { leftRunning: number; apiCompleted: number },
): Promise<LevelResult> {
  const { concurrency } = plan;
  const label = {
    B: 'B bare workflow',
    S: "B' bare workflow, started with its proposal (update-with-start)",
    A: 'A appointment: API + kernel + Postgres',
  } as const;
  const make = (side: Side, phase: string): Iteration =>
    side === 'B'
      ? sides.bare.iteration(phase)
      : side === 'S'
        ? sides.bare.iterationWithStart(phase)
        : apiIteration(sides.apiUrl, sides.apiTokens, sides.pairs, phase);
  const run = async (side: Side, what: string, n: number, phase: string): Promise<PhaseSamples> => {
    const samples = await progress.step(`${label[side]}, c=${concurrency}: ${what}, ${n} procedures`, () =>
      closedLoop(concurrency, n, make(side, phase)),
    );
    tally.leftRunning += await drain(sides.bare.client);
    if (side === 'A') tally.apiCompleted += samples.samples.length;
    if (samples.errors > 0) progress.info(`${samples.errors} FAILED: ${samples.errorSamples.join(' | ')}`);
    return samples;
  };

  await run('B', 'warm-up', plan.warmup, `B${concurrency}w`);
  await run('S', 'warm-up', plan.warmup, `S${concurrency}w`);
  await run('A', 'warm-up', plan.warmup, `A${concurrency}w`);
  const measured: Record<Side, PhaseSamples[]> = { B: [], S: [], A: [] };
  const profile = (sides.startProfile.current = new StartProfile());
  for (const [r, n] of shares(plan.iterations, plan.rounds).entries()) {
    const what = plan.rounds > 1 ? `round ${r + 1}/${plan.rounds}` : 'measured';
    measured.B.push(await run('B', what, n, `B${concurrency}r${r}`));
    measured.S.push(await run('S', what, n, `S${concurrency}r${r}`));
    profile.recording = true;
    measured.A.push(await run('A', what, n, `A${concurrency}r${r}`));
    profile.recording = false;
  }
  const baseline = summarizePhases(measured.B);
  const recordedStartBaseline = summarizePhases(measured.S);
  const api = summarizePhases(measured.A);
  for (const [side, result] of [
    ['B', baseline],
    ['S', recordedStartBaseline],
    ['A', api],
  ] as const) {
    progress.info(
      `${label[side]}, c=${concurrency}: ${result.throughputPerSec}/s; start p50 ${result.start.p50} ms; decision p50 ${result.decision.p50} ms`,
    );
  }
  return {
    concurrency,
    iterations: plan.iterations,
    warmupIterations: plan.warmup,
    rounds: plan.rounds,
    baseline,
    recordedStartBaseline,
    api,
    ratio: levelRatios(api, baseline, recordedStartBaseline),
    startProfile: profile.summary(),
  };
}

async function run(options: BenchOptions, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  const startProfile = { current: new StartProfile() };
  const running = await bench.startSystem({
    note: `dev-server settings ${JSON.stringify({ dynamicConfig: options.dynamicConfig, sqlitePragmas: options.sqlitePragmas })}`,
    dynamicConfig: options.dynamicConfig,
    sqlitePragmas: options.sqlitePragmas,
    logLevel: options.logLevel,
    onLog: (source, line) => startProfile.current.onLog(source, line),
  });
  const bare = await progress.step(`bare worker on task queue bench-bare`, () =>
    startBareSide(running.temporalAddress, BENCH_NAMESPACE),
  );
  bench.onStop(() => bare.stop());
  const apiTokens = await signInBenchUsers(running.apiUrl);
  const pool = new Pool({ connectionString: running.databaseUrl, max: 2 });
  bench.onStop(() => pool.end());
  const { pairs } = await progress.step('candidate pairs of the demo registry', () =>
    findCandidatePairs(pool, running.apiUrl, apiTokens.proposer, 12, { multiSeatOnly: true }),
  );
  const sides: Sides = { bare, apiUrl: running.apiUrl, apiTokens, pairs, startProfile };

  const tally = { leftRunning: 0, apiCompleted: 0 };
  const levels: LevelResult[] = [];
  for (const concurrency of [1, 32] as const) {
    const key = concurrency === 1 ? 'c1' : 'c32';
    const plan = {
      concurrency,
      iterations: options.iterations[key],
      warmup: options.warmup[key],
      rounds: options.rounds,
    };
    levels.push(await measureLevel(sides, plan, progress, tally));
  }
  const loadAfter = loadavg();

  const postgres = await progress.step('Postgres check', () => checkPostgres(pool, tally.apiCompleted));
  const restarts = systemRestarts(running);
  const errors = levels.reduce((sum, l) => sum + l.api.errors + l.baseline.errors, 0);
  const results: BenchResults = {
    ...resultHeader(options.name, quietness, loadAfter),
    devServer: devServerRecord(options),
    settings: {
      quick: options.quick,
      iterations: options.iterations,
      warmup: options.warmup,
      rounds: options.rounds,
      logLevel: options.logLevel,
      order:
        "per level: B warm-up, B' warm-up, A warm-up, then per round: B share, drain, B' share, drain, A share, drain",
    },
    levels,
    checks: {
      postgres,
      leftRunning: tally.leftRunning,
      restarts,
      errors,
      ok: postgres.ok && tally.leftRunning === 0 && restarts === 0 && errors === 0,
    },
    durationSec: durationSec(bench),
  };
  const file = writeResultsFile(options.name, results);

  process.stdout.write(`\n${formatTable(results)}\n`);
  for (const level of levels)
    process.stdout.write(
      `A start, c=${level.concurrency} (medians, ms; ${level.startProfile.requests} requests): ${Object.entries(
        level.startProfile.p50,
      )
        .map(([stage, ms]) => `${stage} ${ms}`)
        .join(', ')}\n`,
    );
  process.stdout.write(
    `A/B: throughput below 1 and latency above 1 are what the API, the kernel, Postgres and the appointment cost over bare Temporal.\n` +
      `checks: Postgres ${postgres.withdrawn}/${postgres.expectedWithdrawn} withdrawn, ${postgres.withdrawnSteps} withdrawal steps; ` +
      `${tally.leftRunning} left running; ${restarts} restarts; ${errors} errors → ${results.checks.ok ? 'ok' : 'NOT OK'}\n` +
      `results: ${file}\n`,
  );
  return results.checks.ok;
}

benchMain({
  readOptions,
  usage: USAGE,
  tempPrefix: 'personnel-bench-',
  temporalRuntime: true,
  run,
});
