import type { DataSource, EntityManager } from 'typeorm';
import type { WriteRotationAssignmentInput, WriteRotationAssignmentOutcome } from '@personnel/contracts';
import { appendAssignmentEvents } from '../events/assignment-events';
import { insertAssignment, type LockedCadre } from './assignments';
import { RegistryConflictError, RegistryNotFoundError } from './errors';
import { dayBefore } from './sql';

/**
 * What a rotation's decision does to the registry, in one transaction and once (the decision number is
 * the idempotency key): the cadre's assignment on `endsPostId` ends the day before the effective date
 * (unless another decision already ended it, as in a swap), the new assignment starts; on a
 * single-holder post another current holder is ended too when the decision replaces them, and refused
 * otherwise — the schema's one-holder index would refuse it anyway. A holder who leaves the post by a
 * rotation of their own still in progress (a swap) is ended by whichever decision comes first; their
 * own decision then finds them without a current post and places them.
 */
export async function writeRotationAssignment(
  dataSource: DataSource,
  input: WriteRotationAssignmentInput,
): Promise<WriteRotationAssignmentOutcome> {
  return dataSource.transaction(async (manager) => {
    const cadre = await lockCadre(manager, input.cadreId);
    const [existing]: { id: string }[] = await manager.query(
      'SELECT id FROM assignment WHERE cadre_id = $1 AND decision_ref = $2 ORDER BY created_at LIMIT 1',
      [cadre.id, input.decisionRef],
    );
    if (existing) return { assignmentId: existing.id, created: false, replaced: [] };

    const [post]: { id: string; single_holder: boolean }[] = await manager.query(
      'SELECT id, single_holder FROM post WHERE code = $1',
      [input.postId],
    );
    if (!post) throw new RegistryNotFoundError(`No post ${input.postId} in the registry`);
    const [current]: { id: string; post_code: string }[] = await manager.query(
      `SELECT a.id, p.code AS post_code FROM assignment a JOIN post p ON p.id = a.post_id
       WHERE a.cadre_id = $1 AND a.to_date IS NULL`,
      [cadre.id],
    );
    if (current && current.post_code !== input.endsPostId && current.post_code !== input.postId)
      throw new RegistryConflictError(
        `Cadre ${input.cadreId} now holds post ${current.post_code}, not ${input.endsPostId}; the decision no longer fits the registry`,
        'moved_meanwhile',
      );

    const replaced: string[] = [];
    if (post.single_holder && input.postId !== input.endsPostId) {
      const holders: { id: string; code: string; leaving: boolean }[] = await manager.query(
        `SELECT a.id, c.code,
                EXISTS (SELECT 1 FROM procedure r
                        WHERE r.kind = 'rotation' AND r.state = 'in_progress' AND r.id <> $3
                          AND r.subject_cadre_ids @> ARRAY[c.code] AND r.detail->>'fromPostId' = $4) AS leaving
         FROM assignment a JOIN cadre c ON c.id = a.cadre_id
         WHERE a.post_id = $1 AND a.to_date IS NULL AND a.cadre_id <> $2 FOR UPDATE OF a`,
        [post.id, cadre.id, input.workflowId, input.postId],
      );
      const staying = holders.filter((h) => !h.leaving);
      if (staying.length > 0 && !input.replaceHolder)
        throw new RegistryConflictError(
          `Post ${input.postId} is held by ${staying.map((h) => h.code).join(', ')}; end that assignment or decide that this rotation replaces the holder`,
          'post_held',
          { post: input.postId, holders: staying.map((h) => h.code) },
        );
      for (const holder of holders) {
        await manager.query('UPDATE assignment SET to_date = $2 WHERE id = $1', [
          holder.id,
          dayBefore(input.effectiveDate),
        ]);
        replaced.push(holder.code);
      }
    }
    const written = await insertAssignment(manager, cadre, {
      kind: input.kind,
      postCode: input.postId,
      fromDate: input.effectiveDate,
      decisionRef: input.decisionRef,
    });
    await appendAssignmentEvents(manager, input.workflowId, written.id);
    return { assignmentId: written.id, created: true, replaced };
  });
}

async function lockCadre(manager: EntityManager, code: string): Promise<LockedCadre> {
  const [cadre]: LockedCadre[] = await manager.query(
    'SELECT id, code, status FROM cadre WHERE code = $1 FOR UPDATE',
    [code],
  );
  if (!cadre) throw new RegistryNotFoundError(`No cadre ${code} in the registry`);
  return cadre;
}
