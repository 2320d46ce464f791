import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { temporalTestAddress } from '@personnel/persistence/testing';
import { CLOSED_PORT, startApp } from './api-harness';

describe('registry API when Postgres is down', () => {
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

  it.each([
    ['get', '/api/v1/units'],
    ['get', '/api/v1/cadres/CB-1'],
    ['get', '/api/v1/cadres/export'],
    ['delete', '/api/v1/posts/P-1'],
  ] as const)('%s %s answers 503 naming Postgres, not a half-written answer', async (method, path) => {
    const res = await request(app.getHttpServer())[method](path);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.message).toMatch(/^Postgres is unreachable.*DATABASE_URL/);
  });

  it('refuses writes and imports the same way', async () => {
    const unit = await request(app.getHttpServer())
      .post('/api/v1/units')
      .send({ code: 'U1', name: 'x', level: 'commune', localityCode: 'X' });
    expect(unit.status).toBe(503);
    const csv = await request(app.getHttpServer())
      .post('/api/v1/cadres/import')
      .set('content-type', 'text/csv')
      .send(
        'code,fullName,gender,birthDate,hometownLocalityCode,ethnicity,education,politicalTheory,stateManagement,partyMember\n',
      );
    expect(csv.status).toBe(503);
    const eligibility = await request(app.getHttpServer())
      .post('/api/v1/eligibility')
      .send({ cadreId: 'CB-1', postId: 'P-1', kind: 'planning' });
    expect(eligibility.status).toBe(503);
  });
});
