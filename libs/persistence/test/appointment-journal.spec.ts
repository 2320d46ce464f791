import { recordAppointmentStep } from '../src/journal';
import { AppointmentQueries, CadreTimelineQueries } from '../src/procedures';
import { verifyWorkflowChain } from '../src/audit/chain-verifier';
import { TASK_KINDS } from '@personnel/contracts';
import { appointmentStepInput, createTestDatabase, procedureTask, type TestDatabase } from '../src/testing';

describe('appointment step journal (real Postgres)', () => {
  let db: TestDatabase;
  let queries: AppointmentQueries;

  beforeAll(async () => {
    db = await createTestDatabase('appt_journal');
    queries = new AppointmentQueries(db.dataSource);
    await db.dataSource.query(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    await db.dataSource.query(
      `INSERT INTO post (code, title, unit_id, level, standards)
       SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', '{}'::jsonb FROM unit WHERE code = 'DH-QA'`,
    );
    await db.dataSource.query(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active')`,
    );
  });
  afterAll(() => db.drop());

  const count = async (table: string, workflowId: string) =>
    Number(
      (
        await db.dataSource.query(
          `SELECT count(*) AS n FROM ${table} WHERE ${table === 'procedure' ? 'id' : 'workflow_id'} = $1`,
          [workflowId],
        )
      )[0].n,
    );

  it('records the first step with the read model and its tasks, names joined from the registry', async () => {
    const id = 'appointment/QA-CT/1';
    const input = appointmentStepInput({ workflowId: id, tasks: [procedureTask()] });
    await expect(recordAppointmentStep(db.dataSource, input)).resolves.toEqual({ inserted: true });
    const detail = await queries.get(id);
    expect(detail).toMatchObject({
      id,
      candidateIds: ['CB-1'],
      candidateNames: ['Nguyễn Văn An'],
      postTitle: 'Chủ tịch UBND xã Quảng An',
      unitName: 'Xã Quảng An',
      state: 'in_progress',
      stage: 'eligibility_check',
      decisionNumber: null,
    });
    expect(detail?.timeline).toEqual([expect.objectContaining({ seq: 0, stepKey: 'proposed' })]);
    expect(detail?.tasks).toEqual([
      expect.objectContaining({ taskKey: 'r1-org-office', assigneeIds: ['U-1'], status: 'open' }),
    ]);
    expect(await queries.get('appointment/QA-CT/99')).toBeUndefined();
  });

  it('writes nothing on a retry, however often it comes', async () => {
    const id = 'appointment/QA-CT/2';
    await recordAppointmentStep(
      db.dataSource,
      appointmentStepInput({ workflowId: id, tasks: [procedureTask()] }),
    );
    const retry = appointmentStepInput({
      workflowId: id,
      runId: 'run-2',
      appointment: { ...appointmentStepInput().appointment, stage: 'sign_off' },
      tasks: [procedureTask({ label: 'changed' })],
    });
    const again = await Promise.all([1, 2, 3].map(() => recordAppointmentStep(db.dataSource, retry)));
    expect(again.every((o) => !o.inserted)).toBe(true);
    expect(await count('workflow_step', id)).toBe(1);
    const detail = await queries.get(id);
    expect(detail?.stage).toBe('eligibility_check');
    expect(detail?.tasks[0]).toMatchObject({ label: 'Cơ quan Tổ chức - Nội vụ thẩm định' });
  });

  it('keeps one hash chain that verifies across appointment steps', async () => {
    const id = 'appointment/QA-CT/3';
    await recordAppointmentStep(db.dataSource, appointmentStepInput({ workflowId: id }));
    for (const seq of [1, 2, 3])
      await recordAppointmentStep(
        db.dataSource,
        appointmentStepInput({ workflowId: id, stepKey: `step-${seq}`, seq, kind: 'stage' }),
      );
    await recordAppointmentStep(
      db.dataSource,
      appointmentStepInput({ workflowId: id, stepKey: 'step-2', seq: 2 }),
    );
    expect(await verifyWorkflowChain(db.dataSource, id)).toMatchObject({ ok: true, rows: 4 });
  });

  it('never rolls the appointment or a task back when an older step lands late', async () => {
    const id = 'appointment/QA-CT/4';
    const base = appointmentStepInput({ workflowId: id });
    await recordAppointmentStep(db.dataSource, { ...base, tasks: [procedureTask()] });
    await recordAppointmentStep(db.dataSource, {
      ...base,
      stepKey: 'decided',
      seq: 2,
      occurredAt: '2026-03-04T02:00:00.000Z',
      appointment: { ...base.appointment, stage: 'awaiting_decision' },
      tasks: [procedureTask({ status: 'done', outcome: 'approve', completedBy: 'U-1' })],
    });
    await recordAppointmentStep(db.dataSource, {
      ...base,
      stepKey: 'claimed',
      seq: 1,
      occurredAt: '2026-03-03T02:00:00.000Z',
      appointment: { ...base.appointment, stage: 'sign_off' },
      tasks: [procedureTask({ claimedBy: 'U-1' }), procedureTask({ key: 'r1-deputy', assigneeIds: ['U-2'] })],
    });
    const detail = await queries.get(id);
    expect(detail?.stage).toBe('awaiting_decision');
    expect(detail?.updatedAt).toBe('2026-03-04T02:00:00.000Z');
    const byKey = Object.fromEntries((detail?.tasks ?? []).map((t) => [t.taskKey, t]));
    expect(byKey['r1-org-office']).toMatchObject({ status: 'done', outcome: 'approve', claimedBy: null });
    // A task only the late step knew about is still written: it was never rolled back, only new.
    expect(byKey['r1-deputy']).toMatchObject({ status: 'open' });
    expect(await count('workflow_step', id)).toBe(3);
  });

  it('leaves nothing behind when a task write fails, so the retry starts clean', async () => {
    const id = 'appointment/QA-CT/5';
    const broken = appointmentStepInput({
      workflowId: id,
      tasks: [procedureTask({ status: 'lost' as never })],
    });
    await expect(recordAppointmentStep(db.dataSource, broken)).rejects.toThrow();
    expect(await count('workflow_step', id)).toBe(0);
    expect(await count('procedure', id)).toBe(0);
    await expect(
      recordAppointmentStep(
        db.dataSource,
        appointmentStepInput({ workflowId: id, tasks: [procedureTask()] }),
      ),
    ).resolves.toEqual({ inserted: true });
  });

  it('refuses an id that is not an appointment or a snapshot of another post', async () => {
    await expect(
      recordAppointmentStep(db.dataSource, appointmentStepInput({ workflowId: 'nomination/CB-1/QA-CT/1' })),
    ).rejects.toThrow(/not an appointment/);
    const input = appointmentStepInput({ workflowId: 'appointment/QA-CT/6' });
    await expect(
      recordAppointmentStep(db.dataSource, {
        ...input,
        appointment: { ...input.appointment, postId: 'OTHER' },
      }),
    ).rejects.toThrow(/carries post OTHER/);
  });

  it('lists newest first with filters, and numbers the next procedure of a post', async () => {
    const all = await queries.list({ limit: 50, offset: 0 });
    expect(all.total).toBe(5);
    expect(all.items[0].id).toBe('appointment/QA-CT/4');
    expect((await queries.list({ stage: 'awaiting_decision', limit: 50, offset: 0 })).total).toBe(1);
    expect((await queries.list({ candidateId: 'CB-1', limit: 1, offset: 0 })).items).toHaveLength(1);
    expect((await queries.list({ candidateId: 'CB-9', limit: 50, offset: 0 })).total).toBe(0);
    expect((await queries.list({ unitCodes: ['DH-QL'], limit: 50, offset: 0 })).total).toBe(0);
    expect((await queries.list({ proposedBy: 'U-HR', postId: 'QA-CT', limit: 50, offset: 0 })).total).toBe(5);
    expect(await queries.nextSequence('QA-CT')).toBe(6);
    expect(await queries.nextSequence('QL-VP')).toBe(1);
  });

  it('holds a task of every kind the workflow opens', async () => {
    const id = 'appointment/QA-CT/70';
    const tasks = TASK_KINDS.map((kind) => procedureTask({ key: `k-${kind}`, kind }));
    await expect(
      recordAppointmentStep(db.dataSource, appointmentStepInput({ workflowId: id, tasks })),
    ).resolves.toEqual({
      inserted: true,
    });
    const rows: { kind: string }[] = await db.dataSource.query(
      'SELECT kind FROM procedure_task WHERE workflow_id = $1 ORDER BY kind',
      [id],
    );
    expect(rows.map((r) => r.kind)).toEqual([...TASK_KINDS].sort());
  });

  it("puts each milestone on the timeline of the candidates it concerns, once, within the reader's scope", async () => {
    const id = 'appointment/QA-CT/80';
    const step = (seq: number, kind: string, concerns: string[]) =>
      appointmentStepInput({ workflowId: id, stepKey: `${seq}/${kind}`, seq, kind, concerns });
    await recordAppointmentStep(db.dataSource, step(0, 'proposed', ['CB-1', 'CB-2']));
    await recordAppointmentStep(db.dataSource, step(1, 'task_claimed', []));
    await recordAppointmentStep(db.dataSource, step(2, 'conference_closed', ['CB-1']));
    await recordAppointmentStep(db.dataSource, step(2, 'conference_closed', ['CB-1']));
    const timelines = new CadreTimelineQueries(db.dataSource);
    const of = async (cadreCode: string, unitCodes?: string[]) =>
      (await timelines.list({ cadreCode, unitCodes, limit: 10, offset: 0 })).items.map((e) => [
        e.procedureKind,
        e.kind,
        e.postTitle,
        e.procedureState,
      ]);
    expect(await of('CB-1')).toEqual([
      ['appointment', 'conference_closed', 'Chủ tịch UBND xã Quảng An', 'in_progress'],
      ['appointment', 'proposed', 'Chủ tịch UBND xã Quảng An', 'in_progress'],
    ]);
    expect(await of('CB-2')).toEqual([
      ['appointment', 'proposed', 'Chủ tịch UBND xã Quảng An', 'in_progress'],
    ]);
    expect(await of('CB-1', ['DH-QL'])).toEqual([]);
  });
});
