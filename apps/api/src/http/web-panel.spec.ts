import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { serveWebPanel } from './web-panel';

@Controller('api/v1/ping')
class PingController {
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('the web panel served by the API', () => {
  let dir: string;
  let app: INestApplication;

  const start = async (panelDir: string) => {
    app = await NestFactory.create<NestExpressApplication>(PingModule, { logger: false });
    serveWebPanel(app as NestExpressApplication, panelDir);
    await app.init();
    return request(app.getHttpServer());
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'web-panel-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>panel</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  });

  afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html for the panel routes, with a CSP, and its hashed assets for a year', async () => {
    const http = await start(dir);
    for (const path of ['/', '/appointments/QA-CT-UBND/1', '/cadres/CB-0001']) {
      const page = await http.get(path).set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<title>panel</title>');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await http.get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('leaves /api to the API: routes answer, unknown API paths stay a JSON 404', async () => {
    const http = await start(dir);
    expect((await http.get('/api/v1/ping').set('accept', 'text/html')).body).toEqual({ pong: true });
    const missing = await http.get('/api/v1/nothing-here').set('accept', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
  });

  it('does not answer other methods or non-HTML requests with the page', async () => {
    const http = await start(dir);
    expect((await http.post('/appointments').set('accept', 'text/html')).status).toBe(404);
    expect((await http.get('/appointments').set('accept', 'application/json')).status).toBe(404);
  });

  it('says how to build the panel when it is not built', async () => {
    const http = await start(join(dir, 'missing'));
    const page = await http.get('/').set('accept', 'text/html');
    expect(page.status).toBe(404);
    expect(page.text).toContain('npx nx build web');
  });
});
