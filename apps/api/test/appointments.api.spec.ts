import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  MEMBERS,
  proposeAppointment,
  seedDirectory,
  seedNominee,
  seedRegistry,
} from './appointment-fixtures';

describe('appointments API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (
    username: string,
    roles: Role[],
    unitCode: string | null = 'DH',
    cadreId: string | null = null,
  ) => authHeaders(api, username, roles, unitCode, cadreId);
  const hr = () => auth('U-HR', ['hr_officer']);
  const propose = (over: Record<string, unknown> = {}) => proposeAppointment(api, over);

  beforeAll(async () => {
    api = await startApiWithWorker({ DOCUMENT_STORE: 'pg' });
    await seedRegistry(api);
    await seedDirectory(api);
    await seedNominee(api);
  }, 90_000);
  afterAll(() => api?.close());

  it('says at the start who holds the post, whose assignment the decision will end', async () => {
    const q = (sql: string) => api.db.dataSource.query(sql);
    await q(`UPDATE post SET single_holder = true WHERE code = 'QA-CT-5'`);
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       VALUES ('CB-HOLD', 'Lê Văn Giữ', 'le van giu', 'male', '1975-01-01', 'QN-DH-QA', 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, 'active')`,
    );
    await q(
      `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
       SELECT c.id, 'appointment', p.unit_id, p.id, '2021-01-04' FROM cadre c, post p
        WHERE c.code = 'CB-HOLD' AND p.code = 'QA-CT-5'`,
    );
    const held = await propose({ postId: 'QA-CT-5' });
    expect(held.status).toBe(201);
    expect(held.body.incumbent).toEqual({ cadreId: 'CB-HOLD', fullName: 'Lê Văn Giữ', since: '2021-01-04' });
  });

  describe('a started appointment', () => {
    let id: string;
    let path: string;

    beforeAll(async () => {
      const res = await propose({ postId: 'QA-CT-2' });
      expect(res.status).toBe(201);
      id = res.body.id;
      path = `${APPOINTMENTS}/QA-CT-2/${id.split('/')[2]}`;
    });

    it('answers the view, numbers the procedure per post, and shows it with its timeline', async () => {
      expect(id).toBe('appointment/QA-CT-2/1');
      const detail = await request(server())
        .get(path)
        .set(await hr());
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        id,
        postId: 'QA-CT-2',
        unitCode: 'DH-QA',
        proposedBy: 'U-HR',
        candidateIds: ['CB-A1'],
      });
      expect(detail.body.timeline[0]).toMatchObject({ actor: 'U-HR' });
    });

    it('refuses a second procedure for a head post being filled, naming the first (409)', async () => {
      await api.db.dataSource.query(`UPDATE post SET single_holder = true WHERE code = 'QA-CT-2'`);
      const second = await propose({ postId: 'QA-CT-2', candidateIds: ['CB-A2'] });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({
        code: 'post_being_filled',
        params: { postCode: 'QA-CT-2', workflowId: id },
        message: expect.stringContaining(`đang được bố trí theo quy trình ${id}`),
        reason: expect.stringContaining(`already being filled by ${id}`),
      });
    });

    it('answers 304 to If-None-Match with the current ETag', async () => {
      const first = await request(server())
        .get(path)
        .set(await hr());
      expect(first.headers.etag).toBeDefined();
      const again = await request(server())
        .get(path)
        .set(await hr())
        .set('if-none-match', first.headers.etag);
      expect([200, 304]).toContain(again.status); // the live status may have moved on
      const stable = await request(server())
        .get(path)
        .set(await hr());
      const third = await request(server())
        .get(path)
        .set(await hr())
        .set('if-none-match', stable.headers.etag);
      expect(third.status).toBe(304);
    });

    it('hides it from a user outside the unit scope (404), in the detail and the list', async () => {
      const outsider = await auth('U-VIEW-QL', ['viewer'], 'DH-QL');
      expect((await request(server()).get(path).set(outsider)).status).toBe(404);
      const list = await request(server()).get(APPOINTMENTS).set(outsider);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([]);
      const insider = await request(server())
        .get(APPOINTMENTS)
        .query({ unitCode: 'DH-QA' })
        .set(await auth('U-VIEW-QA', ['viewer'], 'DH-QA'));
      expect(insider.body.items.map((a: { id: string }) => a.id)).toContain(id);
    });

    it('ignores no forged actor: a body naming one is refused, and steps record the token’s user', async () => {
      const leader = await auth('U-LEADER', ['leader']);
      const forged = await request(server())
        .post(`${path}/exception`)
        .set(leader)
        .send({ reason: 'Cán bộ có năng lực nổi trội, đơn vị cần gấp.', actor: { userId: 'U-FORGED' } });
      expect(forged.status).toBe(400);
      expect(forged.body.details.map((d: { field: string }) => d.field)).toContain('actor');
      const granted = await request(server())
        .post(`${path}/exception`)
        .set(leader)
        .send({ reason: 'Cán bộ có năng lực nổi trội, đơn vị cần gấp, đã báo cáo.' });
      // Accepted, or refused by the workflow on its own terms (e.g. eligibility passed: no exception to grant).
      expect(granted.status === 200 || typeof granted.body.code === 'string').toBe(true);
      const detail = await request(server())
        .get(path)
        .set(await hr());
      const actors = detail.body.timeline.map((s: { actor: string }) => s.actor);
      expect(actors).not.toContain('U-FORGED');
      if (granted.status === 200) expect(actors).toContain('U-LEADER');
    });
  });

  describe('security matrix: every command × every role × in and out of unit scope', () => {
    const ROLE_LIST: Role[] = ['hr_officer', 'org_office', 'approver', 'leader', 'admin', 'viewer'];
    const TASK: Role[] = ['approver', 'leader', 'org_office'];
    const CONF: Role[] = ['hr_officer', 'org_office', 'approver', 'leader'];
    // `task`: the one task API, /api/v1/tasks/<workflow id>/<task key>/…; the others the appointment's own routes.
    const COMMANDS: { name: string; suffix: string; body: object; roles: Role[]; task?: true }[] = [
      {
        name: 'exception',
        suffix: '/exception',
        body: { reason: 'Lý do ngoại lệ đủ dài để ghi nhận.' },
        roles: ['leader'],
      },
      { name: 'claim', suffix: '/decision/claim', body: {}, roles: TASK, task: true },
      { name: 'unclaim', suffix: '/decision/unclaim', body: {}, roles: TASK, task: true },
      {
        name: 'delegate',
        suffix: '/decision/delegate',
        body: { toUserId: 'U-APP', validFrom: '2030-01-01', validUntil: '2030-01-02', reason: 'Đi công tác' },
        roles: TASK,
        task: true,
      },
      { name: 'decide', suffix: '/decision/decide', body: { verdict: 'approve' }, roles: TASK, task: true },
      { name: 'resubmit', suffix: '/resubmit', body: { comment: 'Bổ sung hồ sơ' }, roles: ['hr_officer'] },
      {
        name: 'decision',
        suffix: '/decision',
        body: { number: '1/QĐ', effectiveDate: '2030-01-01' },
        roles: ['leader', 'approver'],
      },
      { name: 'attendance', suffix: '/conferences/0/attendance', body: { present: ['U-M1'] }, roles: CONF },
      {
        name: 'tally',
        suffix: '/conferences/0/tally',
        body: { ballotsCast: 1, votes: [{ candidateId: 'CB-A1', votes: 1 }], sheetSha256: 'a'.repeat(64) },
        roles: CONF,
      },
      {
        name: 'head-decision',
        suffix: '/conferences/0/head-decision',
        body: { candidateId: 'CB-A1', approve: true },
        roles: CONF,
      },
      // Last: an accepted withdrawal ends the procedure.
      { name: 'withdraw', suffix: '/withdraw', body: { reason: 'Rút đề nghị' }, roles: ['hr_officer'] },
    ];
    const rows = COMMANDS.flatMap((c) =>
      ROLE_LIST.flatMap((role) =>
        [true, false].map((inScope) => {
          const allowed = role === 'admin' || c.roles.includes(role);
          const expected = !allowed ? 403 : inScope ? 'reaches the workflow' : 404;
          return [c.name, role, inScope ? 'in scope' : 'out of scope', expected, c, inScope] as const;
        }),
      ),
    );
    let path: string;

    beforeAll(async () => {
      const res = await propose({ postId: 'QA-CT-3' });
      expect(res.status).toBe(201);
      path = `${APPOINTMENTS}/QA-CT-3/1`;
    });

    it.each(rows)('%s as %s %s → %s', async (_name, role, _scope, expected, command, inScope) => {
      const headers = await auth(
        `U-SM-${role}-${inScope ? 'IN' : 'OUT'}`,
        [role],
        inScope ? 'DH-QA' : 'DH-QL',
      );
      const url = command.task
        ? `/api/v1/tasks/appointment/QA-CT-3/1${command.suffix}`
        : `${path}${command.suffix}`;
      const res = await request(server()).post(url).set(headers).send(command.body);
      if (expected === 'reaches the workflow') {
        // Accepted, or refused by the workflow itself (its refusals carry a code).
        expect(res.status === 200 || typeof res.body.code === 'string').toBe(true);
      } else {
        expect(res.status).toBe(expected);
        expect(res.body.code).toBeUndefined();
      }
    });
  });

  it('lists the user directory by role, to any signed-in user', async () => {
    const res = await request(server())
      .get('/api/v1/users')
      .query({ role: 'approver' })
      .set(await auth('U-DIR-VIEW', ['viewer']));
    expect(res.status).toBe(200);
    const names = res.body.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining([...MEMBERS, 'U-APP']));
    expect(names).not.toContain('U-NOMINEE');
    const nominee = await request(server())
      .get('/api/v1/users')
      .query({ q: 'U-NOMINEE' })
      .set(await auth('U-DIR-VIEW', ['viewer']));
    expect(nominee.body).toEqual([expect.objectContaining({ username: 'U-NOMINEE', cadreId: 'CB-A1' })]);
    const bad = await request(server())
      .get('/api/v1/users')
      .query({ role: 'king' })
      .set(await hr());
    expect(bad.status).toBe(400);
  });

  it('serves the inbox with an ETag and 304 while nothing changes', async () => {
    const headers = await auth('U-APP', ['approver']);
    const first = await request(server()).get('/api/v1/tasks').query({ scope: 'all' }).set(headers);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
    expect(first.body.etag).toBeUndefined();
    const again = await request(server())
      .get('/api/v1/tasks')
      .query({ scope: 'all' })
      .set(headers)
      .set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
    const bad = await request(server()).get('/api/v1/tasks').query({ scope: 'everyone' }).set(headers);
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('scope');
  });

  it('puts the linked cadre into the signed-in user', async () => {
    const me = await request(server())
      .get('/api/v1/auth/me')
      .set(await auth('U-LINKED', ['viewer'], 'DH', 'CB-A2'));
    expect(me.body).toMatchObject({ username: 'U-LINKED', cadreId: 'CB-A2' });
  });
});
