import request from 'supertest';
import type { PlanCandidateCheck, PlanView, Role } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { holdPlanConference, planBody, PLANS, seedPlanDirectory, seedPlanRegistry } from './plan-fixtures';

const BOARD = `${PLANS}/PD/2025-2030`;
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('plans API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles, 'PD');
  const hr = () => auth('U-PHR', ['hr_officer']);
  const post = async (path: string, body: Record<string, unknown>, as = hr()) =>
    request(server())
      .post(path)
      .set(await as)
      .send(body);
  const board = async (): Promise<PlanView> =>
    (
      await request(server())
        .get(BOARD)
        .set(await hr())
    ).body;
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  const poolOf = (view: PlanView, postCode: string) => view.posts.find((p) => p.postCode === postCode);

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedPlanRegistry(
      api,
      {
        'PA-PCT': 'CB-P1',
        'PB-PCT': 'CB-P2',
        'PB-PBT': 'CB-P3',
        'PA-PBT': 'CB-P4',
        'PB-CT': 'CB-P5',
      },
      {
        'CB-P2': ['PA-CT'],
        'CB-P3': ['PA-CT'],
        'CB-P6': ['PA-BT', 'PB-BT', 'PB-CT'],
        'CB-P7': [],
      },
    );
    await seedPlanDirectory(api);
    // CB-P7 is being proposed for appointment to PA-PBT (an appointment in progress, as its read model says).
    await q(
      `INSERT INTO procedure (id, kind, subject_cadre_ids, unit_code, post_id, state, stage, stage_entered_at,
                              proposed_by, proposed_at, updated_at, last_seq)
       VALUES ('appointment/PA-PBT/1', 'appointment', '{CB-P7}', 'PA', 'PA-PBT', 'in_progress', 'sign_off', now(),
               'U-PHR', now(), now(), 0)`,
    );
  }, 90_000);
  afterAll(() => api?.close());

  describe('open: 400 naming each bad field, nothing started', () => {
    it.each([
      [{ term: '2025-2031' }, 'term'],
      [{ term: '2025' }, 'term'],
      [{ unitCode: 'NO-UNIT' }, 'unitCode'],
      [
        { keyCadre: { summonedIds: ['U-PM1'], secretaryId: 'U-NOBODY', headId: 'U-PM1' } },
        'keyCadre.secretaryId',
      ],
      [{ signerId: 'U-PHR' }, 'signerId'],
      [{ timing: { workingDayMs: 1000 } }, 'timing'],
      [{ legalBasis: 'QD-NONE' }, 'legalBasis'],
    ])('%j → %s', async (over, field) => {
      const res = await post(PLANS, planBody(over));
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('is HR’s: an approver is refused', async () => {
      expect((await post(PLANS, planBody(), auth('U-PM1', ['approver']))).status).toBe(403);
    });
  });

  it('opens the board from the published plan of the term, every post of the scope with names', async () => {
    const res = await post(PLANS, planBody());
    expect(res.status).toBe(201);
    const view = res.body as PlanView;
    expect(view).toMatchObject({
      id: 'plan/PD/2025-2030',
      unitName: 'Huyện Đầm Hà',
      state: 'in_progress',
      stage: 'drafting',
    });
    expect(view.posts.map((p) => p.postCode)).toEqual([
      'PA-BT',
      'PA-CT',
      'PA-PBT',
      'PA-PCT',
      'PB-BT',
      'PB-CT',
      'PB-PBT',
      'PB-PCT',
      'PD-CT',
    ]);
    expect(poolOf(view, 'PA-CT')).toMatchObject({
      postTitle: 'Chủ tịch UBND Xã Quảng An',
      unitName: 'Xã Quảng An',
      rankGroup: 'chair',
      count: 2,
      max: 3,
      candidates: [
        expect.objectContaining({ cadreId: 'CB-P2', cadreName: 'Lê Thị CB-P2', status: 'published' }),
        expect.objectContaining({ cadreId: 'CB-P3', status: 'published' }),
      ],
    });
    expect(view.structure.map((c) => c.rule)).toEqual([
      'planning_young_share',
      'planning_women_share',
      'planning_age_bands',
    ]);
    expect(view.tasks.find((t) => t.taskKey === 'compose-1')).toMatchObject({
      kind: 'revision',
      status: 'open',
    });
    expect((await post(PLANS, planBody())).status).toBe(409);
  });

  describe('the limits, each at its edge, checked live and on adding', () => {
    it('admits a third candidate for a post and refuses a fourth with the rule and its citation', async () => {
      const check = await post(`${BOARD}/candidates/check`, { postCode: 'PA-CT', cadreId: 'CB-P1' });
      expect(check.status).toBe(200);
      expect((check.body as PlanCandidateCheck).admissible).toBe(true);
      const added = await post(`${BOARD}/candidates`, {
        postCode: 'PA-CT',
        cadreId: 'CB-P1',
        reason: 'Trẻ, có năng lực',
      });
      expect(added.status).toBe(200);
      expect(poolOf(added.body, 'PA-CT')?.count).toBe(3);

      const fourth = await post(`${BOARD}/candidates/check`, { postCode: 'PA-CT', cadreId: 'CB-P4' });
      const failed = (fourth.body as PlanCandidateCheck).checks.filter((c) => !c.passed);
      expect(fourth.body.admissible).toBe(false);
      expect(failed).toEqual([
        expect.objectContaining({ rule: 'candidates_per_post', citation: 'QĐ 377-QĐ/TW 2025' }),
      ]);
      const refused = await post(`${BOARD}/candidates`, { postCode: 'PA-CT', cadreId: 'CB-P4' });
      expect(refused.status).toBe(422);
      // Written in the user's language (vi by default), the failed rules as params, the English kept.
      expect(refused.body).toMatchObject({
        code: 'ineligible',
        params: { rules: ['candidates_per_post'] },
        message: 'Chưa đủ tiêu chuẩn, điều kiện theo quy định.',
        reason: expect.stringMatching(/candidates_per_post.*QĐ 377/),
      });
      expect(poolOf(await board(), 'PA-CT')?.count).toBe(3);
    });

    it('counts at most 3 planned posts at one level: a fourth commune post is refused, a district one is not', async () => {
      const commune = await post(`${BOARD}/candidates`, { postCode: 'PA-PBT', cadreId: 'CB-P6' });
      expect(commune.status).toBe(422);
      expect(commune.body.reason).toMatch(/planned_posts_limit/);
      const district = await post(`${BOARD}/candidates`, { postCode: 'PD-CT', cadreId: 'CB-P6' });
      expect(district.status).toBe(200);
    });

    it('plans only a higher post, and nobody while proposed for appointment to the post', async () => {
      const lower = await post(`${BOARD}/candidates`, { postCode: 'PA-PBT', cadreId: 'CB-P5' });
      expect(lower.status).toBe(422);
      expect(lower.body.reason).toMatch(/planned_post_higher.*not higher than PB-CT/);
      const appointing = await post(`${BOARD}/candidates`, { postCode: 'PA-PBT', cadreId: 'CB-P7' });
      expect(appointing.status).toBe(422);
      expect(appointing.body.reason).toMatch(/not_in_appointment.*appointment\/PA-PBT\/1/);
    });

    it('names the field of a bad command, and a post outside the plan', async () => {
      const short = await post(`${BOARD}/candidates/remove`, {
        postCode: 'PA-CT',
        cadreId: 'CB-P3',
        reason: 'ngắn',
      });
      expect(short.status).toBe(400);
      expect(short.body.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
      const outside = await post(`${BOARD}/candidates/check`, { postCode: 'NO-POST', cadreId: 'CB-P1' });
      expect(outside.status).toBe(404);
    });
  });

  it('votes, approves and publishes the plan: the registry’s entries say who approved, and eligibility reads them', async () => {
    const removed = await post(`${BOARD}/candidates/remove`, {
      postCode: 'PA-CT',
      cadreId: 'CB-P3',
      reason: 'Chuyển công tác khỏi huyện',
    });
    expect(removed.status).toBe(200);
    expect((await post(`${BOARD}/submit`, {})).status).toBe(200);
    await holdPlanConference(api, BOARD, 1, { 'CB-P1': 6, 'CB-P6': 6 });
    await holdPlanConference(api, BOARD, 2, { 'CB-P1': 5, 'CB-P6': 4 });
    const signer = auth('U-PBT', ['approver']);
    for (let i = 0; i < 100 && (await board()).stage !== 'approval'; i++)
      await new Promise((r) => setTimeout(r, 100));
    const noNumber = await post(`${BOARD}/decide`, { choice: 'approve', effectiveDate: today() }, signer);
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.details.map((d: { field: string }) => d.field)).toEqual(['number']);
    const approved = await post(
      `${BOARD}/decide`,
      { choice: 'approve', number: '15-QĐ/HU', effectiveDate: today() },
      signer,
    );
    expect(approved.status).toBe(200);
    for (let i = 0; i < 100 && (await board()).state !== 'in_force'; i++)
      await new Promise((r) => setTimeout(r, 100));
    const published = await board();
    expect(published).toMatchObject({ state: 'in_force', stage: 'published' });
    expect(published.approvals).toEqual([expect.objectContaining({ number: '15-QĐ/HU', signerId: 'U-PBT' })]);

    const entries = await q(
      `SELECT c.code AS cadre, p.code AS post, to_char(e.from_date, 'YYYY-MM-DD') AS "from",
              to_char(e.to_date, 'YYYY-MM-DD') AS "to", e.plan_id, e.approved_by, e.decision_ref, e.removed_reason
       FROM planning_entry e JOIN cadre c ON c.id = e.cadre_id JOIN post p ON p.id = e.post_id
       WHERE e.plan_id IS NOT NULL ORDER BY c.code, p.code`,
    );
    const planned = { plan_id: 'plan/PD/2025-2030', approved_by: 'U-PBT', decision_ref: '15-QĐ/HU' };
    expect(entries).toEqual([
      { cadre: 'CB-P1', post: 'PA-CT', from: today(), to: null, removed_reason: null, ...planned },
      {
        cadre: 'CB-P3',
        post: 'PA-CT',
        from: '2025-03-01',
        to: today(),
        removed_reason: 'Chuyển công tác khỏi huyện',
        ...planned,
      },
      { cadre: 'CB-P6', post: 'PD-CT', from: today(), to: null, removed_reason: null, ...planned },
    ]);

    const eligibility = async (cadreId: string) =>
      (
        await post('/api/v1/eligibility', { cadreId, postId: 'PA-CT', kind: 'appointment', asOf: today() })
      ).body.checks.find((c: { rule: string }) => c.rule === 'in_planning');
    expect(await eligibility('CB-P1')).toMatchObject({ passed: true });
    expect(await eligibility('CB-P3')).toMatchObject({ passed: false });
    // The published plan changes only by its yearly review: no more adds now, no withdrawal.
    expect((await post(`${BOARD}/candidates`, { postCode: 'PB-BT', cadreId: 'CB-P2' })).status).toBe(409);
    expect((await post(`${BOARD}/withdraw`, { reason: 'Không còn cần thiết nữa' })).status).toBe(409);
  });

  describe('a registry import keeps the same checks and says who approved', () => {
    const APPROVAL = { approvedBy: 'Ban Thường vụ Huyện ủy Hải Hà', decisionRef: '07-QĐ/HU' };
    const importEntry = async (cadre: string, body: Record<string, unknown>) =>
      request(server())
        .post(`/api/v1/cadres/${cadre}/planning-entries`)
        .set(await auth('U-PADMIN', ['admin']))
        .send(body);

    beforeAll(async () => {
      // A district outside the plan of PD, whose chair already has three candidates.
      await q(
        `INSERT INTO unit (code, name, level, locality_code) VALUES ('PX', 'Huyện Hải Hà', 'district', 'QN-PX')`,
      );
      await q(
        `INSERT INTO post (code, title, unit_id, level, rank_group, is_head, standards)
         SELECT 'PX-CT', 'Chủ tịch UBND huyện Hải Hà', id, 'district', 'chair', true, '{"minEducation":"bachelor","minPoliticalTheory":"intermediate","minStateManagement":"specialist","requiredCourseCodes":[],"partyMember":true}'
         FROM unit WHERE code = 'PX'`,
      );
      for (const cadre of ['CB-P2', 'CB-P3', 'CB-P4'])
        await q(
          `INSERT INTO planning_entry (cadre_id, post_id, term, from_date)
           SELECT c.id, p.id, '2025-2030', '2025-03-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = 'PX-CT'`,
          [cadre],
        );
    });

    it('names who approved and the decision, or it is a 400 naming the field', async () => {
      const res = await importEntry('CB-P1', {
        postCode: 'PX-CT',
        term: '2025-2030',
        fromDate: '2025-06-01',
      });
      expect(res.status).toBe(400);
      expect([...new Set(res.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([
        'approvedBy',
        'decisionRef',
      ]);
    });

    it('refuses a fourth candidate for a post with the rule, and a post a plan covers', async () => {
      const fourth = await importEntry('CB-P1', {
        postCode: 'PX-CT',
        term: '2025-2030',
        fromDate: '2025-06-01',
        ...APPROVAL,
      });
      expect(fourth.status).toBe(422);
      expect(fourth.body).toMatchObject({
        code: 'ineligible',
        reason: expect.stringMatching(/candidates_per_post/),
      });
      const covered = await importEntry('CB-P1', {
        postCode: 'PB-BT',
        term: '2025-2030',
        fromDate: '2025-06-01',
        ...APPROVAL,
      });
      expect(covered.status).toBe(409);
      expect(covered.body.message).toMatch(/plan\/PD\/2025-2030/);
    });

    it('admits what the rules allow and keeps who approved it', async () => {
      await q(
        `DELETE FROM planning_entry WHERE post_id = (SELECT id FROM post WHERE code = 'PX-CT')
           AND cadre_id = (SELECT id FROM cadre WHERE code = 'CB-P4')`,
      );
      const res = await importEntry('CB-P1', {
        postCode: 'PX-CT',
        term: '2025-2030',
        fromDate: '2025-06-01',
        ...APPROVAL,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ postCode: 'PX-CT', planId: null, ...APPROVAL });
    });
  });
});
