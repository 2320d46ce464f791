import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import type { StartProblem, StartProblems } from './start-form-logic';

export function startProblemText(p: StartProblem, t: Messages): string {
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
      return p.text;
  }
}

/** How a form shows the problems of its fields: ids, the messages under a field, aria-invalid and -describedby. */
export interface FieldProblems {
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
  text: (p: P, t: Messages) => string,
): FieldProblems;
export function useFieldProblems<P>(
  problems: Record<string, P[]>,
  text: (p: P, t: Messages) => string = startProblemText as (p: P, t: Messages) => string,
): FieldProblems {
  const { t } = useI18n();
  const uid = useId();
  const fid = (field: string) => `${uid}-${field.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return {
    fid,
    errs: (field) =>
      problems[field]?.length ? (
        <ul id={`${fid(field)}-error`} className="field-error">
          {problems[field].map((p, i) => (
            <li key={i}>{text(p, t)}</li>
          ))}
        </ul>
      ) : null,
    bad: (field) => (problems[field]?.length ? true : undefined),
    described: (field) => (problems[field]?.length ? `${fid(field)}-error` : undefined),
  };
}
