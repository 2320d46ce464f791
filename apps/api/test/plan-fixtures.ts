import request from 'supertest';
import { addLocalUsers, authHeaders, type ApiUnderTest } from './api-harness';
import { waitUntil } from './appointment-fixtures';

export const PLANS = '/api/v1/plans';
export const PLAN_MEMBERS = ['U-PM1', 'U-PM2', 'U-PM3', 'U-PM4', 'U-PM5', 'U-PM6'];
const STANDARDS = {
  minEducation: 'bachelor',
  minPoliticalTheory: 'intermediate',
  minStateManagement: 'specialist',
  requiredCourseCodes: [],
  partyMember: true,
};

/**
 * A district PD with communes PA and PB. Each commune has a secretary, a chair, a deputy secretary and
 * a vice chair post (ranked); the district a chair. `holders` maps post code → cadre code, holding it
 * since 2022; `planned` maps cadre code → post codes they are in the 2025-2030 planning for.
 */
export async function seedPlanRegistry(
  api: ApiUnderTest,
  holders: Record<string, string>,
  planned: Record<string, string[]> = {},
): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  await q(
    `INSERT INTO unit (code, name, level, locality_code) VALUES ('PD', 'Huyện Đầm Hà', 'district', 'QN-PD')`,
  );
  await q(
    `INSERT INTO post (code, title, unit_id, level, rank_group, is_head, standards)
     SELECT 'PD-CT', 'Chủ tịch UBND huyện', id, 'district', 'chair', true, $1 FROM unit WHERE code = 'PD'`,
    [JSON.stringify(STANDARDS)],
  );
  for (const [code, name] of [
    ['PA', 'Xã Quảng An'],
    ['PB', 'Xã Tân Bình'],
  ]) {
    await q(
      `INSERT INTO unit (code, name, level, parent_id, locality_code)
       SELECT $1, $2, 'commune', id, 'QN-PD-' || $1 FROM unit WHERE code = 'PD'`,
      [code, name],
    );
    for (const [suffix, title, rank] of [
      ['BT', 'Bí thư Đảng ủy', 'secretary'],
      ['CT', 'Chủ tịch UBND', 'chair'],
      ['PBT', 'Phó Bí thư Đảng ủy', 'deputy_secretary'],
      ['PCT', 'Phó Chủ tịch UBND', 'vice_chair'],
    ])
      await q(
        `INSERT INTO post (code, title, unit_id, level, rank_group, standards)
         SELECT $1 || '-' || $2, $3 || ' ' || $4, id, 'commune', $5, $6 FROM unit WHERE code = $1`,
        [code, suffix, title, name, rank, JSON.stringify(STANDARDS)],
      );
  }
  const cadres = new Set([...Object.values(holders), ...Object.keys(planned)]);
  for (const cadre of cadres)
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       VALUES ($1, 'Lê Thị ' || $1, lower($1), 'female', '1986-01-01', 'QN-PD-PB', 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, 'active')`,
      [cadre],
    );
  for (const [post, cadre] of Object.entries(holders))
    await q(
      `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
       SELECT c.id, 'appointment', p.unit_id, p.id, '2022-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
      [cadre, post],
    );
  for (const [cadre, posts] of Object.entries(planned))
    for (const post of posts)
      await q(
        `INSERT INTO planning_entry (cadre_id, post_id, term, from_date)
         SELECT c.id, p.id, '2025-2030', '2025-03-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
        [cadre, post],
      );
}

/** The conference members, the signer and HR of the district. */
export async function seedPlanDirectory(api: ApiUnderTest): Promise<void> {
  await addLocalUsers(api, [
    ...[...PLAN_MEMBERS, 'U-PBT'].map((username) => ({
      username,
      fullName: `Đồng chí ${username}`,
      roles: ['approver' as const],
      unitCode: 'PD',
    })),
    { username: 'U-PHR', fullName: 'Phòng Nội vụ', roles: ['hr_officer'], unitCode: 'PD' },
  ]);
}

export const planBody = (over: Record<string, unknown> = {}) => ({
  unitCode: 'PD',
  term: '2025-2030',
  keyCadre: { summonedIds: PLAN_MEMBERS, secretaryId: 'U-PM6', headId: 'U-PM1' },
  collective: { summonedIds: PLAN_MEMBERS, secretaryId: 'U-PM6', headId: 'U-PM1' },
  signerId: 'U-PBT',
  ...over,
});

/** Conference `index` of the plan as its secretary holds it: everyone attends, `votes` by candidate. */
export async function holdPlanConference(
  api: ApiUnderTest,
  path: string,
  index: number,
  votes: Record<string, number>,
): Promise<void> {
  const server = api.app.getHttpServer();
  const conference = `${path}/conferences/${index}`;
  const secretary = await authHeaders(api, 'U-PM6', ['approver'], 'PD');
  await waitUntil(`conference ${index} of ${path}`, async () => {
    const res = await request(server).get(conference).set(secretary);
    return res.status === 200 && res.body.status.stage === 'convened';
  });
  const attended = await request(server)
    .post(`${conference}/attendance`)
    .set(secretary)
    .send({ present: PLAN_MEMBERS });
  if (attended.status !== 200) throw new Error(`attendance refused: ${JSON.stringify(attended.body)}`);
  const tallied = await request(server)
    .post(`${conference}/tally`)
    .set(secretary)
    .send({
      ballotsCast: PLAN_MEMBERS.length,
      votes: Object.entries(votes).map(([candidateId, n]) => ({ candidateId, votes: n })),
      sheetSha256: 'd'.repeat(64),
    });
  if (tallied.status !== 200) throw new Error(`tally refused: ${JSON.stringify(tallied.body)}`);
}
