import type { Client as PgClient } from 'pg';
import { DEMO_COLLECTIVE, DEMO_HOME_UNIT_CONSULTATION, waitUntil } from '@personnel/dev-runtime';
import type { ApiAnswer } from './api-client';
import { excuseDemoDossier } from './demo-dossier';

export { DEMO_COLLECTIVE as COLLECTIVE, DEMO_HOME_UNIT_CONSULTATION as HOME_UNIT_CONSULTATION };

/** Quảng An People's Committee chairman: a commune head post of the demo organisation. */
export const QUANG_AN_CHAIRMAN = 'DH-QA-CT-UBND';

/** A cadre of the seeded organisation, in planning for the post, whom the rules find eligible today. */
export async function eligibleCandidate(
  pg: PgClient,
  api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>,
  post = QUANG_AN_CHAIRMAN,
): Promise<string> {
  const { rows } = await pg.query<{ code: string }>(
    `SELECT c.code FROM planning_entry pe JOIN cadre c ON c.id = pe.cadre_id JOIN post p ON p.id = pe.post_id
     WHERE p.code = $1 AND c.status = 'active' ORDER BY c.code`,
    [post],
  );
  for (const { code } of rows) {
    const answer = await api('/eligibility', 'U-HR-01', { cadreId: code, postId: post, kind: 'appointment' });
    if (answer.status === 200 && answer.body.eligible) return code;
  }
  throw new Error(`no eligible cadre in planning for ${post} among ${rows.length}`);
}

/** The API as a demo account, as the end-to-end context gives it. */
type DemoApi = (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;

/** The answer's body when its status is the one expected, else an error naming both. */
export function expectStatus(answer: ApiAnswer, status = 200) {
  if (answer.status !== status)
    throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * HR proposes `candidate` from outside for Quảng An's chairman: the district standing committee as the
 * collective, the consultation where the candidate works, two parallel sign-offs, the district
 * secretary to sign. Answers the workflow id and the appointment's API path.
 */
export async function proposeOutsideCandidate(
  api: DemoApi,
  candidate: string,
): Promise<{ id: string; base: string }> {
  const started = expectStatus(
    await api('/appointments', 'U-HR-01', {
      candidateIds: [candidate],
      postId: QUANG_AN_CHAIRMAN,
      source: 'outside',
      collective: DEMO_COLLECTIVE,
      homeUnitConference: DEMO_HOME_UNIT_CONSULTATION,
      signOffMode: 'parallel',
      signOff: [
        { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
        { key: 'deputy-secretary', label: 'Phó Bí thư Thường trực', assigneeIds: ['U-PBT-01'] },
      ],
      signerId: 'U-BT-01',
    }),
    201,
  );
  const id: string = started.id;
  await excuseDemoDossier(api, id);
  return { id, base: `/appointments/${id.split('/').slice(1).join('/')}` };
}

/** Conference `index` held by its secretary once convened: everyone summoned present, every vote for each candidate. */
export async function holdDemoConference(
  api: DemoApi,
  base: string,
  index: number,
  body: { secretaryId: string; summonedIds: string[] },
): Promise<void> {
  const path = `${base}/conferences/${index}`;
  await waitUntil(
    `conference ${index}`,
    async () => (await api(path, body.secretaryId)).status === 200,
    30_000,
    200,
  );
  const view = expectStatus(await api(path, body.secretaryId));
  expectStatus(await api(`${path}/attendance`, body.secretaryId, { present: body.summonedIds }));
  expectStatus(
    await api(`${path}/tally`, body.secretaryId, {
      ballotsCast: body.summonedIds.length,
      votes: view.candidates.map((candidateId: string) => ({ candidateId, votes: body.summonedIds.length })),
      sheetSha256: 'e2e'.padEnd(64, '0'),
    }),
  );
}

/**
 * HR proposes `candidate` from outside for Quảng An's chairman with one sign-off step (`org-office`, a
 * group task of `assigneeIds`), and the three conferences are held by their secretaries: answers the
 * workflow id and the API path once the procedure waits at its sign-off.
 */
export async function outsideAppointmentAtSignOff(
  api: DemoApi,
  candidate: string,
  step: { label: string; assigneeIds: string[] },
): Promise<{ id: string; base: string }> {
  const started = expectStatus(
    await api('/appointments', 'U-HR-01', {
      candidateIds: [candidate],
      postId: QUANG_AN_CHAIRMAN,
      source: 'outside',
      collective: DEMO_COLLECTIVE,
      homeUnitConference: DEMO_HOME_UNIT_CONSULTATION,
      signOffMode: 'sequential',
      signOff: [{ key: 'org-office', ...step }],
      signerId: 'U-BT-01',
    }),
    201,
  );
  const id: string = started.id;
  await excuseDemoDossier(api, id);
  const base = `/appointments/${id.split('/').slice(1).join('/')}`;
  await holdDemoConference(api, base, 1, DEMO_COLLECTIVE);
  await holdDemoConference(api, base, 2, DEMO_HOME_UNIT_CONSULTATION);
  await holdDemoConference(api, base, 3, DEMO_COLLECTIVE);
  await waitUntil(
    'the sign-off',
    async () => expectStatus(await api(base, 'U-XEM-01')).stage === 'sign_off',
    30_000,
    200,
  );
  return { id, base };
}

/** Waits until the workflow's journal holds a step of this kind (the term run records its start later). */
export function journalStep(pg: PgClient, workflowId: string, kind: string): Promise<void> {
  return waitUntil(
    `${kind} in the journal of ${workflowId}`,
    async () =>
      (await pg.query('SELECT 1 FROM workflow_step WHERE workflow_id = $1 AND kind = $2', [workflowId, kind]))
        .rowCount === 1,
    30_000,
    200,
  );
}

/** The journal of an outside candidate's appointment from the proposal to the first term, in order. */
export const OUTSIDE_APPOINTMENT_STEPS = [
  'proposed',
  'eligibility_checked',
  // The demo's candidates have no dossier documents: the signer excuses it (demo-dossier.ts).
  'dossier_checked',
  'dossier_exception_granted',
  'conference_convened',
  'conference_closed',
  'conference_convened',
  'conference_closed',
  'conference_convened',
  'conference_closed',
  'sign_off_opened',
  'task_decided',
  'task_decided',
  'decision_signed',
  'appointed',
  'term_started',
];

/**
 * The workflow's journal holds each step key once, the steps of an outside candidate's appointment to
 * its term in order, and its hash chain verifies over the API. Answers the number of rows.
 */
export async function expectJournalOfAppointedOutsideCandidate(
  pg: PgClient,
  api: DemoApi,
  workflowId: string,
): Promise<number> {
  const { rows: steps } = await pg.query<{ step_key: string; kind: string }>(
    'SELECT step_key, kind FROM workflow_step WHERE workflow_id = $1 ORDER BY seq',
    [workflowId],
  );
  expect(new Set(steps.map((s) => s.step_key)).size).toBe(steps.length);
  expect(steps.map((s) => s.kind)).toEqual(OUTSIDE_APPOINTMENT_STEPS);
  expect(
    expectStatus(await api(`/audit/verify?workflowId=${encodeURIComponent(workflowId)}`, 'U-TCNV-01')),
  ).toEqual({ workflowId, rows: steps.length, ok: true });
  return steps.length;
}
