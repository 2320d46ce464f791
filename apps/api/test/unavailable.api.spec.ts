import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { recordProcedureStep } from '@personnel/persistence';
import {
  createTestDatabase,
  procedureStepInput,
  temporalTestAddress,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { LOCAL_ISSUER, signHs256 } from '../src/auth/jwt';
import { CLOSED_PORT, signIn, startApp } from './api-harness';

const SECRET = 'z'.repeat(40);

describe('when a dependency is down the API answers 503 with what to do', () => {
  describe('Temporal unreachable', () => {
    let db: TestDatabase;
    let app: INestApplication;
    beforeAll(async () => {
      db = await createTestDatabase('api_no_temporal');
      app = await startApp(
        readApiConfig({
          DATABASE_URL: db.url,
          TEMPORAL_ADDRESS: `127.0.0.1:${CLOSED_PORT}`,
          LOG_LEVEL: 'silent',
        }),
      );
    });
    afterAll(async () => {
      await app?.close();
      await db?.drop();
    });

    it('refuses a task command, writes nothing, and says Temporal is the problem', async () => {
      await recordProcedureStep(db.dataSource, procedureStepInput({ workflowId: 'rotation/CB-1/1' }));
      // No unit: the whole organisation, so the scope check passes on a database without the unit tree.
      const token = await signIn({ app, db }, 'U-APP', ['approver'], null);
      const res = await request(app.getHttpServer())
        .post('/api/v1/tasks/rotation/CB-1/1/r1-org-office/decide')
        .set('authorization', `Bearer ${token}`)
        .send({ verdict: 'approve' });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: expect.stringMatching(/^Temporal is unreachable.*TEMPORAL_ADDRESS/),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await db.dataSource.query('SELECT step_key FROM workflow_step')).toEqual([
        { step_key: 'proposed' },
      ]);
    });

    it("answers a conference's live read with 503 naming Temporal, not a 404 for a conference not held", async () => {
      await recordProcedureStep(db.dataSource, procedureStepInput({ workflowId: 'appointment/P-1/1' }));
      const token = await signIn({ app, db }, 'U-READ', ['viewer'], null);
      const res = await request(app.getHttpServer())
        .get('/api/v1/appointments/P-1/1/conferences/1')
        .set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/^Temporal is unreachable/);
    });

    it('reports itself not ready', async () => {
      const res = await request(app.getHttpServer()).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ postgres: { ok: true }, temporal: { ok: false } });
    });
  });

  describe('Postgres unreachable', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startApp(
        readApiConfig({
          DATABASE_URL: `postgres://x:y@127.0.0.1:${CLOSED_PORT}/none`,
          TEMPORAL_ADDRESS: temporalTestAddress(),
          LOG_LEVEL: 'silent',
          JWT_SECRET: SECRET,
        }),
      );
    });
    afterAll(() => app?.close());
    // A well-signed token: the request gets as far as checking the account, which needs Postgres.
    const now = Math.floor(Date.now() / 1000);
    const auth = {
      authorization: `Bearer ${signHs256({ iss: LOCAL_ISSUER, sub: 'U-HR', iat: now, exp: now + 600 }, SECRET)}`,
    };

    it('answers reads with 503 naming Postgres', async () => {
      const res = await request(app.getHttpServer()).get('/api/v1/appointments').set(auth);
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/^Postgres is unreachable.*DATABASE_URL/);
    });

    it('does not start a workflow it could not number', async () => {
      const res = await request(app.getHttpServer())
        .post('/api/v1/appointments')
        .set(auth)
        .send({ candidateIds: ['CB-1'], postId: 'P-1', source: 'outside' });
      expect(res.status).toBe(503);
    });
  });
});
