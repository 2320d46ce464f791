import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/** The account Postgres runs as when we are root (Postgres refuses to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
}

export type RunCommand = (
  command: string,
  args: string[],
) => { status: number | null; stdout: string; stderr: string };

const runCommand: RunCommand = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.error ? result.error.message : (result.stderr ?? ''),
  };
};

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

function idOf(run: RunCommand, flag: '-u' | '-g'): number | undefined {
  const result = run('id', [flag, 'postgres']);
  const id = Number(result.stdout.trim());
  return result.status === 0 && result.stdout.trim() !== '' && Number.isInteger(id) ? id : undefined;
}

/** Debian/Fedora (shadow-utils) first, then Alpine (busybox). */
const CREATE_USER: [string, string[]][][] = [
  [
    ['groupadd', ['--system', '--force', 'postgres']],
    [
      'useradd',
      ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    ],
  ],
  [
    ['addgroup', ['-S', 'postgres']],
    ['adduser', ['-S', '-D', '-H', '-G', 'postgres', 'postgres']],
  ],
];

/**
 * Not root: undefined, Postgres runs as us. Root: the `postgres` user, created (as a system user without
 * a home) when there is none. When that cannot be done the error is one line saying what to do.
 */
export function postgresRunAs(run: RunCommand = runCommand, root = isRoot()): RunAs | undefined {
  if (!root) return undefined;
  const existing = lookup(run);
  if (existing) return existing;
  const failures: string[] = [];
  for (const steps of CREATE_USER) {
    const failed = steps
      .map(([command, args]) => ({ command, ...run(command, args) }))
      .find((r) => r.status !== 0);
    const created = lookup(run);
    if (created) return created;
    if (failed)
      failures.push(failed.stderr.trim().split('\n')[0] || `${failed.command}: exit ${failed.status}`);
  }
  throw new Error(
    'embedded Postgres cannot run as root and there is no `postgres` user to run it as, nor could one be ' +
      `created (${failures.join('; ')}): create one (useradd --system --user-group postgres), run as another user, ` +
      'or set DATABASE_URL to a Postgres of your own',
  );
}

function lookup(run: RunCommand): RunAs | undefined {
  const uid = idOf(run, '-u');
  const gid = idOf(run, '-g');
  return uid !== undefined && gid !== undefined ? { uid, gid } : undefined;
}

/** Runs `command` as `who` (undefined: as us); true when it ran and exited 0. */
export function succeedsAs(who: RunAs | undefined, command: string, args: string[]): boolean {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    ...(who ?? {}),
    cwd: '/',
    encoding: 'utf8',
    stdio: 'ignore',
  });
  return !result.error && result.status === 0;
}
