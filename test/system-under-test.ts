import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, pipeLines, waitUntil, type RunningTemporal } from '@personnel/dev-runtime';
import { WORKFLOW_BUNDLE } from '@personnel/workflow-bundler';
import { freezePostgres, stopTemporalDevServer } from './dependency-outages';

const REPO_ROOT = resolve(__dirname, '..');

export interface LogEntry {
  source: string;
  line: string;
  json?: Record<string, unknown>;
}

export interface SystemUnderTest {
  apiUrl: string;
  /** The dev OpenID provider (`npm start -- --oidc`), when asked for. */
  oidcIssuer?: string;
  databaseUrl: string;
  temporalAddress: string;
  /** Where `npm start`'s mail catcher writes each notification mail (`.eml` and `.txt`). */
  mailDir: string;
  logs: LogEntry[];
  /** Pid of the worker process that most recently logged "worker running". */
  workerPid(): number | undefined;
  /** Pids of the worker processes alive now, each of which logged "worker running". */
  workerPids(): number[];
  /** Pid of the Temporal cluster's server process now (`--cluster` only; from its pid file). */
  temporalServerPid(): number;
  /** SIGSTOPs every process of the embedded Postgres; returns the thaw (SIGCONT). */
  freezePostgres(): () => void;
  /**
   * Stops the Temporal dev server; restart() starts one on the same port and SQLite file (history kept),
   * which stop() ends after the system has stopped.
   */
  stopTemporal(): Promise<{ restart(): Promise<void> }>;
  stop(): Promise<number | null>;
}

export interface SystemUnderTestOptions {
  /** `npm run cluster`: the real Temporal server on PostgreSQL instead of the dev server. */
  cluster?: boolean;
  /** Worker processes (WORKERS); the entry point's default when absent (1, or 2 for a cluster). */
  workers?: number;
  /** `npm start -- --oidc`: the dev OpenID provider beside the system, the API and panel pointed at it. */
  oidc?: boolean;
  /** More environment for the system (e.g. WEBHOOK_MAX_BACKOFF_MS). */
  env?: Record<string, string>;
}

/**
 * How long `npm start` may take before the test gives up: a cluster builds its schema on PostgreSQL and
 * starts the real server, its UI and two workers, which takes minutes on a loaded two-core CI machine.
 */
export const startBudgetMs = (options: SystemUnderTestOptions): number =>
  options.cluster ? 420_000 : 240_000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `npm start`'s own entry point (tools/start.js, with `--cluster` for `npm run cluster`) as a child
 * process, on free ports and a throw-away data dir: the system under test is exactly what a user starts.
 */
export async function startSystemUnderTest(options: SystemUnderTestOptions = {}): Promise<SystemUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'personnel-e2e-'));
  const ports = {
    api: await freePort(),
    pg: await freePort(),
    temporal: await freePort(),
    ui: await freePort(),
    oidc: await freePort(),
    mail: await freePort(),
  };
  const args = [
    join(REPO_ROOT, 'tools/start.js'),
    ...(options.cluster ? ['--cluster'] : []),
    ...(options.oidc ? ['--oidc'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(ports.api),
      PG_PORT: String(ports.pg),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(ports.ui),
      // npm start's own bundle (built when the workflows changed since): built once, not once per test file.
      WORKFLOW_BUNDLE_PATH: WORKFLOW_BUNDLE,
      LOG_FORMAT: 'json',
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      ...(options.workers ? { WORKERS: String(options.workers) } : {}),
      OIDC_DEV_PROVIDER_PORT: String(ports.oidc),
      MAIL_CATCHER_PORT: String(ports.mail),
      // The system's own catcher, whatever relay the caller's shell names.
      SMTP_URL: '',
      SMTP_URL_FILE: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogEntry[] = [];
  const output: string[] = [];
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  pipeLines(child, (line) => {
    output.push(line);
    if (!line.startsWith('{')) return;
    try {
      const json = JSON.parse(line) as Record<string, unknown>;
      logs.push({ source: String(json.service ?? json.name ?? 'unknown'), line, json });
    } catch {
      logs.push({ source: 'unknown', line });
    }
  });

  // A dev server the test restarted: not the system's child, so it is stopped after the system is.
  let restartedTemporal: RunningTemporal | undefined;
  const stop = async (): Promise<number | null> => {
    if (exitCode === undefined) {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGINT');
      exitCode = await exited;
    }
    await restartedTemporal?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    return exitCode ?? null;
  };

  try {
    await waitUntil(
      'npm start',
      () => {
        if (exitCode !== undefined) throw new Error(`tools/start.js exited with ${exitCode}`);
        return output.some((l) => l.includes('Personnel decisions is running'));
      },
      startBudgetMs(options),
      200,
    );
  } catch (error) {
    await stop();
    // What the start printed last says which stage hung or failed.
    throw new Error(`${(error as Error).message}\n${output.slice(-30).join('\n')}`);
  }
  const printed = (label: string) =>
    output
      .find((l) => l.trim().startsWith(label))
      ?.trim()
      .slice(label.length)
      .trim() ?? '';
  return {
    apiUrl: `http://127.0.0.1:${ports.api}`,
    ...(options.oidc ? { oidcIssuer: `http://127.0.0.1:${ports.oidc}` } : {}),
    databaseUrl: `postgres://personnel:personnel@127.0.0.1:${ports.pg}/personnel`,
    temporalAddress: printed('Temporal gRPC'),
    mailDir: join(dataDir, 'mail'),
    logs,
    workerPid: () =>
      logs
        .filter((l) => l.source === 'worker' && l.json?.msg === 'worker running')
        .map((l) => Number(l.json?.pid))
        .pop(),
    workerPids: () => [
      ...new Set(
        logs
          .filter((l) => l.source === 'worker' && l.json?.msg === 'worker running')
          .map((l) => Number(l.json?.pid))
          .filter(isAlive),
      ),
    ],
    temporalServerPid: () =>
      Number(readFileSync(join(dataDir, 'temporal-cluster', 'temporal-server.pid'), 'utf8').trim()),
    freezePostgres: () => freezePostgres(join(dataDir, 'pg')),
    stopTemporal: async () => {
      const stopped = await stopTemporalDevServer({
        dbFile: join(dataDir, 'temporal', 'dev.db'),
        port: ports.temporal,
        uiPort: ports.ui,
        namespace: 'default',
      });
      return {
        restart: async () => {
          restartedTemporal = await stopped.restart();
        },
      };
    },
    stop,
  };
}
