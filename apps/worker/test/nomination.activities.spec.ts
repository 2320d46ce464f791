import { MockActivityEnvironment } from '@temporalio/testing';
import { createDataSource } from '@personnel/persistence';
import {
  createTestDatabase,
  decisionInput,
  stepInput,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { createNominationActivities } from '../src/activities/nomination.activities';

describe('recordNominationStep activity (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('activities');
  });
  afterAll(() => db.drop());

  const count = async (workflowId: string) =>
    Number(
      (
        await db.dataSource.query('SELECT count(*) AS n FROM workflow_step WHERE workflow_id = $1', [
          workflowId,
        ])
      )[0].n,
    );

  it('records the step on the first attempt', async () => {
    const activities = createNominationActivities(db.dataSource);
    const input = stepInput({ workflowId: 'nomination/CB-0001/QA-CT/1' });
    await expect(
      new MockActivityEnvironment({ attempt: 1 }).run(activities.recordNominationStep, input),
    ).resolves.toEqual({ inserted: true });
    expect(await count(input.workflowId)).toBe(1);
  });

  it('writes nothing on a retry of a step whose first attempt committed', async () => {
    const activities = createNominationActivities(db.dataSource);
    const id = 'nomination/CB-0002/QA-CT/1';
    await new MockActivityEnvironment({ attempt: 1 }).run(
      activities.recordNominationStep,
      stepInput({ workflowId: id, runId: 'run-a' }),
    );
    const retry = new MockActivityEnvironment({ attempt: 2 });
    await expect(
      retry.run(activities.recordNominationStep, stepInput({ workflowId: id, runId: 'run-b' })),
    ).resolves.toEqual({ inserted: false });
    expect(await count(id)).toBe(1);
    const [row] = await db.dataSource.query('SELECT run_id FROM workflow_step WHERE workflow_id = $1', [id]);
    expect(row.run_id).toBe('run-a');
  });

  it('records the decision step and moves the read model on', async () => {
    const activities = createNominationActivities(db.dataSource);
    const id = 'nomination/CB-0003/QA-CT/1';
    const env = new MockActivityEnvironment();
    await env.run(activities.recordNominationStep, stepInput({ workflowId: id }));
    await env.run(activities.recordNominationStep, decisionInput(1, 'U-1', 'pending', 'U-2', id));
    const [row] = await db.dataSource.query(
      'SELECT state, current_approver_id, last_seq FROM nomination WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ state: 'pending', current_approver_id: 'U-2', last_seq: 1 });
  });

  it('fails (so Temporal retries) when Postgres is unreachable', async () => {
    const activities = createNominationActivities(
      createDataSource({ url: 'postgres://x:y@127.0.0.1:1/none' }),
    );
    await expect(
      new MockActivityEnvironment().run(activities.recordNominationStep, stepInput()),
    ).rejects.toThrow();
  });
});
