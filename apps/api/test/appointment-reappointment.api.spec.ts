import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role, TaskView } from '@personnel/contracts';
import { addDays } from '@personnel/domain';
import { todayInVietnam } from '../src/registry/common/today';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
  holdConference as holdAppointmentConference,
} from './appointment-fixtures';

const POST = 'QA-RA-1';
const CADRE = 'CB-A1';
const HR = 'U-HR';
const SIGNER = 'U-LEAD';
const LOCAL_CONFERENCES = [1, 2, 3, 4, 5];
const SHEET = 'c'.repeat(64);
/**
 * The term lasts 12 s and the reappointment notice fires 6 s before its end: 6 s after each signature.
 * Working days of an hour keep every task's deadline far beyond the test.
 */
const TIMING = { termMs: 12_000, reappointmentNoticeMs: 6_000, workingDayMs: 3_600_000 };
const SUMMARY = 'Hoàn thành tốt nhiệm vụ trong nhiệm kỳ; các chỉ tiêu của xã đều đạt và vượt.';

/**
 * A whole term over HTTP with the real worker: the first decision starts term 1 (continue-as-new); the
 * reappointment notice opens the self-assessment; HR submits it; the key cadres' confidence vote (step 11)
 * and the collective's vote (step 12) pass; the signer signs the second decision and term 2 starts.
 */
