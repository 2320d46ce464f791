/**
 * Refusal codes of every procedure command (an Update validator's refusal, `details[0]`). The API maps
 * each to its HTTP status in one table typed `Record<RefusalCode, …>`, so a new code fails the build
 * until it is given a status.
 */
export type RefusalCode =
  | 'finished'
  | 'wrong_stage'
  | 'unknown_task'
  | 'task_closed'
  | 'not_assignee'
  | 'claimed_by_other'
  | 'not_claimed'
  | 'own_case'
  | 'not_authorised'
  | 'invalid'
  /**
   * The command needs a reason and came without one: `params.field` names it, `params.command` the
   * command (`reconvene`: why the conference is convened again).
   */
  | 'reason_required'
  /** The registry no longer allows what the command decides (a holder arrived, the cadre left). */
  | 'registry_conflict'
  /** The rules refuse what the command asks (a planning limit, a post not higher): each named, cited. */
  | 'ineligible'
  /** A training class is full: nobody more is enrolled (a withdrawal frees a seat). */
  | 'capacity_reached'
  /** The cadre is already enrolled in the class. */
  | 'already_enrolled'
  /** The cadre already holds a completion of the class's course. */
  | 'already_completed';
export const REFUSAL_CODES: readonly RefusalCode[] = [
  'finished',
  'wrong_stage',
  'unknown_task',
  'task_closed',
  'not_assignee',
  'claimed_by_other',
  'not_claimed',
  'own_case',
  'not_authorised',
  'invalid',
  'reason_required',
  'registry_conflict',
  'ineligible',
  'capacity_reached',
  'already_enrolled',
  'already_completed',
];

/**
 * The values a refusal names (who holds the task, who it is for, the state of the procedure), beside its
 * code: the API writes the refusal in the user's language from the two. Users are given by user id.
 */
export type RefusalParams = Record<string, string | number | boolean | null | string[]>;

export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && (REFUSAL_CODES as readonly string[]).includes(value);
}

/**
 * Failure type of a refused procedure command. The string stays the appointment's, which every running
 * workflow and API already speak.
 */
export const PROCEDURE_REFUSED = 'AppointmentCommandRefused';
