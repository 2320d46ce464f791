import type { EntityManager } from 'typeorm';
import type { AssignmentKind, CadreStatus } from '@personnel/contracts';
import { AssignmentEntity } from './entities';
import { invalid, RegistryConflictError, uniqueViolation } from './errors';
import { dayBefore } from './sql';
import type { AssignmentView } from '@personnel/contracts';

export interface AssignmentInput {
  kind: AssignmentKind;
  postCode: string;
  fromDate: string;
  /** Absent for the new current assignment: the previous current one then ends the day before. */
  toDate?: string | null;
  decisionRef?: string | null;
}

/** The cadre row, locked by the caller's transaction. */
export type LockedCadre = { id: string; code: string; status: CadreStatus };

const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** A cadre's assignments, newest first; the one without `toDate` is the current post. */
export async function listAssignments(manager: EntityManager, cadreId: string): Promise<AssignmentView[]> {
  const rows = await manager.query(
    `SELECT a.id, a.kind, p.code AS post_code, p.title AS post_title, u.code AS unit_code, u.name AS unit_name,
            ${d('a.from_date')} AS from_date, ${d('a.to_date')} AS to_date, a.decision_ref, a.created_at
     FROM assignment a JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = a.unit_id
     WHERE a.cadre_id = $1 ORDER BY a.from_date DESC, a.created_at DESC`,
    [cadreId],
  );
  return rows.map((r: Record<string, never>) => ({
    id: r.id,
    kind: r.kind,
    postCode: r.post_code,
    postTitle: r.post_title,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    fromDate: r.from_date,
    toDate: r.to_date,
    decisionRef: r.decision_ref,
    current: r.to_date === null,
    createdAt: (r.created_at as Date).toISOString(),
  }));
}

/**
 * Inserts an assignment for a cadre locked in this transaction. A new current one (no `toDate`) ends
 * the current assignment the day before it starts; no two assignments of a cadre may overlap.
 */
export async function insertAssignment(
  manager: EntityManager,
  cadre: LockedCadre,
  input: AssignmentInput,
): Promise<AssignmentView> {
  const post = await findPost(manager, input.postCode);
  const toDate = input.toDate ?? null;
  if (toDate === null) {
    if (cadre.status !== 'active')
      throw new RegistryConflictError(
        `Cadre ${cadre.code} is ${cadre.status}; only an active cadre can take up a post`,
        'inactive_cadre',
        { cadre: cadre.code, status: cadre.status },
      );
    if (!post.active)
      throw invalid('postCode', `post ${input.postCode} is deactivated`, 'inactive_post', {
        post: input.postCode,
      });
    const [current] = await manager.query(
      `SELECT a.id, ${d('a.from_date')} AS from_date, p.code AS post_code
       FROM assignment a JOIN post p ON p.id = a.post_id WHERE a.cadre_id = $1 AND a.to_date IS NULL`,
      [cadre.id],
    );
    if (current && current.from_date >= input.fromDate)
      throw invalid(
        'fromDate',
        `must be after ${current.from_date}, when the current assignment (post ${current.post_code}) began`,
      );
    await refuseOverlap(manager, cadre, input.fromDate, null, current?.id);
    if (post.singleHolder) await refuseHeldPost(manager, cadre, input.postCode, post.id);
    if (current)
      await manager.update(AssignmentEntity, { id: current.id }, { toDate: dayBefore(input.fromDate) });
  } else {
    if (toDate < input.fromDate)
      throw invalid('toDate', 'must not be before fromDate', 'before_start', {
        startField: 'fromDate',
        start: input.fromDate,
      });
    await refuseOverlap(manager, cadre, input.fromDate, toDate);
  }
  const { identifiers } = await insertGuarded(manager, input.postCode, {
    cadreId: cadre.id,
    kind: input.kind,
    unitId: post.unitId,
    postId: post.id,
    fromDate: input.fromDate,
    toDate,
    decisionRef: input.decisionRef ?? null,
  });
  const all = await listAssignments(manager, cadre.id);
  return all.find((a) => a.id === identifiers[0].id) as AssignmentView;
}

/**
 * A single-holder post held by another cadre takes no second current holder: 409 naming the holder.
 * The holder's row is locked, so a concurrent end of it is seen; the schema's one-holder index is the
 * last word for two new holders arriving at once (see insertGuarded).
 */
async function refuseHeldPost(
  manager: EntityManager,
  cadre: LockedCadre,
  postCode: string,
  postId: string,
): Promise<void> {
  const holders: { code: string; full_name: string }[] = await manager.query(
    `SELECT c.code, c.full_name FROM assignment a JOIN cadre c ON c.id = a.cadre_id
     WHERE a.post_id = $1 AND a.to_date IS NULL AND a.cadre_id <> $2 FOR UPDATE OF a`,
    [postId, cadre.id],
  );
  if (holders.length > 0)
    throw new RegistryConflictError(
      `Post ${postCode} has one holder and is held by ${holders.map((h) => h.code).join(', ')}; end that assignment first`,
      'post_held',
      { post: postCode, holders: holders.map((h) => h.code), holderNames: holders.map((h) => h.full_name) },
    );
}

/** The insert, with the one-holder index's refusal (two holders arriving at once) answered as a 409. */
async function insertGuarded(
  manager: EntityManager,
  postCode: string,
  row: Partial<AssignmentEntity>,
): ReturnType<EntityManager['insert']> {
  try {
    return await manager.insert(AssignmentEntity, row);
  } catch (error) {
    if (uniqueViolation(error) === 'uq_assignment_single_holder_current')
      throw new RegistryConflictError(
        `Post ${postCode} has one holder and was just given one by another decision; reload and decide again`,
        'post_held',
        { post: postCode },
      );
    throw error;
  }
}

export async function findPost(
  manager: EntityManager,
  postCode: string,
): Promise<{ id: string; unitId: string; active: boolean; singleHolder: boolean }> {
  const [post] = await manager.query(
    `SELECT id, unit_id AS "unitId", active, single_holder AS "singleHolder" FROM post WHERE code = $1`,
    [postCode],
  );
  if (!post) throw invalid('postCode', `no post has code ${postCode}`, 'unknown_post', { post: postCode });
  return post;
}

/** No two assignments of a cadre may share a day (`to` null = open-ended); `except` is being ended. */
async function refuseOverlap(
  manager: EntityManager,
  cadre: LockedCadre,
  from: string,
  to: string | null,
  except?: string,
): Promise<void> {
  const [clash] = await manager.query(
    `SELECT p.code AS post_code, ${d('a.from_date')} AS from_date, ${d('a.to_date')} AS to_date
     FROM assignment a JOIN post p ON p.id = a.post_id
     WHERE a.cadre_id = $1 AND a.id IS DISTINCT FROM $2::uuid
       AND ($3::date IS NULL OR a.from_date <= $3::date) AND (a.to_date IS NULL OR a.to_date >= $4::date)
     ORDER BY a.from_date LIMIT 1`,
    [cadre.id, except ?? null, to, from],
  );
  if (clash)
    throw new RegistryConflictError(
      `The assignment would overlap cadre ${cadre.code}'s assignment to post ${clash.post_code} ` +
        `(${clash.from_date} – ${clash.to_date ?? 'now'})`,
      'overlap',
      {
        cadre: cadre.code,
        post: clash.post_code,
        from: clash.from_date,
        ...(clash.to_date ? { to: clash.to_date } : {}),
      },
    );
}
