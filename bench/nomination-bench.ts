/**
 * `npm run bench [-- --quick] [--iterations-c1 N] [--iterations-c32 N] [--name NAME] [--log-level L]
 *                 [--dynamic-config KEY=VALUE ...]`
 *
 * One run, one Temporal dev server, two sides (see bench/README.md):
 *   B  a bare workflow of the nomination's shape, driven with @temporalio/client and an in-process worker;
 *   A  the thin slice through the HTTP API, the worker and Postgres.
 * Each at concurrency 1 and 32; writes bench/results/<name>.json and prints a table.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, platform, release, arch } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client as PgClient } from 'pg';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { freePort } from '../tools/dev/ports';
import { consoleProgress, type Progress } from '../tools/dev/progress';
import { startSystem, type RunningSystem } from '../tools/dev/system';
import { TEMPORAL_CLI_VERSION } from '../tools/dev/temporal-cli';
import { REPO_ROOT } from '../tools/dev/paths';
import { apiIteration } from './api-slice';
import { startBareSide, type BareSide } from './bare-workflow';
import { runPhase, type Iteration, type PhaseResult } from './load';
import { formatTable, levelRatios, type BenchResults, type LevelResult } from './report';
import { round } from './stats';

const NAMESPACE = 'default';
const TASK_QUEUE = 'personnel-decisions';

/**
 * Dev-server pragmas of the run, shared by both sides. One partition per task queue: with a single worker
 * per queue, the default four partitions make some tasks wait for a forwarded poll, which adds noise
 * (tens of ms, randomly) to every round trip of both sides without saying anything about our code.
 */
const DEFAULT_DYNAMIC_CONFIG: Record<string, string | number | boolean> = {
  'matching.numTaskqueueReadPartitions': 1,
  'matching.numTaskqueueWritePartitions': 1,
};

interface BenchOptions {
  quick: boolean;
  name: string;
  iterations: { c1: number; c32: number };
  warmup: { c1: number; c32: number };
  logLevel: string;
  dynamicConfig: Record<string, string | number | boolean>;
}

const USAGE = `usage: npm run bench -- [--quick] [--iterations-c1 N] [--iterations-c32 N] [--name NAME]
                        [--log-level trace|debug|info|warn|error] [--dynamic-config KEY=VALUE ...]`;

function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'iterations-c1': { type: 'string' },
      'iterations-c32': { type: 'string' },
      name: { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      'dynamic-config': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const count = (flag: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a positive integer, got ${raw}`);
    return n;
  };
  const quick = values.quick ?? false;
  const iterations = {
    c1: count('iterations-c1', values['iterations-c1'], quick ? 5 : 100),
    c32: count('iterations-c32', values['iterations-c32'], quick ? 64 : 960),
  };
  let dynamicConfig = DEFAULT_DYNAMIC_CONFIG;
  if (values['dynamic-config']) {
    dynamicConfig = {};
    for (const pair of values['dynamic-config']) {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--dynamic-config takes KEY=VALUE, got ${pair}`);
      const raw = pair.slice(at + 1);
      dynamicConfig[pair.slice(0, at)] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    }
  }
  const name = values.name ?? `nomination-${new Date().toISOString().replace(/:/g, '').replace(/\.\d+Z$/, 'Z')}`;
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new UsageError(`--name may hold letters, digits, ".", "_" and "-" only, got ${name}`);
  return {
    quick,
    name,
    iterations,
    warmup: { c1: quick ? 3 : 10, c32: quick ? 32 : 64 },
    logLevel: values['log-level'] ?? 'info',
    dynamicConfig,
  };
}

class UsageError extends Error {}

function gitInfo(): BenchResults['git'] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit: string | null = null;
  let dirty: boolean | null = null;
  try {
    commit = git('rev-parse', 'HEAD');
  } catch {
    // not a git checkout, or git missing: recorded as null
  }
  try {
    dirty = git('status', '--porcelain', '--untracked-files=no').length > 0;
  } catch {
    // idem
  }
  return { commit, dirty };
}

