import type { DataSource, EntityManager } from 'typeorm';
import type { WriteAssignmentInput, WriteAssignmentOutcome } from '@personnel/contracts';
import { appendAssignmentEvents } from '../events/assignment-events';
import { insertAssignment, type LockedCadre } from './assignments';
import { RegistryNotFoundError } from './errors';

/**
 * An appointment to a single-holder post replaces its holder: their assignment ends the day before the
 * decision takes effect, in the decision's transaction, so the post never has two current holders.
 */
async function endOtherHolders(
  manager: EntityManager,
  cadre: LockedCadre,
  postCode: string,
  effectiveDate: string,
): Promise<void> {
  await manager.query(
    `UPDATE assignment a SET to_date = $3::date - 1
     FROM post p WHERE p.id = a.post_id AND p.code = $1 AND p.single_holder
       AND a.to_date IS NULL AND a.cadre_id <> $2 AND a.from_date < $3::date`,
    [postCode, cadre.id, effectiveDate],
  );
}

/**
 * The assignment a signed decision makes, written once: the decision reference is its idempotency key,
 * so a retried activity finds the row it wrote before. The cadre row is locked so two decisions of one
 * cadre cannot interleave their overlap checks.
 */
export async function writeDecidedAssignment(
  dataSource: DataSource,
  input: WriteAssignmentInput,
): Promise<WriteAssignmentOutcome> {
  return dataSource.transaction(async (manager) => {
    const [cadre]: LockedCadre[] = await manager.query(
      'SELECT id, code, status FROM cadre WHERE code = $1 FOR UPDATE',
      [input.cadreId],
    );
    if (!cadre) throw new RegistryNotFoundError(`No cadre ${input.cadreId} in the registry`);
    const [existing]: { id: string }[] = await manager.query(
      'SELECT id FROM assignment WHERE cadre_id = $1 AND decision_ref = $2 ORDER BY created_at LIMIT 1',
      [cadre.id, input.decisionRef],
    );
    if (existing) return { assignmentId: existing.id, created: false };
    await endOtherHolders(manager, cadre, input.postId, input.effectiveDate);
    const written = await insertAssignment(manager, cadre, {
      kind: input.kind,
      postCode: input.postId,
      fromDate: input.effectiveDate,
      decisionRef: input.decisionRef,
    });
    await appendAssignmentEvents(manager, input.workflowId, written.id);
    return { assignmentId: written.id, created: true };
  });
}
