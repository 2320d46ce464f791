import { cadreBody, fields, seedOrganisation, startRegistryApi, type RegistryApi } from './registry-fixtures';

type Check = { rule: string; passed: boolean; detail: string; citation: string; parameters: object };
const byRule = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.rule, c]));

/** Who approved an imported planning entry, as the registry requires. */
const APPROVAL = { approvedBy: 'Ban Thường vụ Huyện ủy', decisionRef: '15-QĐ/HU' };

describe('registry API: eligibility (facts from Postgres, rules from libs/domain)', () => {
  let api: RegistryApi;
  const ask = (body: Record<string, unknown>) => api.http().post('/api/v1/eligibility').send(body);

  beforeAll(async () => {
    api = await startRegistryApi('registry_eligibility');
    await seedOrganisation(api);
    for (const body of [
      cadreBody({ code: 'EL-1', hometownLocalityCode: 'QN-DH-QL' }),
      cadreBody({ code: 'EL-LOCAL', hometownLocalityCode: 'QN-DH-QA' }),
    ])
      expect((await api.http().post('/api/v1/cadres').send(body)).status).toBe(201);
  }, 60_000);
  afterAll(() => api?.close());

  it('explains every rule: not in planning and without the required course → not eligible', async () => {
    const res = await ask({ cadreId: 'EL-1', postId: 'QA-CT-UBND', kind: 'appointment', asOf: '2026-03-02' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ eligible: false, legalBasis: 'QD377-2025', asOf: '2026-03-02' });
    const checks = byRule(res.body.checks);
    expect(checks.in_planning.passed).toBe(false);
    expect(checks.required_training).toMatchObject({ passed: false, code: 'required_training.missing' });
    expect(checks.non_local_head.passed).toBe(true);
    expect(checks.education_standard.passed).toBe(true);
    for (const check of res.body.checks as Check[]) {
      expect(check).toEqual({
        rule: expect.any(String),
        passed: expect.any(Boolean),
        detail: expect.any(String),
        // The sentence's code (`<rule>.<case>`) and values, for the panel to write in the user's language.
        code: expect.stringMatching(new RegExp(`^${check.rule}\\.[a-z_]+$`)),
        params: expect.any(Object),
        citation: expect.any(String),
        parameters: expect.any(Object),
      });
      expect(check.citation.length).toBeGreaterThan(0);
    }
  });

  it('becomes eligible once the registry records the planning and the course', async () => {
    expect(
      (
        await api
          .http()
          .post('/api/v1/cadres/EL-1/planning-entries')
          .send({ postCode: 'QA-CT-UBND', term: '2025-2030', fromDate: '2025-03-01', ...APPROVAL })
      ).status,
    ).toBe(201);
    expect(
      (
        await api
          .http()
          .post('/api/v1/cadres/EL-1/training-completions')
          .send({ courseCode: 'CT05', completedAt: '2025-09-20' })
      ).status,
    ).toBe(201);
    const res = await ask({ cadreId: 'EL-1', postId: 'QA-CT-UBND', kind: 'appointment', asOf: '2026-03-02' });
    expect(res.body.checks.filter((c: Check) => !c.passed)).toEqual([]);
    expect(res.body.eligible).toBe(true);

    // Before the course was completed and before the planning: both fail again, under the old basis.
    const earlier = await ask({
      cadreId: 'EL-1',
      postId: 'QA-CT-UBND',
      kind: 'appointment',
      asOf: '2025-01-15',
    });
    expect(earlier.body).toMatchObject({ eligible: false, legalBasis: 'ND138-2020' });
    const checks = byRule(earlier.body.checks);
    expect(checks.required_training.passed).toBe(false);
    expect(checks.in_planning.passed).toBe(false);
  });

  it('applies the non-local rule to a head post of the cadre’s own commune', async () => {
    const res = await ask({
      cadreId: 'EL-LOCAL',
      postId: 'QA-CT-UBND',
      kind: 'appointment',
      asOf: '2026-03-02',
    });
    expect(byRule(res.body.checks).non_local_head.passed).toBe(false);
    const elsewhere = await ask({
      cadreId: 'EL-LOCAL',
      postId: 'QL-CT-UBND',
      kind: 'appointment',
      asOf: '2026-03-02',
    });
    expect(byRule(elsewhere.body.checks).non_local_head.passed).toBe(true);
  });

  it('counts a discipline decision against the cool-off', async () => {
    await api
      .http()
      .post('/api/v1/cadres/EL-1/disciplines')
      .send({ form: 'warning', decidedAt: '2025-06-01', reason: 'Vi phạm' });
    const res = await ask({ cadreId: 'EL-1', postId: 'QA-CT-UBND', kind: 'appointment', asOf: '2026-03-02' });
    expect(res.body.eligible).toBe(false);
    expect(res.body.checks.filter((c: Check) => !c.passed).map((c: Check) => c.rule)).toEqual([
      'discipline_cooloff',
    ]);
  });

  it('codes an asOf before the cadre was born, in Vietnamese by default and in English', async () => {
    const body = { cadreId: 'EL-1', postId: 'QA-CT-UBND', kind: 'appointment', asOf: '1970-01-01' };
    const vi = await ask(body);
    expect(vi.status).toBe(400);
    expect(vi.body.details).toEqual([
      {
        field: 'asOf',
        code: 'before_birth',
        params: { birthDate: '1980-05-17' },
        problem: 'Trường asOf không được trước ngày sinh của cán bộ (17/05/1980).',
        reason: "asOf must not be before the cadre's birth date 1980-05-17",
      },
    ]);
    const en = await api.http().post('/api/v1/eligibility').set('Accept-Language', 'en').send(body);
    expect(en.body.details[0]).toMatchObject({
      code: 'before_birth',
      problem: "asOf must not be before the cadre's birth date 1980-05-17",
    });
  });

  it('takes uuids, a pinned legal basis, and defaults asOf to today in Vietnam', async () => {
    const cadre = (await api.http().get('/api/v1/cadres/EL-1')).body;
    const post = (await api.http().get('/api/v1/posts/QA-CT-UBND')).body;
    const res = await ask({ cadreId: cadre.id, postId: post.id, kind: 'planning', legalBasis: 'QD50-2021' });
    expect(res.status).toBe(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(res.body).toMatchObject({ legalBasis: 'QD50-2021', asOf: today });
    const rotation = await ask({
      cadreId: 'EL-1',
      postId: 'QL-CT-UBND',
      kind: 'rotation',
      asOf: '2026-03-02',
    });
    expect(rotation.body.legalBasis).toBe('QD65-2022');
    expect(byRule(rotation.body.checks)).toHaveProperty('service_left_for_rotation');
  });

  it('answers 404 naming the unknown cadre and/or post, and 400 naming bad fields', async () => {
    const noCadre = await ask({ cadreId: 'NOPE', postId: 'QA-CT-UBND', kind: 'planning' });
    expect(noCadre.status).toBe(404);
    expect(noCadre.body.message).toBe('No cadre NOPE');
    const noPost = await ask({ cadreId: 'EL-1', postId: 'NOPE', kind: 'planning' });
    expect(noPost.body.message).toBe('No post NOPE');
    expect((await ask({ cadreId: 'X1', postId: 'X2', kind: 'planning' })).body.message).toBe(
      'No cadre X1 and no post X2',
    );
    const bad = await ask({
      cadreId: 'EL-1',
      postId: 'QA-CT-UBND',
      kind: 'promotion',
      asOf: '2026-13-01',
      legalBasis: 'X',
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body).sort()).toEqual(['asOf', 'kind', 'legalBasis']);
    const beforeBirth = await ask({
      cadreId: 'EL-1',
      postId: 'QA-CT-UBND',
      kind: 'planning',
      asOf: '1970-01-01',
    });
    expect(beforeBirth.status).toBe(400);
    expect(fields(beforeBirth.body)).toEqual(['asOf']);
  });

  it('documents the null a rule parameter can be (a rotation under QĐ 50 answers one)', async () => {
    const res = await ask({
      cadreId: 'EL-1',
      postId: 'QA-CT-UBND',
      kind: 'rotation',
      asOf: '2026-03-02',
      legalBasis: 'QD50-2021',
      servesNonLocalRule: false,
    });
    expect(res.status).toBe(200);
    const values = (res.body.checks as Check[]).flatMap((c) => Object.values(c.parameters));
    expect(values).toContain(null);
    const document = (await api.http().get('/api/docs-json')).body;
    expect(document.components.schemas.RuleCheckDto.properties.parameters.additionalProperties).toMatchObject(
      { nullable: true },
    );
  });
});
