import type { EndEarlyRequest, EndOfTermRequest, RotationEndChoice } from '../api/rotation-types';
import { parseDate } from '../format/dates';

/** What the signer fills in at the end of a rotation (or to end it early). */
export interface EndDraft {
  choice: RotationEndChoice;
  postId: string;
  months: string;
  number: string;
  effectiveDate: string;
  reason: string;
}

export type EndProblem = 'postRequired' | 'monthsInvalid' | 'numberRequired' | 'badDate' | 'reasonRequired';
export type EndProblems = Partial<
  Record<'postId' | 'months' | 'number' | 'effectiveDate' | 'reason', EndProblem>
>;

/** Return and reassign move the cadre to a post; keep leaves them where they are; extend adds months. */
export const needsPost = (choice: RotationEndChoice) => choice === 'return' || choice === 'reassign';

function common(draft: EndDraft): { problems: EndProblems; effective?: string } {
  const problems: EndProblems = {};
  if (needsPost(draft.choice) && !draft.postId) problems.postId = 'postRequired';
  if (!draft.number.trim()) problems.number = 'numberRequired';
  const effective = parseDate(draft.effectiveDate);
  if (!effective) problems.effectiveDate = 'badDate';
  return { problems, effective };
}

/** The body of POST …/end-of-term, or the problems that keep it from being sent. */
export function toEndOfTermRequest(draft: EndDraft): { body: EndOfTermRequest } | { problems: EndProblems } {
  const { problems, effective } = common(draft);
  const months = Number(draft.months.trim());
  if (draft.choice === 'extend' && !(Number.isInteger(months) && months > 0))
    problems.months = 'monthsInvalid';
  if (Object.keys(problems).length > 0 || !effective) return { problems };
  return {
    body: {
      choice: draft.choice,
      ...(needsPost(draft.choice) ? { postId: draft.postId } : {}),
      ...(draft.choice === 'extend' ? { months } : {}),
      number: draft.number.trim(),
      effectiveDate: effective,
    },
  };
}

/** The body of POST …/early-end (return or reassign, always with a post and a reason). */
export function toEndEarlyRequest(draft: EndDraft): { body: EndEarlyRequest } | { problems: EndProblems } {
  const { problems, effective } = common(draft);
  if (!draft.reason.trim()) problems.reason = 'reasonRequired';
  if (Object.keys(problems).length > 0 || !effective || !needsPost(draft.choice)) return { problems };
  return {
    body: {
      choice: draft.choice as 'return' | 'reassign',
      postId: draft.postId,
      reason: draft.reason.trim(),
      number: draft.number.trim(),
      effectiveDate: effective,
    },
  };
}
