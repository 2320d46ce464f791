import { performance } from 'node:perf_hooks';
import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import {
  createTestDatabase,
  stallableRelay,
  temporalTestAddress,
  type StallableRelay,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { authHeaders, startApp } from './api-harness';

/**
 * A Postgres that stops answering mid-session (frozen, not refused): a read answers 503 naming the
 * database within its query timeout instead of hanging (DATABASE_QUERY_TIMEOUT_MS).
 */
describe('a stalled database', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let relay: StallableRelay;

  beforeAll(async () => {
    db = await createTestDatabase('api_stalled_db');
    relay = await stallableRelay(db.url);
    app = await startApp(
      readApiConfig({
        DATABASE_URL: relay.url,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
        JWT_SECRET: 's'.repeat(40),
        DATABASE_QUERY_TIMEOUT_MS: '1000',
      }),
    );
  });
  afterAll(async () => {
    relay?.freeze(false);
    await app?.close();
    await relay?.close();
    await db?.drop();
  });

  it('answers 503 naming Postgres within the query timeout, and works again once it answers', async () => {
    const http = () => request(app.getHttpServer());
    // Signed in (a local account made and its login answered 200) while Postgres still answers.
    const auth = await authHeaders({ app, db }, 'U-STALL', ['viewer'], null);
    expect((await http().get('/api/v1/units').set(auth)).status).toBe(200);

    relay.freeze(true);
    const began = performance.now();
    const stalled = await http().get('/api/v1/units').set(auth);
    const tookMs = performance.now() - began;
    expect(stalled.status).toBe(503);
    expect(stalled.body.message).toMatch(/Postgres/);
    expect(tookMs).toBeLessThan(5_000);

    relay.freeze(false);
    let again = 0;
    for (let i = 0; i < 20 && again !== 200; i++) {
      again = (await http().get('/api/v1/units').set(auth)).status;
      if (again !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(again).toBe(200);
  });
});
