import type {
  ApiErrorBody,
  CONFERENCE_REFUSED_GENERIC,
  ConferenceRefusalCode,
  RefusalCode,
} from '@personnel/contracts';

/** The values of one refusal, as the API passed them on from the workflow (user ids, cadre ids, numbers). */
export type RefusalValues = Readonly<NonNullable<ApiErrorBody['params']>>;
type Value = RefusalValues[string] | undefined;

/** How a refusal writes its values in the user's language: people by name, numbers with its marks. */
export interface RefusalWords {
  user(value: Value): string;
  cadre(value: Value): string;
  num(value: Value): string;
  /** A level of a confidence ballot (high, confidence, low) by its name. */
  level(value: Value): string;
}

/**
 * A refusal's sentence; undefined when the refusal lacks what the sentence needs (an older answer
 * without its params): the API's own message, which the panel shows then, says it better.
 */
export type RefusalSentence = (p: RefusalValues, w: RefusalWords) => string | undefined;

/**
 * The refusals the panel writes itself, with names where the API can only give ids: every conference
 * refusal (contracts ConferenceRefusalCode), a missing reason, a task someone else has claimed (who, by
 * name: the person too late to claim it needs to know whom to ask), and an older worker's conference refusal.
 */
export type PanelRefusalCode =
  | ConferenceRefusalCode
  | Extract<RefusalCode, 'reason_required' | 'claimed_by_other'>
  | typeof CONFERENCE_REFUSED_GENERIC;

/** One sentence per code: the type keeps it whole, so a new conference code fails the build until written. */
export type RefusalSentences = Record<PanelRefusalCode, RefusalSentence>;

/** The params of a refusal that name users, and those that name cadres. */
export const USER_REFUSAL_PARAMS = ['assignees', 'claimedBy', 'userId', 'secretaryId', 'headId', 'memberId'];
export const CADRE_REFUSAL_PARAMS = ['candidateId'];
