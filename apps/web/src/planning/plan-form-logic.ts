import type { ConferenceBody } from '../api/appointment-types';
import type { StartPlanRequest } from '../api/plan-types';
import type { UnitView } from '../api/rotation-types';
import type { FieldProblemDetail } from '../api/types';
import { startProblemText, type SayFieldProblem } from '../appointments/field-problems';
import { CODE_PATTERN, startProblemsFromApi, type StartProblem } from '../appointments/start-form-logic';
import type { Messages } from '../i18n/vi';

/**
 * The start form of a plan: the unit, the five-year term, the two bodies, the signer, the HR officers
 * who compose with the proposer. Checked here as the API checks them so HR sees every problem at once;
 * the API's 400 details land on the same field names (`keyCadre.secretaryId`, `term`, …).
 */
export interface PlanDraft {
  unit: UnitView | null;
  term: string;
  hrIds: string[];
  keyCadre: ConferenceBody;
  collective: ConferenceBody;
  signerId: string;
}

export type PlanProblem = StartProblem | { kind: 'term' };
export type PlanProblems = Record<string, PlanProblem[]>;

const emptyBody = (): ConferenceBody => ({ summonedIds: [], secretaryId: '', headId: '' });

export function emptyPlanDraft(): PlanDraft {
  return { unit: null, term: '', hrIds: [], keyCadre: emptyBody(), collective: emptyBody(), signerId: '' };
}

/** libs/contracts PLAN_TERM_PATTERN and planTermYears (the panel imports the contracts' types only). */
export function planTermYears(term: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})-(\d{4})$/.exec(term.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to === from + 5 ? { from, to } : undefined;
}

/** Terms to suggest: the one running on `today` (five-year terms from 2020-2025) and the next. */
export function suggestedTerms(today: Date): string[] {
  const year = today.getUTCFullYear();
  const from = 2020 + Math.floor((year - 2020) / 5) * 5;
  return [`${from}-${from + 5}`, `${from + 5}-${from + 10}`];
}

export function validatePlan(draft: PlanDraft): PlanProblems {
  const problems: PlanProblems = {};
  const add = (field: string, problem: PlanProblem) => (problems[field] ??= []).push(problem);
  const code = (field: string, value: string) => {
    if (!value.trim()) add(field, { kind: 'required' });
    else if (!CODE_PATTERN.test(value.trim())) add(field, { kind: 'code' });
  };
  if (!draft.unit) add('unitCode', { kind: 'required' });
  if (!draft.term.trim()) add('term', { kind: 'required' });
  else if (!planTermYears(draft.term)) add('term', { kind: 'term' });
  for (const name of ['keyCadre', 'collective'] as const) {
    const body = draft[name];
    if (body.summonedIds.length === 0) add(`${name}.summonedIds`, { kind: 'atLeastOne' });
    code(`${name}.secretaryId`, body.secretaryId);
    code(`${name}.headId`, body.headId);
  }
  code('signerId', draft.signerId);
  return problems;
}

export function toStartPlanRequest(draft: PlanDraft): StartPlanRequest {
  return {
    unitCode: draft.unit?.code ?? '',
    term: draft.term.trim(),
    ...(draft.hrIds.length > 0 ? { hrIds: draft.hrIds } : {}),
    keyCadre: draft.keyCadre,
    collective: draft.collective,
    signerId: draft.signerId.trim(),
  };
}

/** The API's 400 details on the form's fields (a list's item `hrIds[1]` is shown on the list). */
export function planProblemsFromApi(details: readonly FieldProblemDetail[]): PlanProblems {
  return startProblemsFromApi(
    details.map((d) => ({ ...d, field: d.field.replace(/^(hrIds|\w+\.summonedIds)\[\d+\]$/, '$1') })),
  );
}

export function planProblemText(p: PlanProblem, t: Messages, say?: SayFieldProblem): string {
  return p.kind === 'term' ? t.plan.start.problems.term : startProblemText(p, t, say);
}

export function planFieldLabel(field: string, t: Messages): string {
  return t.plan.start.fields[field] ?? field;
}
