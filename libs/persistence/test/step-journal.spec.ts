import { NominationQueries } from '../src/nomination-queries';
import { recordNominationStep } from '../src/step-journal';
import { createTestDatabase, decisionInput, stepInput, type TestDatabase } from '../src/testing';

describe('step journal (real Postgres)', () => {
  let db: TestDatabase;
  let queries: NominationQueries;

  beforeAll(async () => {
    db = await createTestDatabase('journal');
    queries = new NominationQueries(db.dataSource);
  });
  afterAll(() => db.drop());

  const stepRows = async (workflowId: string) =>
    db.dataSource.query(
      'SELECT step_key, seq, actor FROM workflow_step WHERE workflow_id = $1 ORDER BY seq',
      [workflowId],
    );

  it('records a step and creates the read model in one go', async () => {
    const input = stepInput({ workflowId: 'nomination/CB-1/P-1/1' });
    await expect(recordNominationStep(db.dataSource, input)).resolves.toEqual({ inserted: true });
    const detail = await queries.findById(input.workflowId);
    expect(detail).toMatchObject({
      state: 'pending',
      currentApproverId: 'U-1',
      cadreId: 'CB-1',
      postId: 'P-1',
    });
    expect(detail?.timeline).toEqual([
      expect.objectContaining({ seq: 0, stepKey: 'proposed', actor: 'U-HR' }),
    ]);
  });

  it('writes a repeated step exactly once, however often it is retried', async () => {
    const id = 'nomination/CB-2/P-1/1';
    await recordNominationStep(db.dataSource, stepInput({ workflowId: id }));
    const again = await Promise.all(
      [1, 2, 3].map(() => recordNominationStep(db.dataSource, stepInput({ workflowId: id }))),
    );
    expect(again.every((o) => !o.inserted)).toBe(true);
    expect(await stepRows(id)).toHaveLength(1);
  });

  it('never rolls the read model back when an older step lands late', async () => {
    const id = 'nomination/CB-3/P-1/1';
    await recordNominationStep(db.dataSource, stepInput({ workflowId: id }));
    await recordNominationStep(db.dataSource, decisionInput(2, 'U-2', 'approved', null, id));
    await recordNominationStep(db.dataSource, decisionInput(1, 'U-1', 'pending', 'U-2', id));
    expect(await queries.findById(id)).toMatchObject({ state: 'approved', currentApproverId: null });
    expect((await stepRows(id)).map((r: { seq: number }) => r.seq)).toEqual([0, 1, 2]);
  });

  it('leaves nothing behind when the read-model update fails', async () => {
    const id = 'nomination/CB-4/P-1/1';
    const broken = stepInput({
      workflowId: id,
      nomination: { ...stepInput().nomination, state: 'unknown' as never },
    });
    await expect(recordNominationStep(db.dataSource, broken)).rejects.toThrow();
    expect(await stepRows(id)).toHaveLength(0);
    await expect(recordNominationStep(db.dataSource, stepInput({ workflowId: id }))).resolves.toEqual({
      inserted: true,
    });
  });

  it('refuses a workflow id that is not a nomination', async () => {
    await expect(
      recordNominationStep(db.dataSource, stepInput({ workflowId: 'rotation/CB-1/1' })),
    ).rejects.toThrow(/not a nomination/);
  });
});
