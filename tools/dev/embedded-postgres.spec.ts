import { chmodSync, cpSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { bundledPostgres } from './postgres-placement';
import { isRoot, postgresRunAs, type RunCommand } from './postgres-user';
import { freePort } from './ports';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A clone in a folder only its owner may enter (mode 700, like /root or `mktemp -d`), binaries and data
 * inside it. As root, Postgres runs as the `postgres` user, which cannot enter that folder: the start
 * must place both where it can. As another user, Postgres runs as that user, who owns the folder: both
 * must stay where they are. Either way it must answer, and find its data again on the next start.
 */
describe('embedded Postgres started from a folder only its owner may enter', () => {
  let closed: string;
  let stateRoot: string;
  let running: RunningPostgres | undefined;

  beforeAll(() => {
    closed = mkdtempSync(join(tmpdir(), 'personnel-closed-'));
    chmodSync(closed, 0o700);
    // Stands in for /var/tmp: a dir every user may enter, removed afterwards.
    stateRoot = mkdtempSync(join(tmpdir(), 'personnel-state-'));
    chmodSync(stateRoot, 0o755);
    cpSync(bundledPostgres().dir, join(closed, 'clone/node_modules/native'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  });

  afterAll(async () => {
    await running?.stop();
    rmSync(closed, { recursive: true, force: true });
    rmSync(stateRoot, { recursive: true, force: true });
  });

  it('starts, answers select 1, and keeps its data across restarts', async () => {
    const options = {
      dataDir: join(closed, 'clone/.data/pg'),
      binaries: { dir: join(closed, 'clone/node_modules/native'), version: 'closed-folder-check' },
      stateRoot,
      port: await freePort(),
      database: 'closed_folder',
    };
    running = await startEmbeddedPostgres(options);
    expect(await query(running.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    await query(running.url, 'create table kept (n int); insert into kept values (16)');
    await running.stop();

    running = await startEmbeddedPostgres(options);
    expect(await query(running.url, 'select n from kept')).toEqual([{ n: 16 }]);
    if (isRoot()) {
      expect(running.binDir).toBe(join(stateRoot, 'personnel-embedded-postgres/bin-closed-folder-check'));
      expect(running.dataDir.startsWith(join(stateRoot, 'personnel-embedded-postgres/data-'))).toBe(true);
      // The asked-for place points to the data, for people looking for it.
      expect(lstatSync(options.dataDir).isSymbolicLink()).toBe(true);
    } else {
      expect(running.binDir).toBe(options.binaries.dir);
      expect(running.dataDir).toBe(options.dataDir);
    }
  });
});

describe('the postgres user, as root', () => {
  const failing: RunCommand = (command) => ({
    status: 1,
    stdout: '',
    stderr: `${command}: permission denied\n`,
  });

  it('is not needed when not root', () => {
    expect(postgresRunAs(failing, false)).toBeUndefined();
  });

  it('is found when it exists', () => {
    const existing: RunCommand = (_command, args) => ({
      status: 0,
      stdout: args[0] === '-u' ? '101\n' : '104\n',
      stderr: '',
    });
    expect(postgresRunAs(existing, true)).toEqual({ uid: 101, gid: 104 });
  });

  it('is created when missing', () => {
    const made: string[] = [];
    const system: RunCommand = (command) => {
      if (command !== 'id') {
        made.push(command);
        return { status: 0, stdout: '', stderr: '' };
      }
      if (!made.includes('useradd')) return { status: 1, stdout: '', stderr: 'no such user' };
      return { status: 0, stdout: '990\n', stderr: '' };
    };
    expect(postgresRunAs(system, true)).toEqual({ uid: 990, gid: 990 });
    expect(made).toEqual(['groupadd', 'useradd']);
  });

  it('when missing and impossible to create, is explained in one line saying what to do', () => {
    let message = '';
    try {
      postgresRunAs(failing, true);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toContain('there is no `postgres` user');
    expect(message).toContain('groupadd: permission denied');
    expect(message).toContain('set DATABASE_URL');
  });
});
