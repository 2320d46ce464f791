import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { addLocalUsers, signIn, startApp } from './api-harness';

describe('authentication and roles over HTTP', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase('api_auth');
    app = await startApp(
      readApiConfig({
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
        JWT_SECRET: 'k'.repeat(40),
      }),
    );
    await addLocalUsers(
      { db },
      [{ username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' }],
      'đúng-mật-khẩu',
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('signs in with the right password and tells who the token belongs to', async () => {
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ username: 'U-HR-01', password: 'đúng-mật-khẩu' });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 28800,
      user: { username: 'U-HR-01', roles: ['hr_officer'], unitCode: 'DH' },
    });
    const me = await http().get('/api/v1/auth/me').set('authorization', `Bearer ${login.body.accessToken}`);
    expect(me.body).toEqual({
      username: 'U-HR-01',
      fullName: 'Nguyễn Thị Hoa',
      roles: ['hr_officer'],
      unitCode: 'DH',
    });
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await http().post('/api/v1/auth/login').send({ username: 'U-HR-01', password: 'sai' });
    const unknown = await http().post('/api/v1/auth/login').send({ username: 'U-NOBODY', password: 'sai' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.message).toBe('Wrong username or password');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('throttles an account after 10 failed sign-ins in 15 minutes: 429 with Retry-After, even for the right password', async () => {
    await addLocalUsers(
      { db },
      [{ username: 'U-GUESSED', fullName: 'Trần Văn Bảo', roles: ['viewer'], unitCode: 'DH' }],
      'mật-khẩu-đúng',
    );
    const attempt = (password: string) =>
      http().post('/api/v1/auth/login').send({ username: 'U-GUESSED', password });
    for (let i = 0; i < 10; i++) expect((await attempt(`đoán-${i}`)).status).toBe(401);
    const throttled = await attempt('mật-khẩu-đúng');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(throttled.body.message).toMatch(/try again in \d+ s/);
    // Another account from the same address is not held back by this one.
    expect(
      (await http().post('/api/v1/auth/login').send({ username: 'U-HR-01', password: 'đúng-mật-khẩu' }))
        .status,
    ).toBe(200);
  });

  it('refuses commands and reads without a token, saying how to sign in', async () => {
    for (const res of [
      await http().get('/api/v1/appointments'),
      await http().post('/api/v1/appointments').send({}),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/POST \/api\/v1\/auth\/login/);
    }
  });

  it('refuses a forged or tampered token', async () => {
    const token = await signIn({ app, db }, 'U-VIEW', ['viewer']);
    const [h, p, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const elevated = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'U-HR-01' })).toString('base64url')}.${sig}`;
    const res = await http().get('/api/v1/appointments').set('authorization', `Bearer ${elevated}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/bad token signature/);
  });

  it('lets a role do only what it is for (403 naming the role needed)', async () => {
    const viewer = await signIn({ app, db }, 'U-VIEW', ['viewer']);
    const res = await http()
      .post('/api/v1/appointments')
      .set('authorization', `Bearer ${viewer}`)
      .send({ candidateIds: ['CB-1'], postId: 'P-1', source: 'outside' });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('This needs the role hr_officer; you have viewer');
    const audit = await http()
      .get('/api/v1/audit/verify')
      .query({ workflowId: 'appointment/P-1/1' })
      .set('authorization', `Bearer ${viewer}`);
    expect(audit.status).toBe(403);
  });

  it('stops the tokens of a deactivated account at once', async () => {
    const token = await signIn({ app, db }, 'U-LEAVING', ['approver']);
    expect((await http().get('/api/v1/appointments').set('authorization', `Bearer ${token}`)).status).toBe(
      200,
    );
    await db.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'U-LEAVING'`);
    const res = await http().get('/api/v1/appointments').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/no longer active/);
  });

  it('keeps health and the API docs public', async () => {
    expect((await http().get('/api/docs-json')).status).toBe(200);
    expect([200, 503]).toContain((await http().get('/api/health')).status);
  });
});

describe('malformed request bodies', () => {
  let db: TestDatabase;
  let app: INestApplication;
  beforeAll(async () => {
    db = await createTestDatabase('api_bodies');
    app = await startApp(
      readApiConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalTestAddress(), LOG_LEVEL: 'silent' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers 400 for broken JSON and 413 for an oversized body, not 500', async () => {
    const broken = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"username":');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({
      code: 'body_not_json',
      message: 'Nội dung yêu cầu không phải JSON hợp lệ.',
      reason: 'The request body is not valid JSON',
    });
    const huge = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: 'U', password: 'x'.repeat(1_200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({
      code: 'body_too_large',
      params: { limitKb: expect.any(Number) },
      message: expect.stringMatching(/^Nội dung yêu cầu quá lớn \(tối đa \d+ kB\)\.$/),
      reason: expect.stringMatching(/^The request body is too large \(limit \d+ kB\)$/),
    });
    const hugeInEnglish = await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('accept-language', 'en')
      .send({ username: 'U', password: 'x'.repeat(1_200_000) });
    expect(hugeInEnglish.body.message).toMatch(/^The request body is too large \(limit \d+ kB\)\.$/);
  });
});
