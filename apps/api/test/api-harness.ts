import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { AuthenticatedUser, Role } from '@personnel/contracts';
import { UserStore } from '@personnel/persistence';
import { createLogger, readApiConfig, type ApiConfig } from '@personnel/config';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { createApp } from '../src/create-app';

const REPO_ROOT = resolve(__dirname, '../../..');

export interface ApiUnderTest {
  app: INestApplication;
  db: TestDatabase;
  /** The task queue its worker polls (a suite may start a workflow of its own on it); none without a worker. */
  taskQueue?: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Accept `timing` in POST /appointments (APPOINTMENT_TIMING_OVERRIDES=true), so a suite can run a term
   * in seconds. Off unless a suite asks: the API then refuses `timing` as it does in production.
   */
  timingOverrides?: boolean;
}

/**
 * The API in process, wired to a fresh database and the shared dev server, with the real worker running
 * as its own process on a task queue of its own.
 */
export async function startApiWithWorker(
  env: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<ApiUnderTest> {
  const db = await createTestDatabase('api');
  const taskQueue = `api-test-${randomUUID()}`;
  const config = readApiConfig({
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: temporalTestAddress(),
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'warn',
    ...(options.timingOverrides ? { APPOINTMENT_TIMING_OVERRIDES: 'true' } : {}),
    ...env,
  });
  const worker = await startWorkerProcess({
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: temporalTestAddress(),
    TEMPORAL_TASK_QUEUE: taskQueue,
    ...Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('DOCUMENT_'))),
  });
  const app = await startApp(config);
  return {
    app,
    db,
    taskQueue,
    close: async () => {
      await app.close();
      await stopProcess(worker);
      await db.drop();
    },
  };
}

/** apps/worker/src/main.ts as a child process; resolves once it polls its task queue. */
async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', resolve(REPO_ROOT, 'tools/register.js'), resolve(REPO_ROOT, 'apps/worker/src/main.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolveReady, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`worker not running after 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.DEBUG_WORKER) process.stderr.write(chunk);
      if (output.includes('"worker running"')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${output}`));
    });
  });
  child.stdout?.resume();
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
}

export async function startApp(config: ApiConfig): Promise<INestApplication> {
  const app = await createApp(config, createLogger('api-test', config.logLevel));
  await app.init();
  return app;
}

const tokens = new Map<string, string>();

/** Creates (once) a local account with these roles in the test database and signs it in over HTTP. */
export async function signIn(
  api: { app: INestApplication; db: TestDatabase },
  username: string,
  roles: Role[],
  unitCode: string | null = 'DH',
  cadreId: string | null = null,
): Promise<string> {
  const key = `${api.db.url}|${username}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  await addLocalUsers(
    api,
    [{ username, fullName: `Test ${username}`, roles, unitCode, cadreId }],
    'test-password',
  );
  const response = await request(api.app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ username, password: 'test-password' });
  if (response.status !== 200)
    throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  tokens.set(key, response.body.accessToken);
  return response.body.accessToken as string;
}

/** The Authorization header of `username` signed in with these roles (see signIn: the account made once). */
export async function authHeaders(
  api: { app: INestApplication; db: TestDatabase },
  username: string,
  roles: Role[],
  unitCode: string | null = 'DH',
  cadreId: string | null = null,
): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await signIn(api, username, roles, unitCode, cadreId)}` };
}

/**
 * Local accounts in the test database, with one password: the directory a procedure's bodies, sign-offs
 * and signer name. None is signed in; signIn makes (and signs in) its own.
 */
export async function addLocalUsers(
  api: { db: TestDatabase },
  users: readonly AuthenticatedUser[],
  password = 'x',
): Promise<void> {
  const store = new UserStore(api.db.dataSource);
  for (const user of users) await store.upsertLocalUser(user, password);
}

/** A TCP port nothing listens on. */
export const CLOSED_PORT = 1;
