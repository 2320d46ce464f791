import type { CadreView, PostView } from '../api/types';
import type { LegalBasis, RotationReason, StartRotationRequest } from '../api/rotation-types';
import { CODE_PATTERN, type StartProblem } from '../appointments/start-form-logic';
import { emptyParties, toParties, validateParties, type Outsiders, type PartiesDraft } from './parties-logic';
import type { UserDirectoryEntry } from '../api/appointment-types';

/** libs/contracts: a rotation lasts at least 36 months (QĐ 65), the default. */
export const MIN_ROTATION_MONTHS = 36;
export const ROTATION_LEGAL_BASIS: LegalBasis = 'QD65-2022';
export const ROTATION_REASONS: readonly RotationReason[] = ['non_local_rule', 'two_term_rule', 'development'];

export type RotationProblem = StartProblem | { kind: 'monthsMin'; min: number } | { kind: 'samePost' };
export type RotationProblems = Record<string, RotationProblem[]>;

/** The proposal as HR fills it in: the move (cadre, from, to, why, how long) and its parties. */
export interface RotationDraft extends PartiesDraft {
  cadre: CadreView | null;
  fromPostId: string;
  toPost: PostView | null;
  reason: RotationReason | '';
  months: string;
  replaceHolder: boolean;
  legalBasis: LegalBasis;
}

export function emptyRotationDraft(): RotationDraft {
  return {
    ...emptyParties(),
    cadre: null,
    fromPostId: '',
    toPost: null,
    reason: '',
    months: String(MIN_ROTATION_MONTHS),
    replaceHolder: false,
    legalBasis: ROTATION_LEGAL_BASIS,
  };
}

/** A cadre chosen: the post they hold now is where the rotation starts. */
export function withCadre(draft: RotationDraft, cadre: CadreView | null): RotationDraft {
  return { ...draft, cadre, fromPostId: cadre?.currentPost?.postCode ?? '' };
}

/** The single-holder (head) posts are the ones whose holder a rotation may replace. */
export function mayReplaceHolder(post: PostView | null): boolean {
  return post?.isHead ?? false;
}

export function parseMonths(text: string): number | undefined {
  const n = Number(text.trim());
  return Number.isInteger(n) && text.trim() !== '' ? n : undefined;
}

export function validateRotation(
  draft: RotationDraft,
  proposer: string,
  users: readonly UserDirectoryEntry[],
): RotationProblems {
  const outsiders: Outsiders = { proposer, cadreIds: draft.cadre ? [draft.cadre.code] : [] };
  const problems: RotationProblems = { ...validateParties(draft, outsiders, users) };
  const add = (field: string, problem: RotationProblem) => (problems[field] ??= []).push(problem);
  if (!draft.cadre) add('cadreId', { kind: 'required' });
  if (!draft.fromPostId || !CODE_PATTERN.test(draft.fromPostId)) add('fromPostId', { kind: 'required' });
  if (!draft.toPost) add('toPostId', { kind: 'required' });
  else if (draft.toPost.code === draft.fromPostId) add('toPostId', { kind: 'samePost' });
  if (!draft.reason) add('reason', { kind: 'required' });
  const months = parseMonths(draft.months);
  if (months === undefined || months < MIN_ROTATION_MONTHS)
    add('months', { kind: 'monthsMin', min: MIN_ROTATION_MONTHS });
  return problems;
}

/** The body of POST /api/v1/rotations; call it only on a draft without problems. */
export function toStartRotationRequest(draft: RotationDraft): StartRotationRequest {
  return {
    cadreId: draft.cadre?.code ?? '',
    fromPostId: draft.fromPostId,
    toUnitCode: draft.toPost?.unitCode ?? '',
    toPostId: draft.toPost?.code ?? '',
    reason: draft.reason as RotationReason,
    months: parseMonths(draft.months) ?? MIN_ROTATION_MONTHS,
    ...(draft.replaceHolder && mayReplaceHolder(draft.toPost) ? { replaceHolder: true } : {}),
    legalBasis: draft.legalBasis,
    ...toParties(draft),
  };
}
