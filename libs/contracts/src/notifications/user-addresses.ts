/**
 * The address task mail goes to, as administrators keep it. Every change is a step of the user's own
 * journal (`workflow_step`, hash-chained like a procedure's, checked by GET /api/v1/audit/verify).
 */

/** The journal of a user's account changes made by an administrator. */
export function userWorkflowId(username: string): string {
  return `user/${username}`;
}

/** The journal step kinds of an address change; the payload is `{ from, to }` (either may be null). */
export const EMAIL_STEP_KINDS = ['email_set', 'email_cleared'] as const;
export type EmailStepKind = (typeof EMAIL_STEP_KINDS)[number];

/** `GET /api/v1/users/addresses` (administrators): an active user, their name and address. */
export interface UserAddressView {
  username: string;
  fullName: string;
  unitCode: string | null;
  /** Null: no address on file, so no task mail reaches them. */
  email: string | null;
  /** The last change made in the product (ISO time) and by whom; null before the first one. */
  changedAt: string | null;
  changedBy: string | null;
}

/** `PUT /api/v1/users/{username}/email` (administrators): the new address, or null to remove it. */
export interface SetUserEmailRequest {
  email: string | null;
}