/** Waits until no workflow of the namespace is running, so one phase's tail does not load the next. */
async function drain(client: Client, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { count } = await client.workflow.count('ExecutionStatus = "Running"');
    if (count === 0 || Date.now() > deadline) return count;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function checkPostgres(databaseUrl: string, expectedApproved: number): Promise<BenchResults['checks']['postgres']> {
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const states = await pg.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM nomination GROUP BY state`);
    const by = (state: string) => Number(states.rows.find((row) => row.state === state)?.n ?? 0);
    const steps = await pg.query<{ n: string }>(`SELECT count(*) AS n FROM workflow_step`);
    const result = { approved: by('approved'), pending: by('pending'), rejected: by('rejected'), steps: Number(steps.rows[0].n), expectedApproved };
    return { ...result, ok: result.approved === expectedApproved && result.pending === 0 && result.rejected === 0 && result.steps === 2 * expectedApproved };
  } finally {
    await pg.end();
  }
}

interface Sides {
  bare: BareSide;
  apiUrl: string;
}

async function measureLevel(sides: Sides, concurrency: number, iterations: number, warmup: number, progress: Progress, leftRunning: { n: number }): Promise<{ level: LevelResult; apiCompleted: number }> {
  const phase = async (side: 'B' | 'A', make: (phaseName: string) => Iteration): Promise<{ measured: PhaseResult; warmed: PhaseResult }> => {
    const label = side === 'B' ? 'B bare workflow' : 'A API + Postgres';
    const warmed = await progress.step(`${label}, c=${concurrency}: warm-up, ${warmup} nominations`, () => runPhase(concurrency, warmup, make(`${side}${concurrency}w`)));
    leftRunning.n += await drain(sides.bare.client);
    const measured = await progress.step(`${label}, c=${concurrency}: ${iterations} nominations`, () => runPhase(concurrency, iterations, make(`${side}${concurrency}`)));
    leftRunning.n += await drain(sides.bare.client);
    const failed = warmed.errors + measured.errors;
    progress.info(
      `${measured.throughputPerSec}/s; start p50 ${measured.start.p50} ms; decision p50 ${measured.decision.p50} ms` +
        (failed > 0 ? `; ${failed} FAILED: ${[...warmed.errorSamples, ...measured.errorSamples].join(' | ')}` : ''),
    );
    return { measured, warmed };
  };
  const b = await phase('B', (name) => sides.bare.iteration(name));
  const a = await phase('A', (name) => apiIteration(sides.apiUrl, name));
  return {
    level: {
      concurrency,
      iterations,
      warmupIterations: warmup,
      baseline: b.measured,
      api: a.measured,
      ratio: levelRatios(a.measured, b.measured),
    },
    apiCompleted: a.measured.completed + a.warmed.completed,
  };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const began = performance.now();
  const progress = consoleProgress();
  // The SDK must not take SIGINT for itself: this script stops its worker and the system in order.
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });

  const dataDir = mkdtempSync(join(tmpdir(), 'personnel-bench-'));
  // mkdtemp makes it 0700; as root, embedded Postgres runs as the `postgres` user, which must traverse it.
  chmodSync(dataDir, 0o711);
  const recentLines: string[] = [];
  let system: RunningSystem | undefined;
  let bare: BareSide | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await bare?.stop().catch(() => undefined);
      if (system) await progress.step('stopping API, worker, Temporal and Postgres', () => (system as RunningSystem).stop());
      rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stdout.write(`\n… ${signal}: stopping\n`);
      void stop().finally(() => process.exit(130));
    });
  }

  try {
    const [pgPort, temporalPort, temporalUiPort, apiPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    progress.info(`data in ${dataDir}; dev-server pragmas ${JSON.stringify(options.dynamicConfig)}`);
    system = await startSystem({
      dataDir,
      pgPort,
      temporalPort,
      temporalUiPort,
      apiPort,
      namespace: NAMESPACE,
      taskQueue: TASK_QUEUE,
      // A bundle of its own: never races `npm start` or another engineer over dist/.
      workflowBundlePath: join(dataDir, 'workflow-bundle.js'),
      dynamicConfig: options.dynamicConfig,
      temporalHeadless: true,
      logLevel: options.logLevel,
      progress,
      onLog: (source, line) => {
        recentLines.push(`[${source}] ${line}`);
        if (recentLines.length > 40) recentLines.shift();
      },
    });
    const running = system;
    bare = await progress.step(`bare worker on task queue bench-bare`, () => startBareSide(running.temporalAddress, NAMESPACE));
    const sides: Sides = { bare, apiUrl: running.apiUrl };

    const leftRunning = { n: 0 };
    const levels: LevelResult[] = [];
    let apiCompleted = 0;
    for (const [concurrency, iterations, warmup] of [
      [1, options.iterations.c1, options.warmup.c1],
      [32, options.iterations.c32, options.warmup.c32],
    ] as const) {
      const measured = await measureLevel(sides, concurrency, iterations, warmup, progress, leftRunning);
      levels.push(measured.level);
      apiCompleted += measured.apiCompleted;
    }

    const postgres = await progress.step('Postgres check', () => checkPostgres(running.databaseUrl, apiCompleted));
    const restarts = (running.api?.restarts ?? 0) + (running.worker?.restarts ?? 0);
    const errors = levels.reduce((sum, l) => sum + l.api.errors + l.baseline.errors, 0);
    const cpuList = cpus();
    const results: BenchResults = {
      name: options.name,
      date: new Date().toISOString(),
      git: gitInfo(),
      machine: {
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
        totalMemoryBytes: totalmem(),
        node: process.version,
        platform: platform(),
        release: release(),
        arch: arch(),
      },
      devServer: { temporalCliPinned: TEMPORAL_CLI_VERSION, headless: true, dynamicConfig: options.dynamicConfig },
      settings: {
        quick: options.quick,
        iterations: options.iterations,
        warmup: options.warmup,
        logLevel: options.logLevel,
        order: 'per concurrency level: B warm-up, B measured, drain, A warm-up, A measured, drain',
      },
      levels,
      checks: { postgres, leftRunning: leftRunning.n, restarts, ok: postgres.ok && leftRunning.n === 0 && restarts === 0 && errors === 0 },
      durationSec: round((performance.now() - began) / 1000, 1),
    };

    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${options.name}.json`);
    writeFileSync(join(dir, `${options.name}.tmp.json`), `${JSON.stringify(results, null, 2)}\n`);
    renameSync(join(dir, `${options.name}.tmp.json`), file);

    process.stdout.write(`\n${formatTable(results)}\n`);
    process.stdout.write(
      `A/B: throughput below 1 and latency above 1 are the cost of the API, Postgres and our workflow over bare Temporal.\n` +
        `checks: Postgres ${postgres.approved}/${postgres.expectedApproved} approved, ${postgres.steps} steps; ` +
        `${leftRunning.n} left running; ${restarts} restarts; ${errors} errors → ${results.checks.ok ? 'ok' : 'NOT OK'}\n` +
        `results: ${file}\n`,
    );
    await stop();
    return results.checks.ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`\n✖ ${(error as Error).stack ?? String(error)}\n`);
    if (recentLines.length > 0) process.stderr.write(`last lines of the system:\n${recentLines.join('\n')}\n`);
    await stop();
    return 1;
  }
}

void main().then((code) => process.exit(code));
