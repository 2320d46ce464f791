import type { SearchAttributePair } from '@temporalio/common';
import { SearchAttributes } from '@personnel/contracts';

/** What every procedure publishes for ops to find it in the Temporal UI. */
export interface ProcedureIdentity {
  kind: string;
  /** Every candidate or subject, not the first only. */
  subjectIds: readonly string[];
  unitCode: string;
  postCode: string | null;
  legalBasis: string | null;
}

/**
 * The search attributes of a procedure at its start (the API sets the same at start; the workflow
 * upserts them too, so a run started by any client carries them). Stage and its time change later.
 */
export function procedureSearchAttributes(
  identity: ProcedureIdentity,
  stage: string,
  stageEnteredAt: string,
): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [
    { key: SearchAttributes.procedureKind, value: identity.kind },
    { key: SearchAttributes.candidateIds, value: [...identity.subjectIds] },
    { key: SearchAttributes.unitCode, value: identity.unitCode },
    ...stageAttributes(stage, stageEnteredAt),
  ];
  if (identity.postCode) pairs.push({ key: SearchAttributes.postCode, value: identity.postCode });
  if (identity.legalBasis) pairs.push({ key: SearchAttributes.legalBasis, value: identity.legalBasis });
  return pairs;
}

/** Stage and "stuck since": upserted each time a procedure enters a stage. */
export function stageAttributes(stage: string, enteredAt: string): SearchAttributePair[] {
  return [
    { key: SearchAttributes.stage, value: stage },
    { key: SearchAttributes.stageEnteredAt, value: new Date(enteredAt) },
  ];
}

/** A conference child carries its parent's unit and post, so ops find it beside the procedure. */
export function conferenceSearchAttributes(unitCode: string, postCode: string | null): SearchAttributePair[] {
  const pairs: SearchAttributePair[] = [{ key: SearchAttributes.unitCode, value: unitCode }];
  if (postCode) pairs.push({ key: SearchAttributes.postCode, value: postCode });
  return pairs;
}
