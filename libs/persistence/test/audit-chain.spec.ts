import { DataSource } from 'typeorm';
import { verifyWorkflowChain } from '../src/audit';
import { ENTITIES, MIGRATIONS } from '../src/data-source';
import { recordNominationStep, recordStep } from '../src/step-journal';
import { createTestDatabase, decisionInput, stepInput, type TestDatabase } from '../src/testing';

describe('tamper-evident journal (real Postgres)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('audit');
  });
  afterAll(() => db.drop());

  async function recordThreeSteps(id: string): Promise<void> {
    await recordNominationStep(db.dataSource, stepInput({ workflowId: id }));
    await recordNominationStep(db.dataSource, decisionInput(1, 'U-1', 'pending', 'U-2', id));
    await recordNominationStep(db.dataSource, decisionInput(2, 'U-2', 'approved', null, id));
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
    await recordThreeSteps('nomination/AUD-1/P/1');
    expect(await verifyWorkflowChain(db.dataSource, 'nomination/AUD-1/P/1')).toEqual({
      workflowId: 'nomination/AUD-1/P/1',
      rows: 3,
      ok: true,
    });
  });

  it('names the first row whose content was changed behind its back', async () => {
    const id = 'nomination/AUD-2/P/1';
    await recordThreeSteps(id);
    await db.dataSource.query(
      `UPDATE workflow_step SET payload = '{"decision":"reject"}' WHERE workflow_id = $1 AND step_key = 'decision/1/U-1'`,
      [id],
    );
    expect(await verifyWorkflowChain(db.dataSource, id)).toMatchObject({
      ok: false,
      firstBroken: {
        id: await rowId(id, 'decision/1/U-1'),
        seq: 1,
        stepKey: 'decision/1/U-1',
        problem: 'hash_mismatch',
      },
    });
  });

  it('notices a deleted row at the row after the gap', async () => {
    const id = 'nomination/AUD-3/P/1';
    await recordThreeSteps(id);
    await db.dataSource.query(
      `DELETE FROM workflow_step WHERE workflow_id = $1 AND step_key = 'decision/1/U-1'`,
      [id],
    );
    expect(await verifyWorkflowChain(db.dataSource, id)).toMatchObject({
      ok: false,
      firstBroken: { stepKey: 'decision/2/U-2', problem: 'prev_hash_mismatch' },
    });
  });

  it('keeps one chain when steps of a workflow are recorded concurrently', async () => {
    const id = 'nomination/AUD-4/P/1';
    await recordNominationStep(db.dataSource, stepInput({ workflowId: id }));
    await Promise.all(
      [1, 2, 3, 4, 5].map((k) =>
        recordNominationStep(db.dataSource, decisionInput(k, `U-${k}`, 'pending', `U-${k + 1}`, id)),
      ),
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
      expect(await db.dataSource.query('SELECT count(*)::int AS n FROM nomination')).toEqual([{ n: 0 }]);
    } finally {
      await db.drop();
    }
  });
});
