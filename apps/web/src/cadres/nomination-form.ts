import type { StartNominationRequest } from '../api/types';

/**
 * The checks POST /api/v1/nominations makes (StartNominationDto and checkNominationProposal in
 * libs/domain), made before sending so the user sees every problem at once. The API checks again and its
 * 400 `details` are shown the same way, field by field.
 */

/** libs/contracts CODE_PATTERN (the panel imports only types from our libraries; a test keeps them equal). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** libs/domain MAX_APPROVERS. */
export const MAX_APPROVERS = 20;

export type Problem =
  | { kind: 'required' }
  | { kind: 'code' }
  | { kind: 'atLeastOne' }
  | { kind: 'atMost'; max: number }
  | { kind: 'duplicate'; code: string }
  | { kind: 'nominee' }
  | { kind: 'proposer' }
  /** A problem the API named that we did not foresee: its own words. */
  | { kind: 'api'; text: string };

/** Field → problems. Fields: cadreId, postId, unitCode, approverIds (the list), approverIds[i], form. */
export type FieldProblems = Record<string, Problem[]>;

export interface NominationDraft {
  cadreId: string;
  postId: string;
  unitCode: string;
  approverIds: string[];
}

export function validateNomination(draft: NominationDraft, proposer: string): FieldProblems {
  const problems: FieldProblems = {};
  const add = (field: string, problem: Problem) => (problems[field] ??= []).push(problem);
  const code = (field: string, value: string, required: boolean) => {
    if (!value) {
      if (required) add(field, { kind: 'required' });
    } else if (!CODE_PATTERN.test(value)) add(field, { kind: 'code' });
  };
  code('cadreId', draft.cadreId.trim(), true);
  code('postId', draft.postId.trim(), true);
  code('unitCode', draft.unitCode.trim(), false);

  const approvers = draft.approverIds.map((a) => a.trim());
  if (approvers.length === 0) add('approverIds', { kind: 'atLeastOne' });
  if (approvers.length > MAX_APPROVERS) add('approverIds', { kind: 'atMost', max: MAX_APPROVERS });
  const seen = new Set<string>();
  approvers.forEach((approver, i) => {
    const field = `approverIds[${i}]`;
    code(field, approver, true);
    if (seen.has(approver)) add(field, { kind: 'duplicate', code: approver });
    seen.add(approver);
    if (approver && approver === draft.cadreId.trim()) add(field, { kind: 'nominee' });
    if (approver && approver === proposer) add(field, { kind: 'proposer' });
  });
  return problems;
}

export function hasProblems(problems: FieldProblems): boolean {
  return Object.values(problems).some((list) => list.length > 0);
}

/** Adding one approver to the list: the same rules, checked as the user types the code. */
export function checkNewApprover(
  code: string,
  draft: NominationDraft,
  proposer: string,
): Problem | undefined {
  const value = code.trim();
  if (!value) return { kind: 'required' };
  if (!CODE_PATTERN.test(value)) return { kind: 'code' };
  if (draft.approverIds.includes(value)) return { kind: 'duplicate', code: value };
  if (value === draft.cadreId.trim()) return { kind: 'nominee' };
  if (value === proposer) return { kind: 'proposer' };
  if (draft.approverIds.length >= MAX_APPROVERS) return { kind: 'atMost', max: MAX_APPROVERS };
  return undefined;
}

/** The API's 400 `details` ({field, problem}) as field problems; unknown fields land on "form". */
export function problemsFromApi(details: readonly { field: string; problem: string }[]): FieldProblems {
  const known = /^(cadreId|postId|unitCode|approverIds(\[\d+\])?)$/;
  const problems: FieldProblems = {};
  for (const { field, problem } of details) {
    const key = known.test(field) ? field : 'form';
    (problems[key] ??= []).push({ kind: 'api', text: key === 'form' ? `${field}: ${problem}` : problem });
  }
  return problems;
}

export function toRequest(draft: NominationDraft): StartNominationRequest {
  const unitCode = draft.unitCode.trim();
  return {
    cadreId: draft.cadreId.trim(),
    postId: draft.postId.trim(),
    approverIds: draft.approverIds.map((a) => a.trim()),
    ...(unitCode ? { unitCode } : {}),
  };
}
