import { MockActivityEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { readWorkerConfig } from '@personnel/config';
import {
  createTestDatabase,
  procedureStepInput,
  stallableRelay,
  type StallableRelay,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { createProcedureActivities } from '../src/activities/procedure.activities';
import { workerDataSource } from '../src/worker';

/**
 * A Postgres that stops answering mid-session (frozen, not refused): the worker's journal activity fails
 * its attempt within the query timeout, so Temporal retries it, rather than hanging past its
 * start-to-close timeout on a connection that never answers; once the database answers, it records.
 */
describe('worker activities on a stalled database', () => {
  let db: TestDatabase;
  let relay: StallableRelay;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('worker_stalled_db');
    relay = await stallableRelay(db.url);
    dataSource = workerDataSource(
      readWorkerConfig({ DATABASE_URL: relay.url, DATABASE_QUERY_TIMEOUT_MS: '500', LOG_LEVEL: 'silent' }),
    );
    await dataSource.initialize();
  });
  afterAll(async () => {
    relay?.freeze(false);
    await dataSource?.destroy();
    await relay?.close();
    await db?.drop();
  });

  it('fails the attempt on a frozen database and records the step on the retry once it answers', async () => {
    const activities = createProcedureActivities(dataSource);
    const record = (stepKey: string, seq: number) =>
      new MockActivityEnvironment().run(
        activities.recordProcedureStep,
        procedureStepInput({ stepKey, seq, kind: stepKey }),
      );
    await record('proposed', 0);

    relay.freeze(true);
    await expect(record('eligibility_checked', 1)).rejects.toThrow(/timeout/i);

    relay.freeze(false);
    await record('eligibility_checked', 1);
    const rows = await db.dataSource.query(
      `SELECT step_key FROM workflow_step WHERE workflow_id = 'rotation/CB-1/1' ORDER BY seq`,
    );
    expect(rows).toEqual([{ step_key: 'proposed' }, { step_key: 'eligibility_checked' }]);
  });
});
