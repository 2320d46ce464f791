import type { EntityManager } from 'typeorm';
import type { AssignmentEndedData, AssignmentStartedData, EventDraft } from '@personnel/contracts';
import { appendEvents } from './append-events';

/**
 * The registry facts a decision wrote, as events of the procedure that decided it: the assignment it
 * started and those it ended the day before (the cadre's previous post, a replaced holder). Called last
 * in the registry write's transaction, only when the write created the assignment (its retry finds the
 * row and writes nothing), so each is told once. Keyed by the new assignment, never by a journal step:
 * the registry is written before the decision step is recorded.
 */
export async function appendAssignmentEvents(
  manager: EntityManager,
  workflowId: string,
  assignmentId: string,
): Promise<number> {
  const [started]: {
    id: string;
    cadre: string;
    post: string;
    unit: string;
    kind: string;
    from_date: string;
    decision_ref: string | null;
  }[] = await manager.query(
    `SELECT a.id, c.code AS cadre, p.code AS post, u.code AS unit, a.kind,
            to_char(a.from_date, 'YYYY-MM-DD') AS from_date, a.decision_ref
     FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
     JOIN unit u ON u.id = p.unit_id
     WHERE a.id = $1`,
    [assignmentId],
  );
  if (!started) return 0;
  // Exactly the assignments this transaction ended (their row version is this transaction's: xmin),
  // so a swap's holder ended by the other decision, or a staff post's other holder moved the same day
  // by another rotation, is told once, by the decision that really ended it.
  const ended: { id: string; cadre: string; post: string; unit: string; to_date: string }[] =
    await manager.query(
      `SELECT a.id, c.code AS cadre, p.code AS post, u.code AS unit, to_char(a.to_date, 'YYYY-MM-DD') AS to_date
       FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       JOIN unit u ON u.id = p.unit_id
       WHERE a.id <> $1 AND a.to_date IS NOT NULL
         AND a.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296
       ORDER BY a.id`,
      [started.id],
    );
  const drafts: EventDraft[] = [
    ...ended.map((e): EventDraft<'vn.personnel.assignment.ended'> => ({
      type: 'vn.personnel.assignment.ended',
      key: e.id,
      unitCode: e.unit,
      data: {
        assignmentId: e.id,
        cadreId: e.cadre,
        postId: e.post,
        unitCode: e.unit,
        toDate: e.to_date,
        endedByDecision: started.decision_ref ?? '',
      } satisfies AssignmentEndedData,
    })),
    {
      type: 'vn.personnel.assignment.started',
      key: started.id,
      unitCode: started.unit,
      data: {
        assignmentId: started.id,
        cadreId: started.cadre,
        postId: started.post,
        unitCode: started.unit,
        assignmentKind: started.kind,
        fromDate: started.from_date,
        decisionRef: started.decision_ref,
      } satisfies AssignmentStartedData,
    } as EventDraft<'vn.personnel.assignment.started'>,
  ] as EventDraft[];
  return appendEvents(
    manager,
    { workflowId, stepKey: `registry/${started.id}`, time: new Date().toISOString() },
    drafts,
  );
}
