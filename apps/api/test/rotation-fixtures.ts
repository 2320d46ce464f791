import type { Role } from '@personnel/contracts';
import request from 'supertest';
import { seedCompleteDossiers } from './dossier-fixtures';
import { addLocalUsers, authHeaders, type ApiUnderTest } from './api-harness';
import { waitUntil } from './appointment-fixtures';

export const ROTATIONS = '/api/v1/rotations';
export const BATCHES = '/api/v1/rotation-batches';
export const ROTATION_MEMBERS = ['U-RM1', 'U-RM2', 'U-RM3', 'U-RM4', 'U-RM5'];
const STANDARDS = {
  minEducation: 'bachelor',
  minPoliticalTheory: 'intermediate',
  minStateManagement: 'specialist',
  requiredCourseCodes: [],
  partyMember: true,
};

/**
 * Đầm Hà in small: the district and communes RA, RB, RC, RD (each governing its own locality), each with
 * a chairman (head, single-holder, non-local) and a vice-chairman post; cadres CB-R<n> from RB holding
 * RB's vice-chairman seats in turn… Every cadre is in planning, young enough, meets the standards.
 * `holders` maps post code → cadre code of the current holder (from 2022-01-01).
 */
export async function seedRotationRegistry(
  api: ApiUnderTest,
  holders: Record<string, string>,
  hometowns: Record<string, string> = {},
): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  await q(
    `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
  );
  for (const [code, name] of [
    ['RA', 'Xã Quảng An'],
    ['RB', 'Xã Tân Bình'],
    ['RC', 'Xã Quảng Lâm'],
    ['RD', 'Xã Dực Yên'],
  ]) {
    await q(
      `INSERT INTO unit (code, name, level, parent_id, locality_code)
       SELECT $1, $2, 'commune', id, 'QN-DH-' || $1 FROM unit WHERE code = 'DH'`,
      [code, name],
    );
    await q(
      `INSERT INTO post (code, title, unit_id, level, is_head, single_holder, requires_non_local, standards)
       SELECT $1 || '-CT', 'Chủ tịch UBND ' || $2, id, 'commune', true, true, true, $3 FROM unit WHERE code = $1`,
      [code, name, JSON.stringify(STANDARDS)],
    );
    await q(
      `INSERT INTO post (code, title, unit_id, level, standards)
       SELECT $1 || '-PCT', 'Phó Chủ tịch UBND ' || $2, id, 'commune', $3 FROM unit WHERE code = $1`,
      [code, name, JSON.stringify(STANDARDS)],
    );
  }
  for (const [post, cadre] of Object.entries(holders)) {
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       VALUES ($1, 'Trần Văn ' || $1, lower($1), 'male', '1985-01-01', $2, 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, 'active')`,
      [cadre, hometowns[cadre] ?? 'QN-DH-RB'],
    );
    await q(
      `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
       SELECT c.id, 'appointment', p.unit_id, p.id, '2022-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
      [cadre, post],
    );
    await q(
      `INSERT INTO planning_entry (cadre_id, post_id, term, from_date)
       SELECT c.id, p.id, '2025-2030', '2025-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = 'RA-CT'`,
      [cadre],
    );
  }
  // Their rotations pass the dossier gate.
  await seedCompleteDossiers(api, Object.values(holders));
}

/** Conference members, the sign-off assignee, the signer, the receiving unit's officer, HR. */
export async function seedRotationDirectory(api: ApiUnderTest): Promise<void> {
  await addLocalUsers(
    api,
    [...ROTATION_MEMBERS, 'U-RAPP', 'U-RLEAD'].map((username) => ({
      username,
      fullName: `Cán bộ ${username}`,
      roles: ['approver'],
      unitCode: 'DH',
    })),
  );
  // Who receives a cadre must reach the destination: the commune's own officer (Quảng An, Dực Yên),
  // or the district's for a batch bound for several communes.
  const others: [string, string, Role, string][] = [
    ['U-RA', 'Văn phòng xã Quảng An', 'approver', 'RA'],
    ['U-RHR', 'Phòng Nội vụ', 'hr_officer', 'DH'],
    ['U-RD', 'Văn phòng xã Dực Yên', 'approver', 'RD'],
    ['U-RRECV', 'Phòng Nội vụ huyện', 'approver', 'DH'],
  ];
  await addLocalUsers(
    api,
    others.map(([username, fullName, role, unitCode]) => ({ username, fullName, roles: [role], unitCode })),
  );
}

export const parties = (over: Record<string, unknown> = {}) => ({
  collective: { summonedIds: ROTATION_MEMBERS, secretaryId: 'U-RM5', headId: 'U-RM1' },
  signOffMode: 'sequential',
  signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-RAPP'] }],
  signerId: 'U-RLEAD',
  receivingIds: ['U-RA'],
  ...over,
});

export const rotationBody = (over: Record<string, unknown> = {}) => ({
  cadreId: 'CB-R1',
  fromPostId: 'RB-PCT',
  toUnitCode: 'RA',
  toPostId: 'RA-CT',
  reason: 'non_local_rule',
  ...parties(),
  ...over,
});

/** `rotation/<cadre>/<n>` → its route. */
export const rotationPath = (id: string) => `${ROTATIONS}/${id.split('/').slice(1).join('/')}`;

/** The consultation as its secretary holds it: everyone attends, everyone votes for the cadre. */
export async function holdConsultation(api: ApiUnderTest, id: string): Promise<void> {
  const server = api.app.getHttpServer();
  const conference = `${rotationPath(id)}/conferences/1`;
  const secretary = await authHeaders(api, 'U-RM5', ['approver']);
  await waitUntil(
    `consultation of ${id}`,
    async () => (await request(server).get(conference).set(secretary)).status === 200,
  );
  const attended = await request(server)
    .post(`${conference}/attendance`)
    .set(secretary)
    .send({ present: ROTATION_MEMBERS });
  if (attended.status !== 200) throw new Error(`attendance refused: ${JSON.stringify(attended.body)}`);
  const cadreId = id.split('/')[1];
  const tallied = await request(server)
    .post(`${conference}/tally`)
    .set(secretary)
    .send({ ballotsCast: 5, votes: [{ candidateId: cadreId, votes: 5 }], sheetSha256: 'c'.repeat(64) });
  if (tallied.status !== 200) throw new Error(`tally refused: ${JSON.stringify(tallied.body)}`);
}
