import { DataSource } from 'typeorm';
import { verifyWorkflowChain } from '../src/audit';
import { ENTITIES, MIGRATIONS } from '../src/data-source';
import { recordProcedureStep, recordStep } from '../src/journal';
import { createTestDatabase, laterStep, procedureStepInput, type TestDatabase } from '../src/testing';

describe('tamper-evident journal (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('audit');
  });
  afterAll(() => db.drop());

  async function recordThreeSteps(id: string): Promise<void> {
    const first = procedureStepInput({ workflowId: id });
    await recordProcedureStep(db.dataSource, first);
    await recordProcedureStep(db.dataSource, laterStep(first, 1, 'sign_off'));
    await recordProcedureStep(db.dataSource, laterStep(first, 2, 'decision'));
  }
  const rowId = async (id: string, stepKey: string) =>
    String(
      (
        await db.dataSource.query('SELECT id FROM workflow_step WHERE workflow_id = $1 AND step_key = $2', [
          id,
          stepKey,
        ])
      )[0].id,
    );

  it('chains every step and verifies an untouched workflow', async () => {
    await recordThreeSteps('rotation/AUD-1/1');
    expect(await verifyWorkflowChain(db.dataSource, 'rotation/AUD-1/1')).toEqual({
      workflowId: 'rotation/AUD-1/1',
      rows: 3,
      ok: true,
    });
  });

  it('names the first row whose content was changed behind its back', async () => {
    const id = 'rotation/AUD-2/1';
    await recordThreeSteps(id);
    await db.dataSource.query(
      `UPDATE workflow_step SET payload = '{"seq":9}' WHERE workflow_id = $1 AND step_key = 'step-1'`,
      [id],
    );
    expect(await verifyWorkflowChain(db.dataSource, id)).toMatchObject({
      ok: false,
      firstBroken: {
        id: await rowId(id, 'step-1'),
        seq: 1,
        stepKey: 'step-1',
        problem: 'hash_mismatch',
      },
    });
  });

  it('notices a deleted row at the row after the gap', async () => {
    const id = 'rotation/AUD-3/1';
    await recordThreeSteps(id);
    await db.dataSource.query(`DELETE FROM workflow_step WHERE workflow_id = $1 AND step_key = 'step-1'`, [
      id,
    ]);
    expect(await verifyWorkflowChain(db.dataSource, id)).toMatchObject({
      ok: false,
      firstBroken: { stepKey: 'step-2', problem: 'prev_hash_mismatch' },
    });
  });

  it('keeps one chain when steps of a workflow are recorded concurrently', async () => {
    const id = 'rotation/AUD-4/1';
    const first = procedureStepInput({ workflowId: id });
    await recordProcedureStep(db.dataSource, first);
    await Promise.all(
      [1, 2, 3, 4, 5].map((k) => recordProcedureStep(db.dataSource, laterStep(first, k, `stage-${k}`))),
    );
    expect(await verifyWorkflowChain(db.dataSource, id)).toEqual({ workflowId: id, rows: 6, ok: true });
  });
});

describe('hash-chain migration on a journal that already has rows', () => {
  it('chains the existing rows so that they verify', async () => {
    const db = await createTestDatabase('audit_backfill', { migrate: false });
    const hashMigrationIndex = MIGRATIONS.findIndex((m) => m.name === 'HashChainWorkflowSteps1764180000000');
    const before = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: ENTITIES,
      migrations: MIGRATIONS.slice(0, hashMigrationIndex),
      migrationsTableName: 'schema_migrations',
    });
    try {
      await before.initialize();
      await before.runMigrations();
      for (const [key, seq] of [
        ['proposed', 0],
        ['decision/1/U-1', 1],
      ] as const) {
        await before.query(
          `INSERT INTO workflow_step (workflow_id, run_id, step_key, seq, kind, actor, payload, occurred_at)
           VALUES ('nomination/OLD/P/1', 'r', $1, $2, 'decision', 'U-1', '{"b":1,"a":"x"}', '2025-06-01T01:02:03.456Z')`,
          [key, seq],
        );
      }
      await before.destroy();
      await db.dataSource.runMigrations();
      expect(await verifyWorkflowChain(db.dataSource, 'nomination/OLD/P/1')).toEqual({
        workflowId: 'nomination/OLD/P/1',
        rows: 2,
        ok: true,
      });
    } finally {
      if (before.isInitialized) await before.destroy();
      await db.drop();
    }
  });
});

describe('the journal of a workflow without a read model (a conference)', () => {
  it('records each step once, chained, whatever the retries', async () => {
    const db = await createTestDatabase('journal_generic');
    try {
      const id = 'conference/nomination/CB-9/P/1/collective';
      const step = (stepKey: string, seq: number) => ({
        workflowId: id,
        runId: 'r1',
        stepKey,
        seq,
        actor: 'M1',
        kind: stepKey,
        payload: { seq },
        occurredAt: '2026-06-01T01:00:00.000Z',
      });
      expect(await recordStep(db.dataSource, step('convened', 0))).toEqual({ inserted: true });
      expect(await recordStep(db.dataSource, step('convened', 0))).toEqual({ inserted: false });
      await recordStep(db.dataSource, step('attendance', 1));
      expect(await verifyWorkflowChain(db.dataSource, id)).toEqual({ workflowId: id, rows: 2, ok: true });
      expect(await db.dataSource.query('SELECT count(*)::int AS n FROM procedure')).toEqual([{ n: 0 }]);
    } finally {
      await db.drop();
    }
  });
});
