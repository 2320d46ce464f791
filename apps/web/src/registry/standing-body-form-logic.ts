import type { StandingBodyMember, StandingBodyView } from '../api/standing-body-endpoints';
import type { FieldProblemDetail } from '../api/types';

/** The standing-body form as HR edits it. */
export interface StandingBodyDraft {
  code: string;
  name: string;
  unitCode: string;
  kind: StandingBodyView['kind'];
  members: StandingBodyMember[];
  active: boolean;
}

export type BodyProblem =
  | 'required'
  | 'code'
  | 'noHead'
  | 'noSecretary'
  | 'repeated'
  | 'atLeastOne'
  | { api: string; detail: FieldProblemDetail };
export type BodyProblems = Record<string, BodyProblem[]>;

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function draftOf(body: StandingBodyView | null, unitCode: string): StandingBodyDraft {
  return body
    ? {
        code: body.code,
        name: body.name,
        unitCode: body.unitCode,
        kind: body.kind,
        members: body.members.map((m) => ({ ...m })),
        active: body.active,
      }
    : { code: '', name: '', unitCode, kind: 'expanded_conference', members: [], active: true };
}

/**
 * The checks the API makes (libs/domain standing-body.ts), made first so HR sees every problem at once:
 * a code and a name, one chair, one secretary, every member once.
 */
export function validateBody(draft: StandingBodyDraft): BodyProblems {
  const problems: BodyProblems = {};
  const add = (field: string, p: BodyProblem) => (problems[field] ??= []).push(p);
  if (!draft.code.trim()) add('code', 'required');
  else if (!CODE_PATTERN.test(draft.code.trim())) add('code', 'code');
  if (!draft.name.trim()) add('name', 'required');
  if (!draft.unitCode.trim()) add('unitCode', 'required');
  if (draft.members.length === 0) add('members', 'atLeastOne');
  else {
    if (draft.members.filter((m) => m.role === 'head').length !== 1) add('members', 'noHead');
    if (draft.members.filter((m) => m.role === 'secretary').length !== 1) add('members', 'noSecretary');
  }
  draft.members.forEach((m, i) => {
    if (!m.userId) add(`members[${i}].userId`, 'required');
    else if (draft.members.findIndex((o) => o.userId === m.userId) !== i)
      add(`members[${i}].userId`, 'repeated');
  });
  return problems;
}

export function problemsFromApi(details: readonly FieldProblemDetail[]): BodyProblems {
  const problems: BodyProblems = {};
  for (const d of details) (problems[d.field || 'form'] ??= []).push({ api: d.problem, detail: d });
  return problems;
}
