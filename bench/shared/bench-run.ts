/**
 * One bench run from the command line to the exit code: options read (usage error → exit 2), a fresh
 * temp dir, the system started on free ports, and everything stopped again in order — at the end, on
 * an error (with the system's last log lines), and on Ctrl-C (exit 130).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import {
  consoleProgress,
  freePort,
  startSystem,
  type Progress,
  type RunningSystem,
  type SystemOptions,
} from '@personnel/dev-runtime';
import { round } from './stats';

/** Namespace and task queue of the system under test, as `npm start` runs it. */
export const BENCH_NAMESPACE = 'default';
const BENCH_TASK_QUEUE = 'personnel-decisions';
/** Log lines of the system kept for the error message of a failed run. */
const RECENT_LINES = 40;

export type BenchSystemOptions = Omit<
  SystemOptions,
  | 'dataDir'
  | 'pgPort'
  | 'temporalPort'
  | 'temporalUiPort'
  | 'apiPort'
  | 'namespace'
  | 'taskQueue'
  | 'workflowBundlePath'
  | 'temporalHeadless'
  | 'progress'
> & {
  /** Added to the "data in <dir>" line. */
  note?: string;
};

export interface BenchRun {
  readonly dataDir: string;
  readonly progress: Progress;
  /** performance.now() when the run began. */
  readonly began: number;
  /** Something to close before the system stops; the last registered is closed first. */
  onStop(close: () => Promise<unknown>): void;
  /** startSystem() in the run's temp dir on free ports, headless, with a workflow bundle of its own. */
  startSystem(options: BenchSystemOptions): Promise<RunningSystem>;
}

export interface BenchSpec<O> {
  readOptions(argv: string[]): O;
  usage: string;
  /** Prefix of the temp dir under os.tmpdir(). */
  tempPrefix: string;
  /** Install the Temporal SDK runtime (benches with an in-process worker) without its SIGINT handling. */
  temporalRuntime: boolean;
  /** The run itself; resolves to whether its checks passed (exit 0, else 1). */
  run(options: O, run: BenchRun): Promise<boolean>;
}

/** Seconds since the run began, to one decimal: `durationSec` of every result file. */
export function durationSec(run: BenchRun): number {
  return round((performance.now() - run.began) / 1000, 1);
}

/** Restarts of the supervised API and worker during the run (0 for a valid run). */
export function systemRestarts(system: RunningSystem): number {
  return (system.api?.restarts ?? 0) + (system.worker?.restarts ?? 0);
}

async function runBench<O>(spec: BenchSpec<O>): Promise<number> {
  let options: O;
  try {
    options = spec.readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${spec.usage}\n`);
    return 2;
  }
  const began = performance.now();
  const progress = consoleProgress();
  // The SDK must not take SIGINT for itself: the bench stops its worker and the system in order.
  if (spec.temporalRuntime) Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });

  const dataDir = mkdtempSync(join(tmpdir(), spec.tempPrefix));
  const recentLines: string[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  let system: RunningSystem | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      const running = system;
      if (running) await progress.step('stopping API, worker, Temporal and Postgres', () => running.stop());
      rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stdout.write(`\n… ${signal}: stopping\n`);
      void stop().finally(() => process.exit(130));
    });
  }

  const run: BenchRun = {
    dataDir,
    progress,
    began,
    onStop: (close) => closers.push(close),
    async startSystem({ note, onLog, ...options }) {
      const [pgPort, temporalPort, temporalUiPort, apiPort] = [
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
      ];
      progress.info(`data in ${dataDir}${note ? `; ${note}` : ''}`);
      system = await startSystem({
        ...options,
        dataDir,
        pgPort,
        temporalPort,
        temporalUiPort,
        apiPort,
        namespace: BENCH_NAMESPACE,
        taskQueue: BENCH_TASK_QUEUE,
        // A bundle of its own: never races `npm start` or another checkout over dist/.
        workflowBundlePath: join(dataDir, 'workflow-bundle.js'),
        temporalHeadless: true,
        progress,
        onLog: (source, line) => {
          onLog?.(source, line);
          recentLines.push(`[${source}] ${line}`);
          if (recentLines.length > RECENT_LINES) recentLines.shift();
        },
      });
      return system;
    },
  };

  try {
    const ok = await spec.run(options, run);
    await stop();
    return ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`\n✖ ${(error as Error).stack ?? String(error)}\n`);
    if (recentLines.length > 0)
      process.stderr.write(`last lines of the system:\n${recentLines.join('\n')}\n`);
    await stop();
    return 1;
  }
}

/** Runs a bench as the process's main and exits with its code. */
export function benchMain<O>(spec: BenchSpec<O>): void {
  void runBench(spec).then((code) => process.exit(code));
}
