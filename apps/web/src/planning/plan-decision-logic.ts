import type { DecidePlanRequest, PlanApprovalChoice } from '../api/plan-types';
import { parseDate } from '../format/dates';

export const PLAN_CHOICES: readonly PlanApprovalChoice[] = ['approve', 'return', 'reject'];

export interface DecisionDraft {
  choice: PlanApprovalChoice | '';
  number: string;
  /** dd/mm/yyyy as typed. */
  date: string;
  comment: string;
}

export type DecisionProblem = 'choiceRequired' | 'numberRequired' | 'badDate' | 'commentRequired';
export type DecisionProblems = Partial<Record<'choice' | 'number' | 'date' | 'comment', DecisionProblem>>;

/**
 * The signer's decision as DecidePlanRequest asks it: approval with the decision number and the day the
 * plan takes effect; a return or a rejection with the reason HR reads.
 */
export function toDecision(
  draft: DecisionDraft,
): { body: DecidePlanRequest } | { problems: DecisionProblems } {
  const problems: DecisionProblems = {};
  if (!draft.choice) return { problems: { choice: 'choiceRequired' } };
  if (draft.choice === 'approve') {
    const effectiveDate = parseDate(draft.date);
    if (!draft.number.trim()) problems.number = 'numberRequired';
    if (!effectiveDate) problems.date = 'badDate';
    if (Object.keys(problems).length > 0 || !effectiveDate) return { problems };
    const comment = draft.comment.trim();
    return {
      body: {
        choice: 'approve',
        number: draft.number.trim(),
        effectiveDate,
        ...(comment ? { comment } : {}),
      },
    };
  }
  const comment = draft.comment.trim();
  if (!comment) return { problems: { comment: 'commentRequired' } };
  return { body: { choice: draft.choice, comment } };
}
