import { recordProcedureStep } from '../src/journal';
import { journalTimeline, ProcedureQueries } from '../src/procedures';
import { readSnapshot } from '../src/procedures/read-snapshot';
import { createTestDatabase, laterStep, procedureStepInput, type TestDatabase } from '../src/testing';

describe('a procedure page read as of one instant (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('read_snapshot');
  });
  afterAll(() => db.drop());

  it('shows the stage and the timeline of the same moment while a later step commits in between', async () => {
    const first = procedureStepInput({ workflowId: 'rotation/S-1/1' });
    await recordProcedureStep(db.dataSource, first);

    const page = await readSnapshot(db.dataSource, async (reader) => {
      const [row]: { stage: string }[] = await reader.query('SELECT stage FROM procedure WHERE id = $1', [
        first.workflowId,
      ]);
      // The workflow moves on between the page's first and second read.
      await recordProcedureStep(db.dataSource, laterStep(first, 1, 'awaiting_dossier'));
      const timeline = await journalTimeline(reader, first.workflowId);
      return { stage: row.stage, steps: timeline.map((t) => t.seq) };
    });
    expect(page).toEqual({ stage: first.procedure.stage, steps: [0] });

    const now = await new ProcedureQueries(db.dataSource).get(first.workflowId);
    expect({ stage: now?.stage, steps: now?.timeline.map((t) => t.seq) }).toEqual({
      stage: 'awaiting_dossier',
      steps: [0, 1],
    });
  });

  it('writes nothing: the page is read only', async () => {
    await expect(
      readSnapshot(db.dataSource, (reader) =>
        reader.query(`DELETE FROM procedure WHERE id = 'rotation/S-1/1'`),
      ),
    ).rejects.toThrow(/read-only transaction/);
  });
});
