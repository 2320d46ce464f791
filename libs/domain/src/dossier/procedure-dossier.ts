import type { DocumentRef, DossierChecklist, LegalBasis } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import { checkDossier, type DossierProcedureKind } from './checklist';

export interface ProcedureDossierJudgement {
  checklists: DossierChecklist[];
  /** Every subject's checklist complete on the day. */
  complete: boolean;
  /** The earliest day a present item stops being valid, across every checklist (null: none expires). */
  validUntil: string | null;
}

/**
 * A procedure's dossier on a day: one checklist per subject cadre. A document that names no cadre
 * (uploaded before documents named theirs) counts for the subject only when there is exactly one.
 */
export function judgeProcedureDossier(input: {
  procedureKind: DossierProcedureKind;
  legalBasis: LegalBasis;
  cadreIds: readonly string[];
  documents: readonly DocumentRef[];
  asOf: string;
}): ProcedureDossierJudgement {
  const sole = input.cadreIds.length === 1 ? input.cadreIds[0] : undefined;
  const documents = input.documents.map((d) =>
    d.cadreId === undefined && sole ? { ...d, cadreId: sole } : d,
  );
  const checklists = input.cadreIds.map((cadreId) =>
    checkDossier({
      procedureKind: input.procedureKind,
      legalBasis: input.legalBasis,
      cadreId,
      documents,
      asOf: input.asOf,
    }),
  );
  const ends = checklists.flatMap((c) => (c.validUntil ? [c.validUntil] : []));
  return {
    checklists,
    complete: checklists.every((c) => c.complete),
    validUntil: ends.length === 0 ? null : ends.reduce((a, b) => (compareIsoDates(a, b) <= 0 ? a : b)),
  };
}
