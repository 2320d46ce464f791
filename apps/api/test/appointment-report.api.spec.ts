import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { readApiConfig } from '@personnel/config';
import type { Role } from '@personnel/contracts';
import { createTestDatabase, temporalTestAddress, type TestDatabase } from '@personnel/persistence/testing';
import { authHeaders, startApp } from './api-harness';

/**
 * GET /api/v1/reports/appointments on a small data set whose figures are worked out by hand below. No
 * worker: the report reads only Postgres (read models and registry).
 */
describe('appointment report over HTTP', () => {
  let app: INestApplication;
  let db: TestDatabase;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const as = (username: string, roles: Role[], unitCode: string | null) =>
    authHeaders({ app, db }, username, roles, unitCode);

  beforeAll(async () => {
    db = await createTestDatabase('report');
    app = await startApp(
      readApiConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporalTestAddress(), LOG_LEVEL: 'silent' }),
    );
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    for (const code of ['DH-QA', 'DH-QL'])
      await q(
        `INSERT INTO unit (code, name, level, parent_id, locality_code)
         SELECT $1, 'Xã ' || $1, 'commune', id, 'QN-' || $1 FROM unit WHERE code = 'DH'`,
        [code],
      );
    // Posts: two heads in Quảng An, one in Quảng Lâm, one post that is not a head; one head of the district.
    for (const [code, unit, head] of [
      ['QA-BT', 'DH-QA', true],
      ['QA-CT', 'DH-QA', true],
      ['QL-CT', 'DH-QL', true],
      ['QA-VP', 'DH-QA', false],
      ['DH-BT', 'DH', true],
    ] as const)
      await q(
        `INSERT INTO post (code, title, unit_id, level, is_head, standards)
         SELECT $1, $1, id, CASE WHEN $2 = 'DH' THEN 'district' ELSE 'commune' END, $3, '{}'::jsonb
         FROM unit WHERE code = $2`,
        [code, unit, head],
      );
    // Holders: C1 (from Quảng Lâm) heads in Quảng An → non-local; C2 (from Quảng An) heads there → local;
    // C3 (from Quảng An) heads in Quảng Lâm → non-local; C4 holds a post that is no head; C5 held QL-CT
    // before (ended: not counted); C6 heads the district (not a commune: not counted).
    const holders: [string, string, string, string | null][] = [
      ['C1', 'QN-DH-QL', 'QA-BT', null],
      ['C2', 'QN-DH-QA', 'QA-CT', null],
      ['C3', 'QN-DH-QA', 'QL-CT', null],
      ['C4', 'QN-DH-QL', 'QA-VP', null],
      ['C5', 'QN-DH-QL', 'QL-CT', '2024-12-31'],
      ['C6', 'QN-DH-QA', 'DH-BT', null],
    ];
    for (const [code, hometown, post, ended] of holders) {
      await q(
        `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
           education, political_theory, state_management, party_member, status)
         VALUES ($1, $1, lower($1), 'male', '1980-01-01', $2, 'Kinh', 'bachelor', 'intermediate', 'specialist',
           true, 'active')`,
        [code, hometown],
      );
      await q(
        `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date, to_date)
         SELECT c.id, 'appointment', p.unit_id, p.id, '2020-01-01', $3::date
         FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
        [code, post, ended],
      );
    }
    await q(
      `INSERT INTO public_holiday (date, name) VALUES ('2025-04-30', 'Giải phóng'), ('2025-05-01', 'Lao động')`,
    );
    // A Saturday worked in a swap (made up for the test: no swap fell in March 2025) counts as a working day.
    await q(
      `INSERT INTO public_holiday (date, name, kind) VALUES ('2025-03-08', 'Ngày làm bù', 'working_day')`,
    );
    // a1: appointed without exception, Mon 3 → Mon 10 March 2025, Sat 8 March worked: 6 working days.
    // a2: appointed with an exception, Mon 28 April → Mon 5 May 2025 over two holidays: 3 working days.
    // a3: in progress in Quảng Lâm (two open tasks, one overdue, one done); a4: rejected in Quảng Lâm.
    const appointment = (
      id: string,
      unit: string,
      state: string,
      proposedAt: string,
      signedAt: string | null,
      exception: boolean,
    ) =>
      q(
        `INSERT INTO procedure (id, kind, post_id, subject_cadre_ids, unit_code, legal_basis, proposed_by,
           proposed_at, state, stage, stage_entered_at, detail, updated_at, last_seq)
         VALUES ($1, 'appointment', split_part($1, '/', 2), ARRAY['C1'], $2, 'ND138-2020', 'U-HR', $3, $4, 'closed',
           now(), jsonb_build_object('source', 'local', 'round', 1, 'appointee', NULL, 'decision', $5::jsonb,
                                     'exceptionGranted', $6::boolean),
           now(), 1)`,
        [
          id,
          unit,
          proposedAt,
          state,
          signedAt
            ? JSON.stringify({
                number: '1/QĐ',
                signedAt,
                signerId: 'U-S',
                effectiveDate: signedAt.slice(0, 10),
                termLastDay: '2030-01-01',
              })
            : null,
          exception,
        ],
      );
    await appointment(
      'appointment/QA-BT/1',
      'DH-QA',
      'appointed',
      '2025-03-03T02:00:00Z',
      '2025-03-10T02:00:00Z',
      false,
    );
    await appointment(
      'appointment/QA-CT/1',
      'DH-QA',
      'appointed',
      '2025-04-28T02:00:00Z',
      '2025-05-05T02:00:00Z',
      true,
    );
    await appointment('appointment/QL-CT/1', 'DH-QL', 'in_progress', '2025-06-02T02:00:00Z', null, false);
    await appointment('appointment/QL-CT/2', 'DH-QL', 'rejected', '2025-06-02T02:00:00Z', null, false);
    for (const [key, status, due] of [
      ['r1-a', 'open', '2000-01-01T00:00:00Z'],
      ['r1-b', 'open', '2999-01-01T00:00:00Z'],
      ['r1-c', 'done', '2000-01-01T00:00:00Z'],
    ])
      await q(
        `INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, status, due_at, created_at,
           updated_at, last_seq)
         VALUES ('appointment/QL-CT/1', $1, 'sign_off', $1, ARRAY['U-A'], $2, $3, now(), now(), 1)`,
        [key, status, due],
      );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('counts the organisation for a leader without a unit scope', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/v1/reports/appointments')
      .set(await as('U-REP-LEAD', ['leader'], null));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      byState: [
        { state: 'appointed', count: 2 },
        { state: 'in_progress', count: 1 },
        { state: 'rejected', count: 1 },
      ],
      byUnit: [
        { unitCode: 'DH-QA', unitName: 'Xã DH-QA', state: 'appointed', count: 2 },
        { unitCode: 'DH-QL', unitName: 'Xã DH-QL', state: 'in_progress', count: 1 },
        { unitCode: 'DH-QL', unitName: 'Xã DH-QL', state: 'rejected', count: 1 },
      ],
      standardsMet: { met: 1, appointed: 2 },
      nonLocalHeads: { nonLocal: 2, heads: 3 },
      timeToDecisionDays: { count: 2, p50: 3, p90: 6 },
      overdueTasks: 1,
      openTasks: 2,
    });
  });

  it('limits the figures to the unit scope of the user', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/v1/reports/appointments')
      .set(await as('U-REP-QL', ['org_office'], 'DH-QL'));
    expect(res.body).toMatchObject({
      byState: [
        { state: 'in_progress', count: 1 },
        { state: 'rejected', count: 1 },
      ],
      standardsMet: { met: 0, appointed: 0 },
      nonLocalHeads: { nonLocal: 1, heads: 1 },
      timeToDecisionDays: { count: 0, p50: null, p90: null },
      overdueTasks: 1,
      openTasks: 2,
    });
  });

  it('is for leaders, the organisation office and admins only', async () => {
    for (const roles of [['viewer'], ['hr_officer'], ['approver']] as Role[][])
      expect(
        (
          await request(app.getHttpServer())
            .get('/api/v1/reports/appointments')
            .set(await as(`U-REP-${roles[0]}`, roles, null))
        ).status,
      ).toBe(403);
    expect(
      (
        await request(app.getHttpServer())
          .get('/api/v1/reports/appointments')
          .set(await as('U-REP-ADMIN', ['admin'], null))
      ).status,
    ).toBe(200);
  });
});
