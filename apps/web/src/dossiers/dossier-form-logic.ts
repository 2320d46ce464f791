import type { DocumentKind, DossierUploadFields } from '../api/dossier-types';
import { parseDate } from '../format/dates';

/** The kinds a dossier checklist asks for (contracts DOSSIER_DOCUMENT_KINDS), in the checklist's order. */
export const DOSSIER_KINDS: DocumentKind[] = [
  'cv',
  'declaration',
  'health_certificate',
  'assessment',
  'party_cell_comment',
];

export interface DossierUploadDraft {
  cadreId: string;
  kind: DocumentKind;
  issuedOnText: string;
  periodYearText: string;
  file: File | null;
}

export type DossierUploadProblem = 'cadreId' | 'issuedOn' | 'issuedOnFuture' | 'periodYear' | 'file';

/**
 * What the upload form checks before sending (the API checks it again and names the same fields): the
 * cadre, an issue day dd/mm/yyyy not after today, an assessment's year not after the year of issue.
 */
export function checkDossierUpload(
  draft: DossierUploadDraft,
  today: string,
): {
  problems: Partial<Record<'cadreId' | 'issuedOn' | 'periodYear' | 'file', DossierUploadProblem>>;
  fields?: DossierUploadFields;
} {
  const problems: Partial<Record<'cadreId' | 'issuedOn' | 'periodYear' | 'file', DossierUploadProblem>> = {};
  if (!draft.cadreId) problems.cadreId = 'cadreId';
  const issuedOn = parseDate(draft.issuedOnText);
  if (!issuedOn) problems.issuedOn = 'issuedOn';
  else if (issuedOn > today) problems.issuedOn = 'issuedOnFuture';
  let periodYear: number | undefined;
  if (draft.kind === 'assessment') {
    periodYear = /^\d{4}$/.test(draft.periodYearText.trim())
      ? Number(draft.periodYearText.trim())
      : undefined;
    if (periodYear === undefined || (issuedOn && periodYear > Number(issuedOn.slice(0, 4))))
      problems.periodYear = 'periodYear';
  }
  if (!draft.file) problems.file = 'file';
  if (Object.keys(problems).length > 0 || !issuedOn) return { problems };
  return {
    problems,
    fields: { cadreId: draft.cadreId, issuedOn, ...(periodYear !== undefined ? { periodYear } : {}) },
  };
}
