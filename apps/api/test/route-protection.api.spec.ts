import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { startApp } from './api-harness';

/** The only routes that answer without a token. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/health/live',
  'GET /api/ready',
  'GET /api/metrics',
  'POST /api/v1/auth/login',
  // How to sign in, and the OpenID provider's back-channel logout (a signed logout token is its proof).
  'GET /api/v1/auth/config',
  'POST /api/v1/auth/oidc/backchannel-logout',
]);

describe('every route but the public ones needs a signed-in user', () => {
  let db: TestDatabase;
  let app: INestApplication;
  beforeAll(async () => {
    db = await createTestDatabase('api_routes');
    app = await startApp(
      readApiConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalTestAddress(), LOG_LEVEL: 'silent' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers 401 on every documented route without a token', async () => {
    const document = (await request(app.getHttpServer()).get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThan(30);
    const open: string[] = [];
    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const url = path.replace(/\{[^}]+\}/g, 'X-1');
      const res = await request(app.getHttpServer())[method.toLowerCase() as 'get'](url).send({});
      if (res.status !== 401) open.push(`${key} → ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  it('documents every answer: 401 unless public, 503 everywhere, each error with the ApiError body', async () => {
    const document = (await request(app.getHttpServer()).get('/api/docs-json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.components.schemas.ApiError).toBeDefined();
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const statuses = Object.keys(operation.responses);
        const expected = [PUBLIC_ROUTES.has(key) ? [] : ['401'], '503'].flat();
        if (['POST', 'PATCH', 'PUT'].includes(method.toUpperCase())) expected.push('400', '413');
        if (path.includes('{')) expected.push('404');
        for (const status of expected) if (!statuses.includes(status)) missing.push(`${key} ${status}`);
        if (!statuses.some((s) => s.startsWith('2'))) missing.push(`${key} 2xx`);
        for (const status of statuses.filter((s) => Number(s) >= 400))
          if (!operation.responses[status].content) missing.push(`${key} ${status} without a body`);
      }
    }
    expect(missing).toEqual([]);
  });
});
