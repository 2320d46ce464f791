import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { readApiConfig } from '@personnel/config';
import { userWorkflowId, type Role } from '@personnel/contracts';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { authHeaders, startApp } from './api-harness';
import { expectFieldProblems } from './coded-problems';

/**
 * An administrator sets a user's mail address: normalised, journalled once per change, refused by
 * field in the request's language, 403 for anyone else, 404 for no such account; the user sees it.
 */
describe('GET /api/v1/users/addresses, PUT /api/v1/users/{username}/email (real Postgres)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const as = (username: string, roles: Role[] = ['approver']) =>
    authHeaders({ app, db }, username, roles, 'DH');
  const admin = () => as('U-ADM-1', ['admin']);
  const put = async (username: string, body: unknown, headers: Record<string, string>) =>
    http()
      .put(`/api/v1/users/${encodeURIComponent(username)}/email`)
      .set(headers)
      .send(body as object);
  const journal = async (username: string) =>
    (await db.dataSource.query(
      'SELECT kind, actor, payload FROM workflow_step WHERE workflow_id = $1 ORDER BY id',
      [userWorkflowId(username)],
    )) as { kind: string; actor: string; payload: unknown }[];

  beforeAll(async () => {
    db = await createTestDatabase('api_user_addresses');
    app = await startApp(
      readApiConfig({
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: temporalTestAddress(),
        LOG_LEVEL: 'silent',
        JWT_SECRET: 'k'.repeat(40),
      }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lets an administrator set an address (domain lower-cased), which the user then sees as theirs', async () => {
    const mine = await as('U-ADDR-1');
    const r = await put('U-ADDR-1', { email: '  Nguyen.Van.A@SoNoiVu.GOV.VN ' }, await admin());
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      username: 'U-ADDR-1',
      fullName: 'Test U-ADDR-1',
      unitCode: 'DH',
      email: 'Nguyen.Van.A@sonoivu.gov.vn',
      changedAt: expect.any(String),
      changedBy: 'U-ADM-1',
    });
    expect(await journal('U-ADDR-1')).toEqual([
      { kind: 'email_set', actor: 'U-ADM-1', payload: { from: null, to: 'Nguyen.Van.A@sonoivu.gov.vn' } },
    ]);
    expect((await http().get('/api/v1/me/notifications').set(mine)).body).toEqual({
      mailEnabled: true,
      email: 'Nguyen.Van.A@sonoivu.gov.vn',
    });
    // The change is a step of the user's own hash-chained journal, checked as every procedure's is.
    const verified = await http()
      .get('/api/v1/audit/verify')
      .query({ workflowId: 'user/U-ADDR-1' })
      .set(await admin());
    expect(verified.body).toEqual({ workflowId: 'user/U-ADDR-1', rows: 1, ok: true });
    const listed = await http()
      .get('/api/v1/users/addresses')
      .query({ q: 'U-ADDR-1' })
      .set(await admin());
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([r.body]);
  });

  it('changes nothing, and journals nothing, when the address is already that one; null removes it', async () => {
    await as('U-ADDR-2');
    const headers = await admin();
    await put('U-ADDR-2', { email: 'b@damha.vn' }, headers);
    const again = await put('U-ADDR-2', { email: 'b@DAMHA.vn' }, headers);
    expect(again.status).toBe(200);
    expect(again.body.email).toBe('b@damha.vn');
    expect(await journal('U-ADDR-2')).toHaveLength(1);
    const cleared = await put('U-ADDR-2', { email: null }, headers);
    expect(cleared.status).toBe(200);
    expect(cleared.body.email).toBeNull();
    expect((await journal('U-ADDR-2')).map((s) => s.kind)).toEqual(['email_set', 'email_cleared']);
    const missing = await http().get('/api/v1/users/addresses').query({ missing: 'true' }).set(headers);
    expect(missing.body.map((u: { username: string }) => u.username)).toContain('U-ADDR-2');
  });

  it('refuses anyone but an administrator (403), and the user themselves too, changing nothing', async () => {
    const mine = await as('U-ADDR-3');
    for (const headers of [mine, await as('U-ORG-1', ['org_office']), await as('U-HR-1', ['hr_officer'])]) {
      expect((await put('U-ADDR-3', { email: 'c@damha.vn' }, headers)).status).toBe(403);
      expect((await http().get('/api/v1/users/addresses').set(headers)).status).toBe(403);
    }
    expect((await http().get('/api/v1/me/notifications').set(mine)).body.email).toBeNull();
    expect(await journal('U-ADDR-3')).toEqual([]);
    expect((await http().put('/api/v1/users/U-ADDR-3/email').send({ email: 'c@damha.vn' })).status).toBe(401);
  });

  it('refuses what is not an address naming the field email, in Vietnamese unless English is asked for', async () => {
    await as('U-ADDR-4');
    const headers = await admin();
    for (const email of ['not-an-address', 'a@localhost', `${'a'.repeat(250)}@damha.vn`, 42, '', undefined]) {
      const vi = await put('U-ADDR-4', { email }, headers);
      expect(vi.status).toBe(400);
      expect(vi.body.details.map((d: { field: string }) => d.field)).toEqual(['email']);
      expect(vi.body.message).toBe('Dữ liệu chưa hợp lệ ở trường: email.');
    }
    const en = await put('U-ADDR-4', { email: 'not-an-address' }, { ...headers, 'accept-language': 'en' });
    expectFieldProblems(en, [
      {
        field: 'email',
        problem: 'email must be an e-mail address such as name@sonoivu.gov.vn',
        reason: 'email must be an e-mail address such as name@sonoivu.gov.vn',
        code: 'not_email',
        params: { max: 254, localMax: 64 },
      },
    ]);
    expect(en.body.message).toBe('Invalid fields: email.');
    // In Vietnamese by default, the limits named.
    expect((await put('U-ADDR-4', { email: 'not-an-address' }, headers)).body.details[0].problem).toBe(
      'Trường email phải là một địa chỉ thư điện tử, ví dụ ten@sonoivu.gov.vn (tối đa 254 ký tự, 64 ký tự trước @).',
    );
    const long = await put('U-ADDR-4', { email: `${'a'.repeat(65)}@damha.vn` }, headers);
    expect(long.body.details[0].reason).toMatch(/at most 254 characters, 64 before the @/);
    expect(await journal('U-ADDR-4')).toEqual([]);
  });

  it('answers 404 for an account that does not exist', async () => {
    const r = await put('U-NOBODY', { email: 'x@damha.vn' }, await admin());
    expect(r.status).toBe(404);
    expect(r.body.message).toMatch(/U-NOBODY/);
    expect(await journal('U-NOBODY')).toEqual([]);
  });
});
