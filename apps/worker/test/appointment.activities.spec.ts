import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { createDataSource, createDocumentStore, verifyWorkflowChain } from '@personnel/persistence';
import {
  appointmentStepInput,
  createTestDatabase,
  procedureStepInput,
  procedureTask,
  type TestDatabase,
} from '@personnel/persistence/testing';
import type { WriteAssignmentInput } from '@personnel/contracts';
import { createAppointmentActivities } from '../src/activities/appointment.activities';
import { createProcedureActivities } from '../src/activities/procedure.activities';

describe('procedure and appointment activities (real Postgres)', () => {
  let db: TestDatabase;
  let activities: ReturnType<typeof createAppointmentActivities> &
    ReturnType<typeof createProcedureActivities>;
  const env = () => {
    const mock = new MockActivityEnvironment();
    return {
      run: <A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A): Promise<R> =>
        mock.run(fn, ...args) as Promise<R>,
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase('appt_activities');
    activities = {
      ...createProcedureActivities(db.dataSource),
      ...createAppointmentActivities(db.dataSource, createDocumentStore(db.dataSource, { kind: 'pg' })),
    };
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    await q(`INSERT INTO post (code, title, unit_id, level, is_head, standards)
             SELECT p.code, p.title, u.id, 'commune', true, '{"minEducation":"bachelor","requiredCourseCodes":[]}'::jsonb
             FROM unit u, (VALUES ('QA-CT', 'Chủ tịch'), ('QA-VP', 'Văn phòng')) AS p(code, title)
             WHERE u.code = 'DH-QA'`);
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'active'),
                    ('CB-2', 'Trần Thị Bình', 'tran thi binh', 'female', '1982-01-02', 'QN-DH-QA', 'Kinh',
                     'bachelor', 'advanced', 'principal', true, 'retired')`);
    await q(`INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
             SELECT c.id, 'appointment', p.unit_id, p.id, '2020-01-01' FROM cadre c, post p
             WHERE c.code = 'CB-1' AND p.code = 'QA-VP'`);
    await q(`INSERT INTO public_holiday (date, name) VALUES ('2025-09-02', 'Quốc khánh'), ('2026-01-01', 'Tết Dương lịch'),
             ('2026-04-30', 'Giải phóng miền Nam'), ('2027-01-01', 'Tết Dương lịch')`);
    await q(
      `INSERT INTO public_holiday (date, name, kind) VALUES ('2026-01-10', 'Ngày làm bù', 'working_day')`,
    );
  });
  afterAll(() => db.drop());

  it('records a kernel step of any kind once, with its procedure row; a retry writes nothing', async () => {
    const input = procedureStepInput({ workflowId: 'rotation/CB-1/1', tasks: [procedureTask()] });
    await expect(env().run(activities.recordProcedureStep, input)).resolves.toEqual({ inserted: true });
    await expect(
      new MockActivityEnvironment({ attempt: 2 }).run(activities.recordProcedureStep, input),
    ).resolves.toEqual({ inserted: false });
    expect(
      await db.dataSource.query(`SELECT kind, stage, last_seq FROM procedure WHERE id = 'rotation/CB-1/1'`),
    ).toEqual([{ kind: 'rotation', stage: 'proposal', last_seq: 0 }]);
  });

  it('records a legacy appointment step once through the kernel; a retry writes nothing and the chain verifies', async () => {
    const input = appointmentStepInput({ workflowId: 'appointment/QA-CT/1', tasks: [procedureTask()] });
    await expect(env().run(activities.recordAppointmentStep, input)).resolves.toEqual({ inserted: true });
    await expect(
      new MockActivityEnvironment({ attempt: 2 }).run(activities.recordAppointmentStep, {
        ...input,
        runId: 'r2',
      }),
    ).resolves.toEqual({ inserted: false });
    expect(await verifyWorkflowChain(db.dataSource, input.workflowId)).toMatchObject({ ok: true, rows: 1 });
    const [task] = await db.dataSource.query(
      `SELECT status, last_seq FROM procedure_task WHERE workflow_id = $1`,
      [input.workflowId],
    );
    expect(task).toEqual({ status: 'open', last_seq: 0 });
    const [row] = await db.dataSource.query(`SELECT kind, detail FROM procedure WHERE id = $1`, [
      input.workflowId,
    ]);
    expect(row).toEqual({
      kind: 'appointment',
      detail: { source: 'local', round: 1, appointee: null, decision: null, exceptionGranted: false },
    });
  });

  it('loads every candidate with the post from one snapshot; null for unknown codes', async () => {
    const facts = await env().run(activities.loadCandidateFacts, {
      cadreIds: ['CB-1', 'CB-404'],
      postId: 'QA-CT',
      asOf: '2026-03-02',
    });
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatchObject({
      cadreId: 'CB-1',
      cadre: { cadreCode: 'CB-1' },
      post: { postCode: 'QA-CT' },
    });
    expect(facts[1]).toEqual({
      cadreId: 'CB-404',
      cadre: null,
      post: expect.objectContaining({ postCode: 'QA-CT' }),
    });
    const unknownPost = await env().run(activities.loadCandidateFacts, {
      cadreIds: ['CB-1'],
      postId: 'NOPE',
      asOf: '2026-03-02',
    });
    expect(unknownPost[0].post).toBeNull();
  });

  it('loads the calendar of the years asked for, each day with its kind', async () => {
    expect(await env().run(activities.loadHolidays, { fromDate: '2026-01-01', years: 1 })).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'day_off' },
      { date: '2026-01-10', name: 'Ngày làm bù', kind: 'working_day' },
      { date: '2026-04-30', name: 'Giải phóng miền Nam', kind: 'day_off' },
    ]);
  });

  it('verifies a dossier against the document store', async () => {
    const store = createDocumentStore(db.dataSource, { kind: 'pg' });
    const doc = await store.put({
      content: Buffer.from('CV'),
      kind: 'cv',
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      uploadedBy: 'U-HR',
      uploaderUnitCode: null,
    });
    const { uploadedAt: _a, uploadedBy: _b, store: _c, ...ref } = doc;
    expect(await env().run(activities.verifyDossier, { documents: [ref] })).toEqual({
      ok: true,
      problems: [],
    });
    const missing = { ...ref, id: '11111111-1111-4111-8111-111111111111' };
    const check = await env().run(activities.verifyDossier, { documents: [ref, missing] });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([expect.stringContaining('11111111-1111-4111-8111-111111111111')]);
  });

  const assignment = (overrides: Partial<WriteAssignmentInput> = {}): WriteAssignmentInput => ({
    workflowId: 'appointment/QA-CT/1',
    cadreId: 'CB-1',
    postId: 'QA-CT',
    effectiveDate: '2026-04-01',
    decisionRef: '125/QĐ-UBND',
    kind: 'appointment',
    ...overrides,
  });

  it('writes the assignment once, however often it is retried', async () => {
    const first = await env().run(activities.writeAssignment, assignment());
    expect(first.created).toBe(true);
    const again = await Promise.all([1, 2].map(() => env().run(activities.writeAssignment, assignment())));
    expect(again).toEqual([
      { assignmentId: first.assignmentId, created: false },
      { assignmentId: first.assignmentId, created: false },
    ]);
    const rows = await db.dataSource.query(
      `SELECT p.code, a.kind, to_char(a.from_date, 'YYYY-MM-DD') AS from_date, a.to_date, a.decision_ref
       FROM assignment a JOIN post p ON p.id = a.post_id JOIN cadre c ON c.id = a.cadre_id
       WHERE c.code = 'CB-1' ORDER BY a.from_date`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      code: 'QA-CT',
      kind: 'appointment',
      from_date: '2026-04-01',
      to_date: null,
      decision_ref: '125/QĐ-UBND',
    });
  });

  it('fails non-retryably on a registry refusal (inactive or unknown cadre)', async () => {
    const inactive = env().run(
      activities.writeAssignment,
      assignment({ cadreId: 'CB-2', decisionRef: '126/QĐ' }),
    );
    await expect(inactive).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(inactive).rejects.toMatchObject({
      nonRetryable: true,
      message: expect.stringMatching(/retired/),
    });
    await expect(
      env().run(activities.writeAssignment, assignment({ cadreId: 'CB-404', decisionRef: '127/QĐ' })),
    ).rejects.toMatchObject({ nonRetryable: true, type: 'registry_not_found' });
  });

  it('fails retryably when Postgres is unreachable', async () => {
    const down = createDataSource({ url: 'postgres://x:y@127.0.0.1:1/none' });
    const broken = createAppointmentActivities(down, createDocumentStore(down, { kind: 'pg' }));
    const failure = env().run(broken.writeAssignment, assignment());
    await expect(failure).rejects.toThrow();
    await expect(failure).rejects.not.toBeInstanceOf(ApplicationFailure);
  });
});
