import { recordProcedureStep } from '../src/journal';
import { ProcedureQueries } from '../src/procedures';
import {
  createTestDatabase,
  laterStep,
  procedureStepInput,
  procedureTask,
  type TestDatabase,
} from '../src/testing';

describe('procedure step journal, any kind (real Postgres)', () => {
  let db: TestDatabase;
  let procedures: ProcedureQueries;
  beforeAll(async () => {
    db = await createTestDatabase('procedure_journal');
    procedures = new ProcedureQueries(db.dataSource);
  });
  afterAll(() => db.drop());

  const row = async (id: string) =>
    (
      await db.dataSource.query(
        `SELECT stage, state, to_char(stage_entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS entered, last_seq, detail
         FROM procedure WHERE id = $1`,
        [id],
      )
    )[0];

  it('records the first step with the procedure row, its tasks and its timeline rows', async () => {
    const input = procedureStepInput({
      workflowId: 'rotation/J-1/1',
      tasks: [procedureTask({ key: 'review' })],
      concerns: ['J-1'],
      procedure: { subjectCadreIds: ['J-1'], detail: { fromPost: 'A', toPost: 'B' } },
    });
    expect(await recordProcedureStep(db.dataSource, input)).toEqual({ inserted: true });
    expect(await procedures.scopeOf('rotation/J-1/1')).toEqual({
      id: 'rotation/J-1/1',
      kind: 'rotation',
      unitCode: 'DH-QA',
      proposedBy: 'U-HR',
      subjectCadreIds: ['J-1'],
      state: 'in_progress',
      stage: 'proposal',
    });
    const found = await procedures.get('rotation/J-1/1');
    expect(found).toMatchObject({
      kind: 'rotation',
      detail: { fromPost: 'A', toPost: 'B' },
      postId: null,
      timeline: [{ seq: 0, stepKey: 'proposed' }],
      tasks: [{ taskKey: 'review', procedureKind: 'rotation', stage: 'proposal', cadreIds: ['J-1'] }],
    });
    expect(
      await db.dataSource.query(`SELECT cadre_code FROM cadre_timeline WHERE workflow_id = 'rotation/J-1/1'`),
    ).toEqual([{ cadre_code: 'J-1' }]);
    expect(await procedures.scopeOf('rotation/NOPE/1')).toBeNull();
    expect(await procedures.get('rotation/NOPE/1')).toBeUndefined();
  });

  it('checks the unit scope with the row: the procedure’s unit in the subtree of the user’s unit, or no unit', async () => {
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('SC', 'Huyện SC', 'district', 'QN-SC')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'SC-A', 'Xã A', 'commune', id, 'QN-SC-A' FROM unit WHERE code = 'SC'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'SC-A-VP', 'Văn phòng xã A', 'agency', id, 'QN-SC-A' FROM unit WHERE code = 'SC-A'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'SC-B', 'Xã B', 'commune', id, 'QN-SC-B' FROM unit WHERE code = 'SC'`);
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({ workflowId: 'rotation/S-1/1', procedure: { unitCode: 'SC-A-VP' } }),
    );
    const inScope = async (unitCode: string | null) =>
      (await procedures.scopeFor('rotation/S-1/1', unitCode))?.inScope;
    expect(await procedures.scopeFor('rotation/S-1/1', 'SC-A')).toEqual({
      procedure: expect.objectContaining({ id: 'rotation/S-1/1', unitCode: 'SC-A-VP' }),
      inScope: true,
    });
    expect([await inScope('SC'), await inScope('SC-A-VP'), await inScope(null)]).toEqual([true, true, true]);
    expect([await inScope('SC-B'), await inScope('NOPE')]).toEqual([false, false]);
    expect(await procedures.scopeFor('rotation/NOPE/1', null)).toBeNull();
  });

  it('writes nothing on a retry, however often it comes', async () => {
    const input = procedureStepInput({ workflowId: 'rotation/J-2/1' });
    await recordProcedureStep(db.dataSource, input);
    const again = await Promise.all([1, 2, 3].map(() => recordProcedureStep(db.dataSource, input)));
    expect(again).toEqual([{ inserted: false }, { inserted: false }, { inserted: false }]);
    expect(
      await db.dataSource.query(
        `SELECT count(*)::int AS n FROM workflow_step WHERE workflow_id = 'rotation/J-2/1'`,
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('keeps the time the stage was entered while the stage holds, and moves it with the stage', async () => {
    const first = procedureStepInput({ workflowId: 'rotation/J-3/1' });
    await recordProcedureStep(db.dataSource, first);
    await recordProcedureStep(db.dataSource, laterStep(first, 1, 'proposal', { state: 'in_progress' }));
    expect(await row('rotation/J-3/1')).toMatchObject({
      stage: 'proposal',
      entered: '2026-03-02',
      last_seq: 1,
    });
    await recordProcedureStep(db.dataSource, laterStep(first, 2, 'sign_off'));
    expect(await row('rotation/J-3/1')).toMatchObject({
      stage: 'sign_off',
      entered: '2026-03-04',
      last_seq: 2,
    });
  });

  it('never rolls the procedure or a task back when an older step lands late', async () => {
    const first = procedureStepInput({ workflowId: 'rotation/J-4/1' });
    await recordProcedureStep(db.dataSource, first);
    await recordProcedureStep(db.dataSource, {
      ...laterStep(first, 5, 'decision'),
      tasks: [procedureTask({ key: 'sign', status: 'done' })],
    });
    await recordProcedureStep(db.dataSource, {
      ...laterStep(first, 3, 'sign_off'),
      tasks: [procedureTask({ key: 'sign', status: 'open' })],
    });
    expect(await row('rotation/J-4/1')).toMatchObject({ stage: 'decision', last_seq: 5 });
    expect(
      await db.dataSource.query(`SELECT status FROM procedure_task WHERE workflow_id = 'rotation/J-4/1'`),
    ).toEqual([{ status: 'done' }]);
  });

  it('leaves nothing behind when a task write fails, so the retry starts clean', async () => {
    const input = procedureStepInput({
      workflowId: 'rotation/J-5/1',
      tasks: [procedureTask({ key: 'bad', kind: 'not_a_kind' as never })],
    });
    await expect(recordProcedureStep(db.dataSource, input)).rejects.toThrow(/ck_procedure_task_kind/);
    expect(await procedures.scopeOf('rotation/J-5/1')).toBeNull();
    expect(
      await db.dataSource.query(
        `SELECT count(*)::int AS n FROM workflow_step WHERE workflow_id = 'rotation/J-5/1'`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses an id that is not a procedure, a snapshot of another kind, and a task listed twice', async () => {
    await expect(
      recordProcedureStep(db.dataSource, procedureStepInput({ workflowId: 'Not A Procedure' })),
    ).rejects.toThrow(/not a procedure workflow id/);
    await expect(
      recordProcedureStep(
        db.dataSource,
        procedureStepInput({ workflowId: 'rotation/J-6/1', procedure: { kind: 'plan' } }),
      ),
    ).rejects.toThrow(/carries a procedure of kind plan/);
    await expect(
      recordProcedureStep(
        db.dataSource,
        procedureStepInput({ workflowId: 'rotation/J-6/1', tasks: [procedureTask(), procedureTask()] }),
      ),
    ).rejects.toThrow(/lists task r1-org-office twice/);
    expect(await procedures.scopeOf('rotation/J-6/1')).toBeNull();
  });
});
