import { foldVietnamese, type CadreFacts, type PostFacts } from '@personnel/contracts';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { EligibilityFactsLoader } from '../src/registry/eligibility-facts';
import { foldedSql, Params } from '../src/registry/sql';

/** Rows inserted with plain SQL, as the seed generator does, then read back as the rules' facts. */
describe('registry: eligibility facts loader', () => {
  let db: TestDatabase;
  let loader: EligibilityFactsLoader;
  let cadreId: string;
  let postId: string;

  beforeAll(async () => {
    db = await createTestDatabase('registry_facts');
    loader = new EligibilityFactsLoader(db.dataSource);
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA', 'Xã Quảng An', 'commune', id, 'QN-DH-QA' FROM unit WHERE code = 'DH'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QL', 'Xã Quảng Lâm', 'commune', id, 'QN-DH-QL' FROM unit WHERE code = 'DH'`);
    await q(
      `INSERT INTO training_course (code, title) VALUES ('CT05', 'Chỉ thị 05'), ('QLNN', 'QLNN'), ('LATE', 'Later')`,
    );
    const standards = {
      minEducation: 'bachelor',
      minPoliticalTheory: 'intermediate',
      minStateManagement: 'specialist',
      requiredCourseCodes: ['CT05'],
      partyMember: true,
    };
    [{ id: postId }] = await q(
      `INSERT INTO post (code, title, unit_id, level, rank_group, is_head, requires_non_local, standards)
       SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', 'chair', true, true, $1::jsonb FROM unit WHERE code = 'DH-QA'
       RETURNING id`,
      [JSON.stringify(standards)],
    );
    await q(
      `INSERT INTO post (code, title, unit_id, level, standards)
             SELECT 'QL-VP', 'Văn phòng', id, 'commune', $1::jsonb FROM unit WHERE code = 'DH-QL'`,
      [JSON.stringify({ ...standards, requiredCourseCodes: [] })],
    );
    [{ id: cadreId }] = await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active') RETURNING id`,
    );
    const assign = (post: string, kind: string, from: string, to: string | null) =>
      q(
        `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date, to_date)
         SELECT $1, $2, p.unit_id, p.id, $3, $4 FROM post p WHERE p.code = $5`,
        [cadreId, kind, from, to, post],
      );
    await assign('QA-CT', 'rotation', '2023-01-01', null);
    await assign('QL-VP', 'appointment', '2018-01-01', '2022-12-31');
    await q(
      `INSERT INTO evaluation (cadre_id, year, rating) VALUES ($1, 2024, 'excellent'), ($1, 2023, 'good')`,
      [cadreId],
    );
    await q(
      `INSERT INTO discipline (cadre_id, form, decided_at, reason) VALUES ($1, 'reprimand', '2020-03-01', 'x')`,
      [cadreId],
    );
    await q(
      `INSERT INTO training_completion (cadre_id, course_id, completed_at)
       SELECT $1, id, CASE code WHEN 'LATE' THEN DATE '2026-06-01' ELSE DATE '2024-01-10' END FROM training_course`,
      [cadreId],
    );
    await q(
      `INSERT INTO planning_entry (cadre_id, post_id, term, from_date, to_date)
       SELECT $1, id, '2020-2025', '2020-06-01', '2024-12-31' FROM post WHERE code = 'QL-VP'`,
      [cadreId],
    );
    await q(
      `INSERT INTO planning_entry (cadre_id, post_id, term, from_date) SELECT $1, id, '2025-2030', '2025-03-01' FROM post WHERE code = 'QA-CT'`,
      [cadreId],
    );
  }, 60_000);
  afterAll(() => db?.drop());

  it('loads exactly the contract types: plain data, oldest first, open ends omitted', async () => {
    const { cadre, post } = await loader.load('CB-1', 'QA-CT', '2026-03-02');
    const expectedCadre: CadreFacts = {
      cadreCode: 'CB-1',
      gender: 'male',
      birthDate: '1980-05-17',
      hometownLocalityCode: 'QN-DH-QL',
      education: 'bachelor',
      politicalTheory: 'advanced',
      stateManagement: 'principal',
      partyMember: true,
      status: 'active',
      completedCourseCodes: ['CT05', 'QLNN'],
      disciplines: [{ form: 'reprimand', decidedAt: '2020-03-01' }],
      evaluations: [
        { year: 2023, rating: 'good' },
        { year: 2024, rating: 'excellent' },
      ],
      assignments: [
        {
          kind: 'appointment',
          unitCode: 'DH-QL',
          unitLocalityCode: 'QN-DH-QL',
          postCode: 'QL-VP',
          isHead: false,
          level: 'commune',
          rankGroup: 'staff',
          from: '2018-01-01',
          to: '2022-12-31',
        },
        {
          kind: 'rotation',
          unitCode: 'DH-QA',
          unitLocalityCode: 'QN-DH-QA',
          postCode: 'QA-CT',
          isHead: true,
          level: 'commune',
          rankGroup: 'chair',
          from: '2023-01-01',
        },
      ],
      planning: [
        {
          postCode: 'QL-VP',
          level: 'commune',
          rankGroup: 'staff',
          term: '2020-2025',
          from: '2020-06-01',
          to: '2024-12-31',
        },
        { postCode: 'QA-CT', level: 'commune', rankGroup: 'chair', term: '2025-2030', from: '2025-03-01' },
      ],
      confidenceVotes: [],
    };
    expect(cadre).toEqual(expectedCadre);
    expect(Object.keys(cadre?.assignments[1] ?? { to: 1 })).not.toContain('to');
    expect(JSON.parse(JSON.stringify(cadre))).toEqual(cadre);
    const expectedPost: PostFacts = {
      postCode: 'QA-CT',
      unitCode: 'DH-QA',
      unitLocalityCode: 'QN-DH-QA',
      level: 'commune',
      rankGroup: 'chair',
      isHead: true,
      requiresNonLocal: true,
      standards: {
        minEducation: 'bachelor',
        minPoliticalTheory: 'intermediate',
        minStateManagement: 'specialist',
        requiredCourseCodes: ['CT05'],
        partyMember: true,
      },
    };
    expect(post).toEqual(expectedPost);
  });

  it('lists only the courses completed by asOf (completions carry no date in the facts)', async () => {
    expect((await loader.load('CB-1', 'QA-CT', '2026-06-01')).cadre?.completedCourseCodes).toEqual([
      'CT05',
      'LATE',
      'QLNN',
    ]);
    expect((await loader.load('CB-1', 'QA-CT', '2024-01-09')).cadre?.completedCourseCodes).toEqual([]);
  });

  it('finds by uuid as well as by code, and answers undefined for what does not exist', async () => {
    const byId = await loader.load(cadreId, postId, '2026-03-02');
    expect(byId.cadre?.cadreCode).toBe('CB-1');
    expect(byId.post?.postCode).toBe('QA-CT');
    expect(await loader.load('NOPE', 'QA-CT', '2026-03-02')).toEqual({
      cadre: undefined,
      post: expect.anything(),
    });
    expect(await loader.load('CB-1', '00000000-0000-4000-8000-000000000000', '2026-03-02')).toEqual({
      cadre: expect.anything(),
      post: undefined,
    });
  });
});

describe('registry: folding in SQL agrees with foldVietnamese', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('registry_fold');
  });
  afterAll(() => db?.drop());

  it.each([
    'Nguyễn Văn An',
    'ĐẶNG THỊ ĐÀO',
    'Ưng  Hoàng   Phúc',
    'Xã Quảng Lâm, huyện Đầm Hà',
    'Chủ tịch UBND xã Dực Yên',
    'Bồi dưỡng Chỉ thị 05-CT/TW',
    'Thuỷ Thúy Ỷ Ỵ ỹ',
  ])('%p', async (text) => {
    const p = new Params();
    const sql = `SELECT ${foldedSql(p.add(text), p)} AS folded`;
    const [{ folded }] = await db.dataSource.query(sql, p.values);
    expect(folded).toBe(foldVietnamese(text));
  });
});
