import type { AuthenticatedUser, Role } from '../api/types';

/**
 * What the panel offers to whom. It mirrors the API's @Roles (admin passes every role check) only to
 * decide which buttons to show: the API stays the authority and answers 403/409 otherwise, and whether it
 * is an approver's turn is the workflow's call.
 */
export type Action = 'decide' | 'propose' | 'editRegistry' | 'verifyAudit' | 'reassign';

const ROLES_FOR: Record<Action, readonly Role[]> = {
  decide: ['approver', 'leader', 'org_office'],
  propose: ['hr_officer'],
  editRegistry: ['hr_officer', 'org_office'],
  verifyAudit: ['org_office', 'leader'],
  /** libs/domain REASSIGN_ROLES: who gives another's task to someone else. */
  reassign: ['org_office', 'leader'],
};

export function can(user: Pick<AuthenticatedUser, 'roles'> | null | undefined, action: Action): boolean {
  if (!user) return false;
  return user.roles.includes('admin') || user.roles.some((role) => ROLES_FOR[action].includes(role));
}
