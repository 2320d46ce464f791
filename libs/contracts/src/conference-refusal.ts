/**
 * Every reason a conference refuses a command (its validator's `CONFERENCE_REFUSED`, `details: [code,
 * params]`), in one list: the API maps each to its HTTP status and writes it in the request's language,
 * and the panel's tables are typed `Record<ConferenceRefusalCode, …>`, so a new code fails both builds
 * until each language writes it. A refusal records nothing, so a code may change; never reuse one for
 * another meaning.
 *
 * Params: `secretaryId`, `headId`, `memberId` are user ids; `candidateId` a cadre id; `attending`,
 * `ballotsCast`, `sum` numbers; `level` one of high, confidence, low.
 */
export const CONFERENCE_REFUSAL_CODES = [
  /** The conference has closed: it takes no more commands. */
  'conference_closed',
  /** Only the secretary (`secretaryId`) records attendance and enters the tally. */
  'not_secretary',
  /** Only the head of the collective (`headId`) decides a tie. */
  'not_head',
  'attendance_recorded',
  /** `memberId` is ticked twice. */
  'member_twice',
  /** `memberId` was not summoned. */
  'not_summoned',
  'attendance_first',
  'quorum_not_met',
  'tally_entered',
  /** `sheetSha256` is not a SHA-256 in hex. */
  'sheet_hash',
  /** `ballotsCast` must be a whole number from 0 to the `attending`. */
  'ballots_cast',
  /** This conference takes an approval ballot (votes per candidate). */
  'approval_ballot',
  /** This conference takes a confidence ballot (three counts per holder). */
  'confidence_ballot',
  /** The tally must name every candidate once. */
  'every_candidate',
  /** Votes for `candidateId` must be a whole number from 0 to the `ballotsCast`. */
  'votes_range',
  /** `level` for `candidateId` must be a whole number ≥ 0. */
  'count_negative',
  /** The three counts for `candidateId` (`sum`) exceed the `ballotsCast`. */
  'counts_exceed',
  /** No tie waits for a decision on `candidateId`. */
  'no_tie',
] as const;
export type ConferenceRefusalCode = (typeof CONFERENCE_REFUSAL_CODES)[number];

/**
 * The code an older worker's conference refusal is answered with: it sent its English words only (no
 * `details`). It keeps the 400 those refusals always had.
 */
export const CONFERENCE_REFUSED_GENERIC = 'conference_refused';

export function isConferenceRefusalCode(value: unknown): value is ConferenceRefusalCode {
  return typeof value === 'string' && (CONFERENCE_REFUSAL_CODES as readonly string[]).includes(value);
}
