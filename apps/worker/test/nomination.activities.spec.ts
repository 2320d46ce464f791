import { MockActivityEnvironment } from '@temporalio/testing';
import type { RecordNominationStepInput } from '@personnel/contracts';
import { createDataSource } from '@personnel/persistence';
import { createTestDatabase, type TestDatabase } from '@personnel/persistence/testing';
import { createNominationActivities } from '../src/activities/nomination.activities';

const input = (overrides: Partial<RecordNominationStepInput> = {}): RecordNominationStepInput => {
  const workflowId = overrides.workflowId ?? 'nomination/CB-0001/QA-CT/1';
  return {
    workflowId,
    runId: 'run-a',
    stepKey: 'proposed',
    seq: 0,
    actor: 'U-HR',
    kind: 'proposed',
    payload: { approverIds: ['U-1'] },
    occurredAt: '2026-04-01T01:00:00.000Z',
    nomination: {
      cadreId: workflowId.split('/')[1],
      postId: 'QA-CT',
      proposedBy: 'U-HR',
      approverIds: ['U-1'],
      state: 'pending',
      currentApproverId: 'U-1',
      proposedAt: '2026-04-01T01:00:00.000Z',
    },
    ...overrides,
  };
};

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
    const env = new MockActivityEnvironment({ attempt: 1 });
    await expect(env.run(activities.recordNominationStep, input())).resolves.toEqual({ inserted: true });
    expect(await count('nomination/CB-0001/QA-CT/1')).toBe(1);
  });

  it('writes nothing on a retry of a step whose first attempt committed', async () => {
    const activities = createNominationActivities(db.dataSource);
    const id = 'nomination/CB-0002/QA-CT/1';
    await new MockActivityEnvironment({ attempt: 1 }).run(
      activities.recordNominationStep,
      input({ workflowId: id }),
    );
    const retry = new MockActivityEnvironment({ attempt: 2 });
    await expect(
      retry.run(activities.recordNominationStep, input({ workflowId: id, runId: 'run-b' })),
    ).resolves.toEqual({ inserted: false });
    expect(await count(id)).toBe(1);
    const [row] = await db.dataSource.query('SELECT run_id FROM workflow_step WHERE workflow_id = $1', [id]);
    expect(row.run_id).toBe('run-a');
  });

  it('records the decision step and moves the read model to the next approver', async () => {
    const activities = createNominationActivities(db.dataSource);
    const id = 'nomination/CB-0003/QA-CT/1';
    const env = new MockActivityEnvironment();
    await env.run(activities.recordNominationStep, input({ workflowId: id }));
    await env.run(
      activities.recordNominationStep,
      input({
        workflowId: id,
        stepKey: 'decision/1/U-1',
        seq: 1,
        actor: 'U-1',
        kind: 'decision',
        payload: { decision: 'approve' },
        nomination: { ...input({ workflowId: id }).nomination, state: 'approved', currentApproverId: null },
      }),
    );
    const [row] = await db.dataSource.query(
      'SELECT state, current_approver_id, last_seq FROM nomination WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ state: 'approved', current_approver_id: null, last_seq: 1 });
  });

  it('fails (so Temporal retries) when Postgres is unreachable', async () => {
    const unreachable = createDataSource({ url: 'postgres://x:y@127.0.0.1:1/none' });
    const activities = createNominationActivities(unreachable);
    await expect(
      new MockActivityEnvironment().run(activities.recordNominationStep, input()),
    ).rejects.toThrow();
  });
});
