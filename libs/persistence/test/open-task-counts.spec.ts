import { recordProcedureStep } from '../src/journal';
import { openTaskCounts } from '../src/procedures';
import { createTestDatabase, procedureStepInput, procedureTask, type TestDatabase } from '../src/testing';

const PAST = '2020-01-01T00:00:00.000Z';
const LATER = '2099-06-01T00:00:00.000Z';

describe('open and overdue tasks by kind and unit (the metrics scrape; real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('open_task_counts');
  });
  afterAll(() => db.drop());

  it('counts open tasks per task kind and procedure unit, overdue among them; done tasks not at all', async () => {
    const step = (workflowId: string, unitCode: string, tasks: ReturnType<typeof procedureTask>[]) =>
      recordProcedureStep(db.dataSource, procedureStepInput({ workflowId, tasks, procedure: { unitCode } }));
    await step('rotation/CB-1/1', 'DH-QA', [
      procedureTask({ key: 'a', dueAt: PAST }),
      procedureTask({ key: 'b', dueAt: LATER }),
      procedureTask({ key: 'c', kind: 'conference', dueAt: null }),
      procedureTask({ key: 'd', status: 'done', dueAt: PAST, outcome: 'approve' }),
    ]);
    await step('rotation/CB-2/1', 'DH-QL', [procedureTask({ key: 'a', dueAt: PAST })]);

    const counts = await openTaskCounts(db.dataSource);
    expect(counts.sort((x, y) => `${x.kind}${x.unitCode}`.localeCompare(`${y.kind}${y.unitCode}`))).toEqual([
      { kind: 'conference', unitCode: 'DH-QA', open: 1, overdue: 0 },
      { kind: 'sign_off', unitCode: 'DH-QA', open: 2, overdue: 1 },
      { kind: 'sign_off', unitCode: 'DH-QL', open: 1, overdue: 1 },
    ]);
  });
});
