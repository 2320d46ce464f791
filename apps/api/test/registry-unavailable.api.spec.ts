import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { temporalTestAddress } from '@personnel/persistence/testing';
import { LOCAL_ISSUER, signHs256 } from '../src/auth/jwt';
import { CLOSED_PORT, startApp } from './api-harness';

const SECRET = 'registry-unavailable-test-secret-0123456789';

describe('registry API when Postgres is down', () => {
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

  it.each([
    ['get', '/api/v1/units'],
    ['get', '/api/v1/cadres/CB-1'],
    ['get', '/api/v1/cadres/export'],
    ['delete', '/api/v1/posts/P-1'],
  ] as const)('%s %s answers 503 naming Postgres, not a half-written answer', async (method, path) => {
    const res = await request(app.getHttpServer())[method](path).set(auth);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.message).toMatch(/^Postgres is unreachable.*DATABASE_URL/);
  });

  it('refuses writes and imports the same way', async () => {
    const unit = await request(app.getHttpServer())
      .post('/api/v1/units')
      .set(auth)
      .send({ code: 'U1', name: 'x', level: 'commune', localityCode: 'X' });
    expect(unit.status).toBe(503);
    const csv = await request(app.getHttpServer())
      .post('/api/v1/cadres/import')
      .set(auth)
      .set('content-type', 'text/csv')
      .send(
        'code,fullName,gender,birthDate,hometownLocalityCode,ethnicity,education,politicalTheory,stateManagement,partyMember\n',
      );
    expect(csv.status).toBe(503);
    const eligibility = await request(app.getHttpServer())
      .post('/api/v1/eligibility')
      .set(auth)
      .send({ cadreId: 'CB-1', postId: 'P-1', kind: 'planning' });
    expect(eligibility.status).toBe(503);
  });
});
