import type { EntityManager } from 'typeorm';
import type { EventDraft } from '@personnel/contracts';
import { eventId } from './event-id';

/** Key of the lock every outbox append takes (any constant: it only has to be the same everywhere). */
const OUTBOX_LOCK = 7_110_150_001;

/**
 * Appends a write's events to the outbox, inside the caller's transaction; call it LAST in that
 * transaction. Appends are serialised by a transaction-scoped lock so sequences are handed out in commit
 * order: a reader who saw sequence n has seen everything below n, and the feed's cursor never skips a
 * transaction that committed late. The lock is held only from here to the commit (no other lock is
 * taken after it, so it cannot be part of a deadlock). The same id twice inserts nothing.
 */
export async function appendEvents(
  manager: EntityManager,
  origin: { workflowId: string; stepKey: string; time: string },
  drafts: readonly EventDraft[],
): Promise<number> {
  if (drafts.length === 0) return 0;
  await manager.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_LOCK]);
  const rows: unknown[] = await manager.query(
    `INSERT INTO outbox_event (id, type, subject, step_key, unit_code, data, time)
     SELECT e.id, e.type, $1, $2, e.unit_code, e.data, $3
     FROM unnest($4::uuid[], $5::text[], $6::text[], $7::jsonb[]) WITH ORDINALITY AS e(id, type, unit_code, data, n)
     ORDER BY e.n
     ON CONFLICT (id) DO NOTHING
     RETURNING sequence`,
    [
      origin.workflowId,
      origin.stepKey,
      origin.time,
      drafts.map((d) => eventId(origin.workflowId, origin.stepKey, d.type, d.key)),
      drafts.map((d) => d.type),
      drafts.map((d) => d.unitCode),
      drafts.map((d) => JSON.stringify(d.data)),
    ],
  );
  return rows.length;
}
