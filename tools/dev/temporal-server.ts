import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@personnel/contracts';
import { findTemporalCli, TEMPORAL_CLI_HELP, type TemporalCli } from './temporal-cli';
import { pipeLines, stopChild } from './child-process';
import { stopLeftover } from './stale-process';
import { waitUntil } from './wait';

/**
 * Settings that suit a single-machine dev server, used by `npm start`, the tests and the benchmark alike.
 * - One partition per task queue: with one worker per queue, the default four partitions make some tasks
 *   wait for a forwarded poll, noise on every round trip.
 * - The dev server has one history shard, so the per-shard limit of transfer-queue reads (default 20/s)
 *   limits the whole server: once its burst is spent every workflow task waits ~30 ms for dispatch.
 * - SQLite in WAL mode with synchronous=normal: durable across process crashes (not power loss), and
 *   about twice the write throughput of the default rollback journal under concurrent procedures.
 */
export const DEV_SERVER_DEFAULTS = {
  dynamicConfig: {
    'matching.numTaskqueueReadPartitions': 1,
    'matching.numTaskqueueWritePartitions': 1,
    'history.transferProcessorMaxPollRPS': 1000,
  } as Record<string, string | number | boolean>,
  sqlitePragmas: { journal_mode: 'wal', synchronous: 'normal' } as Record<string, string>,
};

export interface DevServerOptions {
  dbFile: string;
  ip?: string;
  port: number;
  uiPort: number;
  namespace: string;
  /** `--dynamic-config-value KEY=VALUE` settings; DEV_SERVER_DEFAULTS.dynamicConfig when absent. */
  dynamicConfig?: Record<string, string | number | boolean>;
  /** `--sqlite-pragma NAME=VALUE` settings; DEV_SERVER_DEFAULTS.sqlitePragmas when absent. */
  sqlitePragmas?: Record<string, string>;
  headless?: boolean;
  onLog?: (line: string) => void;
  log?: (message: string) => void;
}

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  /** How the dev server was found; undefined for a Temporal cluster (tools/dev/temporal-cluster). */
  cli?: TemporalCli | 'sdk-download';
  stop(): Promise<void>;
}

export function devServerArgs(options: DevServerOptions): string[] {
  const args = [
    'server',
    'start-dev',
    '--ip',
    options.ip ?? '127.0.0.1',
    '--port',
    String(options.port),
    '--db-filename',
    options.dbFile,
    '--namespace',
    options.namespace,
    '--log-level',
    'warn',
    '--log-format',
    'json',
  ];
  if (options.headless) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  for (const { name, type } of SEARCH_ATTRIBUTE_REGISTRATIONS)
    args.push('--search-attribute', `${name}=${type}`);
  for (const [key, value] of Object.entries(options.dynamicConfig ?? DEV_SERVER_DEFAULTS.dynamicConfig)) {
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  }
  for (const [name, value] of Object.entries(options.sqlitePragmas ?? DEV_SERVER_DEFAULTS.sqlitePragmas)) {
    args.push('--sqlite-pragma', `${name}=${value}`);
  }
  return args;
}

/** Resolves once the frontend answers its gRPC health check. */
export async function waitForTemporal(address: string, timeoutMs: number): Promise<void> {
  await waitUntil(
    `Temporal at ${address}`,
    async () => {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        const response = await connection.withDeadline(Date.now() + 2_000, () =>
          connection.healthService.check({}),
        );
        return response.status === 1; // SERVING
      } finally {
        await connection.close();
      }
    },
    timeoutMs,
    500,
  );
}

/** Starts `temporal server start-dev` with a persistent SQLite file; state survives restarts. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  const log = options.log ?? (() => undefined);
  const cli = await findTemporalCli({ log });
  mkdirSync(dirname(options.dbFile), { recursive: true });
  const address = `${options.ip ?? '127.0.0.1'}:${options.port}`;
  if (!cli) return startWithSdkDownload(options, address, log);

  const pidFile = `${options.dbFile}.pid`;
  await stopLeftover(pidFile, options.dbFile, 'SIGTERM', log);
  const child = spawn(cli.path, devServerArgs(options), { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) writeFileSync(pidFile, `${child.pid}\n`);
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  pipeLines(child, options.onLog);
  try {
    await waitUntil(
      `Temporal dev server (${cli.path})`,
      async () => {
        if (exited)
          throw new Error(
            `the dev server ${exited}; is port ${options.port} or ${options.uiPort} already in use?`,
          );
        await waitForTemporal(address, 2_500);
        return true;
      },
      60_000,
      300,
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address,
    uiUrl: options.headless ? undefined : `http://${options.ip ?? '127.0.0.1'}:${options.uiPort}`,
    cli,
    stop: () => stopChild(child, 15_000),
  };
}

/** Last resort on machines with internet: the SDK downloads and runs the CLI itself. */
async function startWithSdkDownload(
  options: DevServerOptions,
  address: string,
  log: (m: string) => void,
): Promise<RunningTemporal> {
  log('no local Temporal CLI; trying the SDK download (needs internet)');
  try {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'cached-download' },
        ip: options.ip ?? '127.0.0.1',
        port: options.port,
        ui: !options.headless,
        uiPort: options.uiPort,
        dbFilename: options.dbFile,
        namespace: options.namespace,
        extraArgs: SEARCH_ATTRIBUTE_REGISTRATIONS.flatMap(({ name, type }) => [
          '--search-attribute',
          `${name}=${type}`,
        ]),
      },
    });
    return {
      address,
      uiUrl: `http://${options.ip ?? '127.0.0.1'}:${options.uiPort}`,
      cli: 'sdk-download',
      stop: () => env.teardown(),
    };
  } catch (error) {
    throw new Error(
      `${TEMPORAL_CLI_HELP} (SDK download failed too: ${(error as Error).message.split('\n')[0]})`,
    );
  }
}
