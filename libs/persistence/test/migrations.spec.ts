import { createTestDatabase, type TestDatabase } from '../src/testing';
import { MIGRATIONS, runMigrations } from '../src/data-source';
import { ProcedureTaskKinds1764230000000 } from '../src/migrations/1764230000000-procedure-task-kinds';

describe('committed migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrations', { migrate: false });
  });
  afterAll(() => db.drop());

  const tables = async (): Promise<string[]> =>
    (
      await db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  it('apply on an empty database, revert completely, and apply again', async () => {
    expect(await runMigrations(db.dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tables()).toEqual([
      'app_user',
      'assignment',
      'cadre',
      'cadre_timeline',
      'confidence_vote_result',
      'discipline',
      'dossier_document',
      'evaluation',
      'notification_delivery',
      'official_document',
      'oidc_sign_out',
      'outbox_event',
      'planning_entry',
      'post',
      'procedure',
      'procedure_item',
      'procedure_task',
      'public_holiday',
      'rotation_batch',
      'rotation_batch_item',
      'sign_off_template',
      'standing_body',
      'standing_body_member',
      'task_annotation',
      'training_completion',
      'training_course',
      'unit',
      'webhook_delivery_attempt',
      'webhook_subscription',
      'workflow_step',
    ]);
    expect(await runMigrations(db.dataSource)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++)
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    expect(await runMigrations(db.dataSource)).toHaveLength(MIGRATIONS.length);
  });

  it('refuse to narrow the task kinds back while a reconvene or self-assessment task exists', async () => {
    await db.dataSource.query(
      `INSERT INTO procedure_task (workflow_id, task_key, kind, label, assignee_ids, status, created_at, updated_at, last_seq)
       VALUES ('appointment/P/1', 'reconvene-1-a1', 'reconvene', 'Triệu tập lại', '{U}', 'open', now(), now(), 1)`,
    );
    const runner = db.dataSource.createQueryRunner();
    try {
      await expect(new ProcedureTaskKinds1764230000000().down(runner)).rejects.toThrow(
        /1 tasks are reconvene or self-assessment tasks/,
      );
    } finally {
      await runner.release();
    }
    await db.dataSource.query(`DELETE FROM procedure_task WHERE workflow_id = 'appointment/P/1'`);
  });

  it('enforce one row per workflow step key', async () => {
    const insert = `INSERT INTO workflow_step (workflow_id, run_id, step_key, seq, kind, actor, occurred_at, prev_hash, hash)
                    VALUES ('nomination/C/P/1', 'r', 'proposed', 0, 'proposed', 'U', now(), '0', '1')`;
    await db.dataSource.query(insert);
    await expect(db.dataSource.query(insert)).rejects.toThrow(/uq_workflow_step_workflow_step_key/);
  });
});
