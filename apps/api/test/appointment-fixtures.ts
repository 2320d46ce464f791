import { waitUntil as waitFor } from '@personnel/dev-runtime';
import request from 'supertest';
import type { ConferenceView } from '@personnel/contracts';
import { addLocalUsers, authHeaders, type ApiUnderTest } from './api-harness';
import { seedCompleteDossiers } from './dossier-fixtures';

export const APPOINTMENTS = '/api/v1/appointments';
const STANDARDS = {
  minEducation: 'bachelor',
  minPoliticalTheory: 'intermediate',
  minStateManagement: 'specialist',
  requiredCourseCodes: [],
  partyMember: true,
};

/**
 * DH (district) → DH-QA, DH-QL (communes); head posts of Quảng An; cadres CB-A… active, CB-OLD retired.
 * Suites of one run share the Temporal server, and the workflow id names the post: each suite takes posts
 * of its own.
 */
export async function seedRegistry(
  api: ApiUnderTest,
  headPostCodes = ['QA-CT-1', 'QA-CT-2', 'QA-CT-3', 'QA-CT-4', 'QA-CT-5'],
): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  await q(
    `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
  );
  for (const [code, name] of [
    ['DH-QA', 'Xã Quảng An'],
    ['DH-QL', 'Xã Quảng Lâm'],
  ])
    await q(
      `INSERT INTO unit (code, name, level, parent_id, locality_code)
       SELECT $1, $2, 'commune', id, 'QN-' || $1 FROM unit WHERE code = 'DH'`,
      [code, name],
    );
  for (const code of headPostCodes)
    await q(
      `INSERT INTO post (code, title, unit_id, level, is_head, standards)
       SELECT $1, 'Chủ tịch UBND xã Quảng An', id, 'commune', true, $2 FROM unit WHERE code = 'DH-QA'`,
      [code, JSON.stringify(STANDARDS)],
    );
  await q(
    `INSERT INTO post (code, title, unit_id, level, standards, active)
     SELECT 'QA-OLD', 'Bãi bỏ', id, 'commune', $1, false FROM unit WHERE code = 'DH-QA'`,
    [JSON.stringify(STANDARDS)],
  );
  for (const [code, status] of [
    ['CB-A1', 'active'],
    ['CB-A2', 'active'],
    ['CB-OLD', 'retired'],
  ])
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       VALUES ($1, 'Nguyễn Văn ' || $1, lower($1), 'male', '1980-01-01', 'QN-DH-QL', 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, $2)`,
      [code, status],
    );
  // Their procedures pass the dossier gate (dossier-gate.api.spec.ts starts one whose dossier is not).
  await seedCompleteDossiers(api, ['CB-A1', 'CB-A2']);
}

export const MEMBERS = ['U-M1', 'U-M2', 'U-M3', 'U-M4', 'U-M5'];
/** A valid start request for a local candidate; `over` replaces fields. */
export const appointmentBody = (over: Record<string, unknown> = {}) => ({
  candidateIds: ['CB-A1'],
  postId: 'QA-CT-1',
  source: 'local',
  collective: { summonedIds: MEMBERS, secretaryId: 'U-M5', headId: 'U-M1' },
  expandedConference: { summonedIds: MEMBERS, secretaryId: 'U-M5', headId: 'U-M1' },
  keyCadreConference: { summonedIds: MEMBERS, secretaryId: 'U-M5', headId: 'U-M1' },
  signOffMode: 'sequential',
  signOff: [{ key: 'org-office', label: 'Thẩm định', assigneeIds: ['U-APP'] }],
  signerId: 'U-LEAD',
  ...over,
});

/** The conference members, the sign-off assignee and the signer: approvers of the district. */
export async function seedDirectory(api: ApiUnderTest): Promise<void> {
  await addLocalUsers(
    api,
    [...MEMBERS, 'U-APP', 'U-LEAD'].map((username) => ({
      username,
      fullName: `Member ${username}`,
      roles: ['approver'],
      unitCode: 'DH',
    })),
  );
}

