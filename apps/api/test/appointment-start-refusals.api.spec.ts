import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { addLocalUsers, authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  MEMBERS,
  proposeAppointment,
  seedDirectory,
  seedNominee,
  seedRegistry,
} from './appointment-fixtures';
import { expectFieldProblems } from './coded-problems';

/** The start form refused: every bad field named (400), coded and in the user's language; a post out of scope 403. */
describe('appointment start refusals over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], unitCode: string | null = 'DH') =>
    authHeaders(api, username, roles, unitCode);
  const hr = () => auth('U-HR', ['hr_officer']);
  const propose = (over: Record<string, unknown> = {}) => proposeAppointment(api, over);

  beforeAll(async () => {
    api = await startApiWithWorker({ DOCUMENT_STORE: 'pg' });
    await seedRegistry(api);
    await seedDirectory(api);
    await seedNominee(api);
    // Users of the communes (they see and act in their own commune only), and CB-A2 serving in Quảng Lâm.
    await addLocalUsers(
      api,
      [
        ['U-QL-SEC', 'DH-QL'],
        ['U-QA-M1', 'DH-QA'],
      ].map(([username, unitCode]) => ({
        username,
        fullName: `Member ${username}`,
        roles: ['approver'],
        unitCode,
      })),
    );
    await api.db.dataSource.query(
      `INSERT INTO post (code, title, unit_id, level, standards)
       SELECT 'QL-VP', 'Văn phòng UBND xã Quảng Lâm', id, 'commune', '{}' FROM unit WHERE code = 'DH-QL'`,
    );
    await api.db.dataSource.query(
      `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
       SELECT c.id, 'appointment', p.unit_id, p.id, '2022-01-03' FROM cadre c, post p
        WHERE c.code = 'CB-A2' AND p.code = 'QL-VP'`,
    );
  }, 90_000);
  afterAll(() => api?.close());

  describe('start: 400 naming the field', () => {
    it.each([
      [{ postId: undefined }, 'postId'],
      [{ postId: 'NO-SUCH-POST' }, 'postId'],
      [{ postId: 'QA-OLD' }, 'postId'],
      [{ candidateIds: [] }, 'candidateIds'],
      [{ candidateIds: ['CB-A1', 'CB-A2', 'CB-A1'] }, 'candidateIds'],
      [{ candidateIds: ['CB-NONE'] }, 'candidateIds[0]'],
      [{ candidateIds: ['CB-A1', 'CB-OLD'] }, 'candidateIds[1]'],
      [{ source: 'outside', candidateIds: ['CB-A1', 'CB-A2'] }, 'candidateIds'],
      [{ source: 'outside' }, 'homeUnitConference'],
      [{ expandedConference: undefined }, 'expandedConference'],
      [
        { collective: { summonedIds: ['U-M1', 'U-NOBODY'], secretaryId: 'U-M1', headId: 'U-M1' } },
        'collective.summonedIds[1]',
      ],
      [{ signerId: 'U-NOBODY' }, 'signerId'],
      [
        {
          signOff: [
            { key: 'a', label: 'A', assigneeIds: ['U-APP'] },
            { key: 'a', label: 'B', assigneeIds: ['U-APP'] },
          ],
        },
        'signOff[1].key',
      ],
      [{ signOff: [{ key: 'Bad Key', label: 'A', assigneeIds: ['U-APP'] }] }, 'signOff[0].key'],
      [{ timing: { workingDayMs: 1000 } }, 'timing'],
      [{ proposedBy: 'U-FORGED' }, 'proposedBy'],
      [{ documentIds: ['00000000-0000-4000-8000-000000000000'] }, 'documentIds[0]'],
      [{ legalBasis: 'QD-NONE' }, 'legalBasis'],
      // A Quảng Lâm secretary could never open a Quảng An conference.
      [
        { collective: { summonedIds: [...MEMBERS, 'U-QL-SEC'], secretaryId: 'U-QL-SEC', headId: 'U-M1' } },
        'collective.secretaryId',
      ],
      [
        { signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-QL-SEC'] }] },
        'signOff[0].assigneeIds[0]',
      ],
    ])('%j → %s', async (over, field) => {
      const res = await propose(over);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('separation of duties: the proposer and a user who is a candidate may not sit, sign off or sign', async () => {
      const res = await propose({
        collective: { summonedIds: ['U-M1', 'U-HR'], secretaryId: 'U-M1', headId: 'U-M1' },
        signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-NOMINEE'] }],
        signerId: 'U-NOMINEE',
      });
      expect(res.status).toBe(400);
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(
        expect.arrayContaining(['collective.summonedIds[1]', 'signOff[0].assigneeIds[0]', 'signerId']),
      );
      expect(res.body.reason).toMatch(/proposer/);
      expect(res.body.reason).toMatch(/candidate CB-A1/);
    });

    it('refuses a post outside the proposer’s unit scope with 403', async () => {
      const res = await request(server())
        .post(APPOINTMENTS)
        .set(await auth('U-HR-QL', ['hr_officer'], 'DH-QL'))
        .send(appointmentBody());
      expect(res.status).toBe(403);
    });
  });

  it('holds an outside candidate’s consultation in the candidate’s own unit: a body of another commune is refused', async () => {
    const res = await propose({
      source: 'outside',
      candidateIds: ['CB-A2'],
      expandedConference: undefined,
      keyCadreConference: undefined,
      homeUnitConference: { summonedIds: ['U-QA-M1', 'U-M1'], secretaryId: 'U-QA-M1', headId: 'U-M1' },
    });
    expect(res.status).toBe(400);
    const problems = res.body.details as { field: string; problem: string; reason: string }[];
    expect(problems.map((d) => d.field).sort()).toEqual([
      'homeUnitConference.secretaryId',
      'homeUnitConference.summonedIds[0]',
    ]);
    // Coded, written in Vietnamese (no Accept-Language), the server's English kept as the reason.
    expect(problems[0]).toMatchObject({
      code: 'user_out_of_reach',
      params: { user: 'U-QA-M1', userUnit: 'DH-QA', unit: 'DH-QL' },
      problem: 'U-QA-M1 thuộc đơn vị DH-QA, không xem và xử lý được hồ sơ của đơn vị DH-QL.',
      reason: 'names U-QA-M1 of unit DH-QA, who can neither see nor act in unit DH-QL',
    });
  });

  it('answers a start naming an unknown post with its code and params, in English when asked', async () => {
    const res = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .set('accept-language', 'en')
      .send(appointmentBody({ postId: 'QA-NOWHERE' }));
    expectFieldProblems(res, [
      {
        field: 'postId',
        code: 'unknown_post',
        params: { post: 'QA-NOWHERE' },
        problem: 'names no post of the registry (QA-NOWHERE)',
        reason: 'names no post of the registry (QA-NOWHERE)',
      },
    ]);
    const vi = await propose({ postId: 'QA-NOWHERE' });
    expect(vi.body.details[0]).toMatchObject({
      code: 'unknown_post',
      problem: 'Không có chức danh QA-NOWHERE trong danh mục.',
    });
  });
});
