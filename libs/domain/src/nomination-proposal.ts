import { CODE_PATTERN, type NominationInput } from '@personnel/contracts';

export const MAX_APPROVERS = 20;

/** Separation of duties: the nominee and the proposer may not sign on their own case. */
export const SELF_DECISION_CITATION =
  'Practice of the organisation office: nominee / proposer may not vote or sign on their own case';

export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * Checks a proposal before any workflow starts. Returns every problem found, each naming its field, so a
 * caller can answer 400 with all of them at once.
 */
export function checkNominationProposal(
  input: Pick<NominationInput, 'cadreId' | 'postId' | 'approverIds' | 'proposedBy'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const code = (field: string, value: unknown) => {
    if (typeof value !== 'string' || value.length === 0) problems.push({ field, problem: 'is required' });
    else if (!CODE_PATTERN.test(value))
      problems.push({
        field,
        problem: 'must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
      });
  };
  code('cadreId', input.cadreId);
  code('postId', input.postId);
  code('proposedBy', input.proposedBy);

  const approvers: unknown = input.approverIds;
  if (!Array.isArray(approvers) || approvers.length === 0) {
    problems.push({ field: 'approverIds', problem: 'must list at least one approver' });
    return problems;
  }
  if (approvers.length > MAX_APPROVERS)
    problems.push({ field: 'approverIds', problem: `may list at most ${MAX_APPROVERS} approvers` });
  approvers.forEach((id, i) => code(`approverIds[${i}]`, id));
  if (new Set(approvers).size !== approvers.length)
    problems.push({ field: 'approverIds', problem: 'must not list an approver twice' });
  if (approvers.includes(input.cadreId))
    problems.push({
      field: 'approverIds',
      problem: `must not include the nominee (${SELF_DECISION_CITATION})`,
    });
  if (approvers.includes(input.proposedBy))
    problems.push({
      field: 'approverIds',
      problem: `must not include the proposer (${SELF_DECISION_CITATION})`,
    });
  return problems;
}
