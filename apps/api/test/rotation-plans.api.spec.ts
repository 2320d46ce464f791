import type { PlannedMove, Role, RotationPlan } from '@personnel/contracts';
import {
  cadreBody,
  fields,
  seedOrganisation,
  startRegistryApi,
  STANDARDS,
  type RegistryApi,
} from './registry-fixtures';

/**
 * POST /rotation-plans on the registry fixtures plus: a local chairman in Quảng An, a non-local staff
 * member of Quảng Lâm in planning. Every proposed move is re-asked of POST /eligibility, and the
 * holdings after the moves are recomputed here from the registry, not taken from the plan's figures.
 */
describe('rotation plans API (dry run over the registry)', () => {
  let api: RegistryApi;
  const plan = async (body: Record<string, unknown>, roles: Role[] = ['hr_officer']) =>
    (await api.as(roles)).post('/api/v1/rotation-plans').send(body);

  beforeAll(async () => {
    api = await startRegistryApi('rotation_plans');
    await seedOrganisation(api);
    const ok = async (path: string, body: object) => {
      const res = await api.http().post(path).send(body);
      if (res.status !== 201) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    };
    await ok('/api/v1/posts', {
      code: 'QL-CV',
      title: 'Công chức Văn phòng - Thống kê xã Quảng Lâm',
      unitCode: 'DH-QL',
      isHead: false,
      standards: { ...STANDARDS, minPoliticalTheory: 'none', requiredCourseCodes: [] },
    });
    for (const [code, hometown, postCode] of [
      ['RP-LOCAL', 'QN-DH-QA', 'QA-CT-UBND'],
      ['RP-QABT', 'QN-DH-QL', 'QA-BT'],
      ['RP-QLCT', 'QN-DH-QA', 'QL-CT-UBND'],
      ['RP-TP', 'QN-DH', 'TCNV-TP'],
      ['RP-CAND', 'QN-DH-QL', 'QL-CV'],
    ]) {
      await ok(
        '/api/v1/cadres',
        cadreBody({ code, hometownLocalityCode: hometown, fullName: `Cán bộ ${code}` }),
      );
      await ok(`/api/v1/cadres/${code}/assignments`, {
        kind: 'appointment',
        postCode,
        fromDate: '2022-01-01',
      });
    }
    await ok('/api/v1/cadres/RP-CAND/planning-entries', {
      postCode: 'QA-CT-UBND',
      term: '2025-2030',
      fromDate: '2025-03-01',
      approvedBy: 'Ban Thường vụ Huyện ủy',
      decisionRef: '15-QĐ/HU',
    });
    await ok('/api/v1/cadres/RP-CAND/training-completions', {
      courseCode: 'CT05',
      completedAt: '2024-09-20',
    });
  }, 60_000);
  afterAll(() => api?.close());

  it('proposes the one move that makes every commune head non-local, each move passing the rules', async () => {
    const res = await plan({ asOf: '2026-03-02' });
    expect(res.status).toBe(200);
    const body = res.body as RotationPlan;
    expect(body.moves.map((m) => m.move)).toEqual([
      {
        cadreId: 'RP-CAND',
        fromPostId: 'QL-CV',
        toUnitCode: 'DH-QA',
        toPostId: 'QA-CT-UBND',
        reason: 'non_local_rule',
        months: 36,
        replaceHolder: true,
      },
    ]);
    expect(body.moves[0]).toMatchObject({ cadreName: 'Cán bộ RP-CAND', replacesCadreIds: ['RP-LOCAL'] });
    expect(body.unmet).toEqual([]);
    expect(body.solver).toMatchObject({ name: 'HiGHS', status: 'Optimal' });
    expect(body.figures.before).toMatchObject({ communeHeadPosts: 3, communeHeadsNonLocal: 2 });

    for (const { move } of body.moves as PlannedMove[]) {
      const check = await api
        .http()
        .post('/api/v1/eligibility')
        .send({
          cadreId: move.cadreId,
          postId: move.toPostId,
          kind: 'rotation',
          asOf: '2026-03-02',
          servesNonLocalRule: move.reason !== 'development',
        });
      expect(check.body.checks.filter((c: { passed: boolean }) => !c.passed)).toEqual([]);
    }

    // Holdings after the moves, from the registry: every commune head post held by a non-local cadre.
    const arriving = new Map(body.moves.map((m) => [m.move.toPostId, m.move.cadreId]));
    const holders: Record<string, string> = {
      'QA-CT-UBND': 'RP-LOCAL',
      'QA-BT': 'RP-QABT',
      'QL-CT-UBND': 'RP-QLCT',
    };
    for (const [code, holderNow] of Object.entries(holders)) {
      const post = await api.http().get(`/api/v1/posts/${code}`);
      expect(post.body.requiresNonLocal).toBe(true);
      const unit = await api.http().get(`/api/v1/units/${post.body.unitCode}`);
      const cadre = await api.http().get(`/api/v1/cadres/${arriving.get(code) ?? holderNow}`);
      expect([post.status, unit.status, cadre.status]).toEqual([200, 200, 200]);
      expect(unit.body.localityCode).toMatch(/^QN-DH-Q[AL]$/);
      expect(cadre.body.hometownLocalityCode).not.toBe(unit.body.localityCode);
    }
    expect(body.figures.after).toMatchObject({ communeHeadPosts: 3, communeHeadsNonLocal: 3 });
  });

  it('reports a target nobody can meet, with why, when the only candidate is out of scope', async () => {
    const res = await plan({ asOf: '2026-03-02', unitCodes: ['DH-QA'] }, ['leader']);
    expect(res.status).toBe(200);
    expect(res.body.moves).toEqual([]);
    expect(res.body.unmet).toEqual([
      expect.objectContaining({ target: 'non_local_heads', postId: 'QA-CT-UBND', why: expect.any(String) }),
    ]);
  });

  it('names each bad field in a 400', async () => {
    const res = await plan({
      asOf: '2026-02-30',
      months: 12,
      targets: ['fewest'],
      unitCodes: ['bad code'],
      x: 1,
    });
    expect(res.status).toBe(400);
    expect(fields(res.body).sort()).toEqual(['asOf', 'months', 'targets', 'unitCodes', 'x']);
    const unknown = await plan({ unitCodes: ['DH-QA', 'DH-NOWHERE'] });
    expect(unknown.status).toBe(400);
    expect(fields(unknown.body)).toEqual(['unitCodes[1]']);
  });

  it('is for HR and leaders only', async () => {
    expect((await plan({}, ['viewer'])).status).toBe(403);
    expect((await (await api.as('anonymous')).post('/api/v1/rotation-plans').send({})).status).toBe(401);
  });
});
