import { DOSSIER_DOCUMENT_KINDS, type DocumentKind, type FieldProblemDetail } from '@personnel/contracts';
import { isIsoDate } from '@personnel/domain';

export interface DossierFieldsInput {
  kind: DocumentKind;
  cadreId?: string;
  issuedOn?: string;
  periodYear?: number;
}

/**
 * What a dossier checklist needs of an upload (libs/domain `dossier`): a document of a checklist kind
 * names its cadre and the day it was issued, never in the future; an assessment names the year it
 * assesses, not after the year it was issued in; no other kind takes a year. Every problem at once,
 * each naming its field.
 */
export function dossierFieldProblems(q: DossierFieldsInput, today: string): FieldProblemDetail[] {
  const problems: FieldProblemDetail[] = [];
  const dossierKind = DOSSIER_DOCUMENT_KINDS.includes(q.kind);
  if (dossierKind && !q.cadreId)
    problems.push({
      field: 'cadreId',
      problem: `is required for a ${q.kind}: the cadre whose dossier it belongs to`,
      code: 'required_for_kind',
      params: { kind: q.kind },
    });
  if (dossierKind && !q.issuedOn)
    problems.push({
      field: 'issuedOn',
      problem: `is required for a ${q.kind}: the day it was issued (YYYY-MM-DD)`,
      code: 'required_for_kind',
      params: { kind: q.kind },
    });
  if (q.issuedOn !== undefined) {
    if (!isIsoDate(q.issuedOn))
      problems.push({
        field: 'issuedOn',
        problem: 'must be a date (YYYY-MM-DD)',
        code: 'not_date',
        params: {},
      });
    else if (q.issuedOn > today)
      problems.push({
        field: 'issuedOn',
        problem: `must not be after today (${today})`,
        code: 'after_today',
        params: { today },
      });
  }
  if (q.kind === 'assessment' && q.periodYear === undefined)
    problems.push({
      field: 'periodYear',
      problem: 'is required for an assessment: the year it assesses',
      code: 'required_for_kind',
      params: { kind: q.kind },
    });
  if (q.kind !== 'assessment' && q.periodYear !== undefined)
    problems.push({
      field: 'periodYear',
      problem: 'is only for an assessment',
      code: 'only_for_kind',
      params: { kind: 'assessment' },
    });
  if (q.kind === 'assessment' && q.periodYear !== undefined && q.issuedOn && isIsoDate(q.issuedOn))
    if (q.periodYear > Number(q.issuedOn.slice(0, 4)))
      problems.push({
        field: 'periodYear',
        problem: `must not be after the year it was issued (${q.issuedOn.slice(0, 4)})`,
        code: 'after_issue_year',
        params: { year: Number(q.issuedOn.slice(0, 4)) },
      });
  return problems;
}