describe('reappointment at the end of a term, over HTTP (real worker, short timing)', () => {
  let api: ApiUnderTest;
  let id: string;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], cadreId: string | null = null) =>
    authHeaders(api, username, roles, 'DH', cadreId);
  const hr = () => auth(HR, ['hr_officer']);
  const signer = () => auth(SIGNER, ['approver']);
  const path = () => `${APPOINTMENTS}/${id.split('/').slice(1).join('/')}`;
  const selfAssessment = () => `${path()}/self-assessment`;
  const detail = async () =>
    (
      await request(server())
        .get(path())
        .set(await hr())
    ).body;
  const taskOf = async (taskKey: string): Promise<TaskView | undefined> =>
    ((await detail()).tasks as TaskView[]).find((t) => t.taskKey === taskKey);

  const holdConference = (index: number, ballot: 'approval' | 'confidence' = 'approval') =>
    holdAppointmentConference(api, id, index, SHEET, ballot);

  beforeAll(async () => {
    api = await startApiWithWorker({}, { timingOverrides: true });
    await seedRegistry(api, [POST]);
    await seedDirectory(api);
    await planFor(api, CADRE, POST);
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await hr())
      .send(appointmentBody({ postId: POST, candidateIds: [CADRE], timing: TIMING }));
    expect(started.status).toBe(201);
    id = started.body.id;
  }, 120_000);
  afterAll(() => api?.close());

  it('takes the procedure through its conferences and the sign-off to the first decision: term 1', async () => {
    for (const index of LOCAL_CONFERENCES) await holdConference(index);
    await waitUntil('the sign-off', async () => (await taskOf('r1-org-office'))?.status === 'open');
    const approved = await request(server())
      .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
      .set(await auth('U-APP', ['approver']))
      .send({ verdict: 'approve', comment: 'Hồ sơ đủ' });
    expect(approved.status).toBe(200);

    await waitUntil('the decision task', async () => (await taskOf('decision'))?.status === 'open');
    const signed = await request(server())
      .post(`${path()}/decision`)
      .set(await signer())
      .send({ number: '101/QĐ-UBND', effectiveDate: todayInVietnam() });
    expect(signed.status).toBe(200);

    await waitUntil('term 1', async () => {
      const d = await detail();
      return d.stage === 'in_term' && d.status?.term === 1;
    });
    expect((await detail()).state).toBe('appointed');

    // Before the notice, nothing is waiting for a self-assessment.
    const early = await request(server())
      .post(selfAssessment())
      .set(await hr())
      .send({ summary: SUMMARY });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('wrong_stage');
  }, 120_000);

  it('opens the self-assessment for the proposer when the reappointment notice fires', async () => {
    await waitUntil(
      'the reappointment notice',
      async () => (await detail()).stage === 'reappointment',
      30_000,
    );
    await waitUntil(
      'the self-assessment task',
      async () => (await taskOf('self-assessment-t1')) !== undefined,
    );
    const task = await taskOf('self-assessment-t1');
    expect(task).toMatchObject({ kind: 'self_assessment', status: 'open' });
    expect(task?.assigneeIds).toEqual([HR]);
    const inbox = await request(server())
      .get('/api/v1/tasks?scope=mine&kind=self_assessment')
      .set(await hr());
    expect(inbox.status).toBe(200);
    expect(
      inbox.body.items
        .filter((t: TaskView) => t.workflowId === id && t.status === 'open')
        .map((t: TaskView) => t.taskKey),
    ).toEqual(['self-assessment-t1']);
    expect((await detail()).timeline.map((e: { kind: string }) => e.kind)).toContain('reappointment_notice');
  });

  it('refuses a viewer (403 not_authorised), a short or missing summary and an unknown document (400 naming the field)', async () => {
    const viewer = await request(server())
      .post(selfAssessment())
      .set(await auth('U-XEM', ['viewer']))
      .send({ summary: SUMMARY });
    expect(viewer.status).toBe(403);
    expect(viewer.body.code).toBe('not_authorised');

    for (const body of [
      { summary: 'Quá ngắn' },
      { summary: `   ${'x'.repeat(19)}   ` },
      {},
      { summary: 'x'.repeat(4001) },
      { summary: 42 },
    ]) {
      const res = await request(server())
        .post(selfAssessment())
        .set(await hr())
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('summary');
    }
    const unknownDocument = await request(server())
      .post(selfAssessment())
      .set(await hr())
      .send({ summary: SUMMARY, documentIds: [randomUUID()] });
    expect(unknownDocument.status).toBe(400);
    expect(unknownDocument.body.details.map((d: { field: string }) => d.field)).toEqual(['documentIds[0]']);
    const forged = await request(server())
      .post(selfAssessment())
      .set(await hr())
      .send({ summary: SUMMARY, actor: { userId: 'U-FORGED' } });
    expect(forged.status).toBe(400);
    expect(forged.body.details.map((d: { field: string }) => d.field)).toContain('actor');

    expect((await taskOf('self-assessment-t1'))?.status).toBe('open');
  });

  it('takes HR’s self-assessment with a document, then the two votes and the second decision: term 2', async () => {
    const uploaded = await request(server())
      .post('/api/v1/documents?kind=self_assessment&fileName=tu-danh-gia.pdf')
      .set(await hr())
      .set('content-type', 'application/pdf')
      .send(Buffer.from('%PDF-1.4 bản tự đánh giá'));
    expect(uploaded.status).toBe(201);
    const submitted = await request(server())
      .post(selfAssessment())
      .set(await hr())
      .send({ summary: `  ${SUMMARY}  `, documentIds: [uploaded.body.id] });
    expect(submitted.status).toBe(200);
    expect(submitted.body.selfAssessment).toMatchObject({ by: HR, summary: SUMMARY });
    expect(submitted.body.documents.map((d: { id: string }) => d.id)).toContain(uploaded.body.id);

    const again = await request(server())
      .post(selfAssessment())
      .set(await hr())
      .send({ summary: SUMMARY });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('wrong_stage');
    await waitUntil(
      'the self-assessment done',
      async () => (await taskOf('self-assessment-t1'))?.status === 'done',
    );
    expect(await taskOf('self-assessment-t1')).toMatchObject({ outcome: 'submitted' });

    // The key cadres' confidence vote takes QĐ 96's three levels (patched 'reappointment-confidence-ballot').
    await holdConference(11, 'confidence');
    await holdConference(12);

    await waitUntil('the decision of term 2', async () => (await taskOf('decision-t2'))?.status === 'open');
    expect((await detail()).timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['self_assessment', 'decision_requested']),
    );
    const signed = await request(server())
      .post(`${path()}/decision`)
      .set(await signer())
      .send({ number: '202/QĐ-UBND', effectiveDate: addDays(todayInVietnam(), 1) });
    expect(signed.status).toBe(200);

    let term2: { stage: string; state: string; status: { term: number } } | undefined;
    await waitUntil('term 2', async () => {
      const d = await detail();
      if (d.status?.term === 2 && d.stage === 'in_term') term2 = d;
      return term2 !== undefined;
    });
    expect(term2).toMatchObject({ state: 'appointed', stage: 'in_term', status: { term: 2 } });
    await waitUntil('the reappointed entry', async () =>
      (await detail()).timeline.some((e: { kind: string }) => e.kind === 'reappointed'),
    );

    const assignments = await api.db.dataSource.query(
      `SELECT a.kind, a.decision_ref FROM assignment a
         JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       WHERE c.code = $1 AND p.code = $2 ORDER BY a.from_date`,
      [CADRE, POST],
    );
    expect(assignments).toEqual([
      { kind: 'appointment', decision_ref: '101/QĐ-UBND' },
      { kind: 'reappointment', decision_ref: '202/QĐ-UBND' },
    ]);
  }, 120_000);

  it('journals each step once across the runs of the workflow, and the hash chain verifies', async () => {
    const [counts] = await api.db.dataSource.query(
      `SELECT count(*)::int AS rows, count(DISTINCT step_key)::int AS keys, count(DISTINCT seq)::int AS seqs,
              count(DISTINCT run_id)::int AS runs
       FROM workflow_step WHERE workflow_id = $1`,
      [id],
    );
    expect(counts.rows).toBeGreaterThan(0);
    expect(counts.keys).toBe(counts.rows);
    expect(counts.seqs).toBe(counts.rows);
    // The procedure, term 1 and term 2 each ran as their own run (continue-as-new).
    expect(counts.runs).toBeGreaterThanOrEqual(2);
    const kinds: { kind: string }[] = await api.db.dataSource.query(
      `SELECT kind FROM workflow_step WHERE workflow_id = $1 ORDER BY seq`,
      [id],
    );
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['term_started', 'reappointment_notice', 'self_assessment', 'reappointed']),
    );

    // The workflow goes on meanwhile (term 2's reappointment notice comes 6 s into it), so the chain
    // verified may hold steps recorded after the count above: it holds at least those, at most those now.
    const verified = await request(server())
      .get(`/api/v1/audit/verify?workflowId=${encodeURIComponent(id)}`)
      .set(await auth('U-AUDIT', ['org_office']));
    const [after] = await api.db.dataSource.query(
      `SELECT count(*)::int AS rows FROM workflow_step WHERE workflow_id = $1`,
      [id],
    );
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
    expect(verified.body.rows).toBeGreaterThanOrEqual(counts.rows);
    expect(verified.body.rows).toBeLessThanOrEqual(after.rows);
  });
});