/** POST /appointments as HR of the district (U-HR): appointmentBody with `over`. */
export async function proposeAppointment(api: ApiUnderTest, over: Record<string, unknown> = {}) {
  return request(api.app.getHttpServer())
    .post(APPOINTMENTS)
    .set(await authHeaders(api, 'U-HR', ['hr_officer']))
    .send(appointmentBody(over));
}

/** U-NOMINEE: a viewer linked to the candidate CB-A1 (who may not sit, sign off or sign in its own procedure). */
export async function seedNominee(api: ApiUnderTest): Promise<void> {
  await addLocalUsers(api, [
    {
      username: 'U-NOMINEE',
      fullName: 'Nguyễn Văn CB-A1',
      roles: ['viewer'],
      unitCode: 'DH',
      cadreId: 'CB-A1',
    },
  ]);
}

/**
 * Puts a cadre in the planning for a post: with the seeded standards, hometown and age, that is what the
 * eligibility rules still miss, so the procedure moves past its eligibility check without an exception.
 */
export async function planFor(api: ApiUnderTest, cadreCode: string, postCode: string): Promise<void> {
  await api.db.dataSource.query(
    `INSERT INTO planning_entry (cadre_id, post_id, term, from_date)
     SELECT c.id, p.id, '2025-2030', '2025-01-01' FROM cadre c, post p WHERE c.code = $1 AND p.code = $2`,
    [cadreCode, postCode],
  );
}

/** Waits for the worker to move a procedure on after a command (polls every 200 ms, 30 s by default). */
export function waitUntil(what: string, done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  return waitFor(what, done, timeoutMs, 200);
}

/** `appointment/<post>/<n>` → its route. */
export const appointmentPath = (appointmentId: string) =>
  `${APPOINTMENTS}/${appointmentId.split('/').slice(1).join('/')}`;

/**
 * Holds conference `index` of an appointment as its secretary (the one the conference view names):
 * waits for it to be convened, everyone summoned attends and votes for every candidate. `ballot:
 * 'confidence'` (a reappointment's key-cadre vote, QĐ 96) gives every candidate high confidence instead.
 */
export async function holdConference(
  api: ApiUnderTest,
  appointmentId: string,
  index: number,
  sheetSha256 = 'a'.repeat(64),
  ballot: 'approval' | 'confidence' = 'approval',
): Promise<ConferenceView> {
  const server = api.app.getHttpServer();
  const conference = `${appointmentPath(appointmentId)}/conferences/${index}`;
  const reader = await authHeaders(api, 'U-HR', ['hr_officer']);
  await waitUntil(
    `conference ${index} of ${appointmentId}`,
    async () => (await request(server).get(conference).set(reader)).status === 200,
  );
  const sitting: ConferenceView = (await request(server).get(conference).set(reader)).body;
  if (sitting.stepIndex !== index)
    throw new Error(`conference view of step ${sitting.stepIndex}, asked ${index}`);
  const secretary = await authHeaders(api, sitting.secretaryId, ['approver']);
  const attended = await request(server)
    .post(`${conference}/attendance`)
    .set(secretary)
    .send({ present: sitting.summonedIds });
  if (attended.status !== 200) throw new Error(`attendance refused: ${JSON.stringify(attended.body)}`);
  const everyone = sitting.summonedIds.length;
  const tallied = await request(server)
    .post(`${conference}/tally`)
    .set(secretary)
    .send({
      ballotsCast: everyone,
      ...(ballot === 'confidence'
        ? {
            confidence: sitting.candidates.map((candidateId) => ({
              candidateId,
              high: everyone,
              confidence: 0,
              low: 0,
            })),
          }
        : { votes: sitting.candidates.map((candidateId) => ({ candidateId, votes: everyone })) }),
      sheetSha256,
    });
  if (tallied.status !== 200) throw new Error(`tally refused: ${JSON.stringify(tallied.body)}`);
  return sitting;
}
