import { useId, type ReactNode } from 'react';
import type { FieldProblemDetail } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { useFieldProblemText, type FieldProblemContext } from '../ui/field-problem-text';
import type { StartProblem, StartProblems } from './start-form-logic';

/** Writes one field problem the API answered in the user's language (ui/field-problem-text). */
export type SayFieldProblem = (detail: FieldProblemDetail) => string;

export function startProblemText(p: StartProblem, t: Messages, say?: SayFieldProblem): string {
  const m = t.proc.start.problems;
  switch (p.kind) {
    case 'required':
      return m.required;
    case 'code':
      return m.code;
    case 'oneOutside':
      return m.oneOutside;
    case 'atMostLocal':
      return m.atMostLocal(p.max);
    case 'duplicate':
      return m.duplicate(p.code);
    case 'candidateVotes':
      return m.candidateVotes(p.code);
    case 'proposerVotes':
      return m.proposerVotes;
    case 'stepKey':
      return m.stepKey;
    case 'atLeastOne':
      return m.atLeastOne;
    case 'api':
      return p.detail && say ? say(p.detail) : p.text;
  }
}

/** How a form shows the problems of its fields: ids, the messages under a field, aria-invalid and -describedby. */
export interface FieldProblems {
  /** Writes a problem the API answered (code + params) in the user's language, names resolved. */
  say: SayFieldProblem;
  fid(field: string): string;
  errs(field: string): ReactNode;
  bad(field: string): true | undefined;
  described(field: string): string | undefined;
}

/**
 * The field-problem helpers of a start form (appointment, rotation, a batch's parties): every field path
 * (`signOff[1].assigneeIds`) gets its id, its list of problems and the aria attributes pointing at it.
 */
export function useFieldProblems(problems: StartProblems): FieldProblems;
export function useFieldProblems<P>(
  problems: Record<string, P[]>,
  text: (p: P, t: Messages, say: SayFieldProblem) => string,
  context?: FieldProblemContext,
): FieldProblems;
export function useFieldProblems<P>(
  problems: Record<string, P[]>,
  text: (p: P, t: Messages, say: SayFieldProblem) => string = startProblemText as (
    p: P,
    t: Messages,
    say: SayFieldProblem,
  ) => string,
  context: FieldProblemContext = {},
): FieldProblems {
  const { t } = useI18n();
  const uid = useId();
  const say = useFieldProblemText(Object.values(problems).flat().flatMap(apiDetailOf), context);
  const fid = (field: string) => `${uid}-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return {
    say,
    fid,
    errs: (field) =>
      problems[field]?.length ? (
        <ul id={`${fid(field)}-error`} className="field-error">
          {problems[field].map((p, i) => (
            <li key={i}>{text(p, t, say)}</li>
          ))}
        </ul>
      ) : null,
    bad: (field) => (problems[field]?.length ? true : undefined),
    described: (field) => (problems[field]?.length ? `${fid(field)}-error` : undefined),
  };
}

/** The API's detail a problem of a form carries, if it is one the API answered. */
function apiDetailOf(problem: unknown): FieldProblemDetail[] {
  const detail =
    typeof problem === 'object' && problem !== null ? (problem as { detail?: unknown }).detail : undefined;
  return typeof detail === 'object' && detail !== null ? [detail as FieldProblemDetail] : [];
}
