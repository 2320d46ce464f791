import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import request from 'supertest';
import type { Role, RotationPage } from '@personnel/contracts';
import { readApiConfig } from '@personnel/config';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { createApp } from '../src/create-app';
import {
  authHeaders,
  CLOSED_PORT,
  signIn,
  startApiWithWorker,
  startApp,
  type ApiUnderTest,
} from './api-harness';
import { waitUntil } from './appointment-fixtures';
import {
  holdConsultation,
  ROTATIONS,
  rotationBody,
  rotationPath,
  seedRotationDirectory,
  seedRotationRegistry,
} from './rotation-fixtures';

/** The value of one series of the exposition text, or undefined when the scrape has no such line. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find(
      (l) => l.startsWith(`${name}{`) && wanted.every((pair) => l.slice(0, l.indexOf('}')).includes(pair)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('API metrics and probes (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const scrape = async (): Promise<string> => {
    const res = await request(server()).get('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    return res.text;
  };

  beforeAll(async () => {
    api = await startApiWithWorker();
    // Cadres of this suite's own (rotation ids name the cadre; the Temporal server is shared).
    await seedRotationRegistry(api, { 'RB-PCT': 'CB-OBS1', 'RA-CT': 'CB-OBS2' }, { 'CB-OBS2': 'QN-DH-RA' });
    await seedRotationDirectory(api);
  }, 90_000);
  afterAll(() => api?.close());

  it('times each request under its route template and status, never the raw path', async () => {
    await request(server()).get('/api/v1/rotations/CB-SECRET/7').expect(401);
    await request(server()).get('/api/v1/no-such-route/CB-SECRET').expect(404);
    const text = await scrape();
    const route = { method: 'GET', route: '/api/v1/rotations/:cadreId/:n', status_code: '401' };
    expect(sample(text, 'personnel_http_request_duration_seconds_count', route)).toBe(1);
    expect(sample(text, 'personnel_http_request_duration_seconds_bucket', { ...route, le: '+Inf' })).toBe(1);
    expect(
      sample(text, 'personnel_http_request_duration_seconds_count', {
        route: 'unmatched',
        status_code: '404',
      }),
    ).toBe(1);
    expect(text).not.toContain('CB-SECRET');
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts a start by kind, shows its open sign-off by kind and unit, and counts the decision by outcome', async () => {
    const started = await request(server())
      .post(ROTATIONS)
      .set(await auth('U-RHR', ['hr_officer']))
      .send(rotationBody({ cadreId: 'CB-OBS1', replaceHolder: true }));
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    expect(sample(await scrape(), 'personnel_procedure_starts_total', { kind: 'rotation' })).toBe(1);

    const page = async () =>
      (
        await request(server())
          .get(rotationPath(id))
          .set(await auth('U-RHR', ['hr_officer']))
      ).body as RotationPage;
    await waitUntil('consultation', async () => (await page()).stage === 'consultation');
    await holdConsultation(api, id);
    await waitUntil('sign-off', async () => (await page()).stage === 'sign_off');
    const [{ unit_code: unit }] = await api.db.dataSource.query(
      'SELECT unit_code FROM procedure WHERE id = $1',
      [id],
    );
    // The sign-off is open, not yet due; the consultation's task closed, so its series is gone.
    const atSignOff = await scrape();
    expect(sample(atSignOff, 'personnel_open_tasks', { kind: 'sign_off', unit })).toBe(1);
    expect(sample(atSignOff, 'personnel_overdue_tasks', { kind: 'sign_off', unit })).toBe(0);
    expect(sample(atSignOff, 'personnel_open_tasks', { kind: 'conference', unit })).toBeUndefined();
    expect(atSignOff).toMatch(/^personnel_task_counts_up 1$/m);
    expect(sample(atSignOff, 'personnel_task_decisions_total', { outcome: 'approve' })).toBeUndefined();

    const decided = await request(server())
      .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
      .set(await auth('U-RAPP', ['approver']))
      .send({ verdict: 'approve' });
    expect(decided.status).toBe(200);
    const after = await scrape();
    expect(
      sample(after, 'personnel_task_decisions_total', { procedure_kind: 'rotation', outcome: 'approve' }),
    ).toBe(1);
    expect(
      sample(after, 'personnel_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/v1/tasks/*workflowId/:taskKey/decide',
        status_code: '200',
      }),
    ).toBe(1);

    // A refused decision (the task is no longer open) is not counted.
    const again = await request(server())
      .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
      .set(await auth('U-RAPP', ['approver']))
      .send({ verdict: 'approve' });
    expect(again.status).toBe(409);
    expect(
      sample(await scrape(), 'personnel_task_decisions_total', {
        procedure_kind: 'rotation',
        outcome: 'approve',
      }),
    ).toBe(1);
  }, 120_000);

  it('documents the probes and the scrape in OpenAPI: the scrape as text/plain, readiness with its 503', async () => {
    const { paths } = (await request(server()).get('/api/docs-json')).body as {
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    expect(Object.keys(paths['/api/metrics'].get.responses['200'].content ?? {})).toEqual(['text/plain']);
    expect(Object.keys(paths['/api/ready'].get.responses)).toEqual(expect.arrayContaining(['200', '503']));
    expect(paths['/api/health/live'].get.responses['200'].content?.['application/json']).toBeDefined();
  });

  it('is live, and ready with both dependencies up, at /api/health/live, /api/ready and /api/health', async () => {
    expect((await request(server()).get('/api/health/live')).body).toEqual({ status: 'ok' });
    for (const path of ['/api/ready', '/api/health']) {
      const res = await request(server()).get(path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', postgres: { ok: true }, temporal: { ok: true } });
    }
  });
});

describe('with Postgres down', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startApp(
      readApiConfig({
        DATABASE_URL: `postgres://x:y@127.0.0.1:${CLOSED_PORT}/none`,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
      }),
    );
  });
  afterAll(() => app?.close());

  it('stays live, is not ready (503 naming Postgres), and still answers a scrape saying the counts are missing', async () => {
    expect((await request(app.getHttpServer()).get('/api/health/live')).status).toBe(200);
    for (const path of ['/api/ready', '/api/health']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        statusCode: 503,
        message: 'Not ready: postgres down; commands would answer 503',
        postgres: { ok: false, detail: expect.any(String) },
        temporal: { ok: true },
      });
    }
    const metrics = await request(app.getHttpServer()).get('/api/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^personnel_task_counts_up 0$/m);
    expect(metrics.text).not.toMatch(/^personnel_open_tasks\{/m);
  });
});

describe('request ids in the logs', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('api_request_ids');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          raw.push(line);
          lines.push(JSON.parse(line));
        }
        done();
      },
    });
    const config = readApiConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporalTestAddress(),
      LOG_LEVEL: 'info',
    });
    app = await createApp(config, pino({ level: 'info', base: { service: 'api' } }, sink));
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const failedSignIn = (requestId?: string) => {
    const req = request(app.getHttpServer()).post('/api/v1/auth/login');
    if (requestId !== undefined) req.set('X-Request-Id', requestId);
    return req.send({ username: 'U-NOBODY', password: 'wrong-password' });
  };
  const linesOf = (reqId: string) => lines.filter((l) => l.reqId === reqId);

  it("keeps a caller's plain X-Request-Id, echoes it, and puts it on every line of the request", async () => {
    const res = await failedSignIn('edge-7f3a.1');
    expect(res.status).toBe(401);
    expect(res.headers['x-request-id']).toBe('edge-7f3a.1');
    const mine = linesOf('edge-7f3a.1');
    // The controller's own warning (through the shared logger) and pino-http's request line.
    expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['sign-in failed', 'request completed']));
    expect(lines.filter((l) => l.msg === 'sign-in failed').every((l) => typeof l.reqId === 'string')).toBe(
      true,
    );
    // Once per line: the request line's id is not written twice (bindings and object).
    expect(raw.filter((l) => l.includes('edge-7f3a.1')).every((l) => l.split('"reqId"').length === 2)).toBe(
      true,
    );
  });

  it('adds the workflow id to the lines of a request on one procedure, its request line too', async () => {
    const token = await signIn({ app, db }, 'U-LOG-APP', ['approver'], null);
    const res = await request(app.getHttpServer())
      .post('/api/v1/tasks/rotation/CB-LOG/1/r1-org-office/decide')
      .set('authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'decide-1')
      .send({ verdict: 'approve' });
    expect(res.status).toBe(404);
    const requestLine = linesOf('decide-1').find((l) => l.msg === 'request completed');
    expect(requestLine).toMatchObject({ reqId: 'decide-1', workflowId: 'rotation/CB-LOG/1' });
    expect(raw.filter((l) => l.includes('decide-1')).every((l) => l.split('"workflowId"').length === 2)).toBe(
      true,
    );
    // A request on no procedure names none.
    expect(linesOf('edge-7f3a.1').some((l) => 'workflowId' in l)).toBe(false);
  });

  it('makes up an id when there is none or it is not plain, and never logs the unsafe one', async () => {
    const none = await failedSignIn();
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(none.headers['x-request-id']).map((l) => l.msg)).toContain('sign-in failed');

    const unsafe = `x"}{"level":60 ${'a'.repeat(200)}`;
    const forged = await failedSignIn(unsafe);
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(forged.headers['x-request-id'])).not.toHaveLength(0);
    expect(JSON.stringify(lines)).not.toContain('"level":60 aaa');
  });
});
