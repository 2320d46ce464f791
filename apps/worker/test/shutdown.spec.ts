import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';

const REPO_ROOT = resolve(__dirname, '../../..');

describe('worker process shutdown', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('worker_shutdown');
  });
  afterAll(() => db.drop());

  it('drains once and exits 0 on SIGTERM, even when the signal comes twice', async () => {
    const child = spawn(
      process.execPath,
      ['-r', resolve(REPO_ROOT, 'tools/register.js'), resolve(REPO_ROOT, 'apps/worker/src/main.ts')],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          TEMPORAL_ADDRESS: temporalTestAddress(),
          TEMPORAL_TASK_QUEUE: 'shutdown-test',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

    for (let i = 0; i < 600 && !output.includes('"worker running"'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('"worker running"');
    child.kill('SIGTERM');
    child.kill('SIGTERM');

    expect(await exited).toBe(0);
    expect(output.match(/worker drained and stopped/g)).toHaveLength(1);
    expect(output).not.toMatch(/"level":(50|60)/);
  }, 90_000);

  it('refuses a bad configuration at boot, naming the variable, with exit code 2', async () => {
    const child = spawn(
      process.execPath,
      ['-r', resolve(REPO_ROOT, 'tools/register.js'), resolve(REPO_ROOT, 'apps/worker/src/main.ts')],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, TEMPORAL_ADDRESS: 'nowhere', DATABASE_URL: 'mysql://x' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/TEMPORAL_ADDRESS="nowhere" must be host:port/);
    expect(stderr).toMatch(/DATABASE_URL must be a URL like postgres:/);
  }, 30_000);
});
