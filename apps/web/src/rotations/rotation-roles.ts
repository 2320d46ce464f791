import type { AuthenticatedUser } from '../api/types';

/** Mirrors the API's @Roles of the rotation routes, only to decide what to offer (the API stays the authority). */
const hasRole = (user: Pick<AuthenticatedUser, 'roles'>, ...roles: string[]) =>
  user.roles.some((r) => r === 'admin' || roles.includes(r));

/** POST /rotations and /rotation-batches: HR. */
export const mayProposeRotation = (user: Pick<AuthenticatedUser, 'roles'>) => hasRole(user, 'hr_officer');
/** POST /rotation-plans: HR and leaders. */
export const mayPlanRotations = (user: Pick<AuthenticatedUser, 'roles'>) =>
  hasRole(user, 'hr_officer', 'leader');
/** Who works with rotations: those who propose, plan, consult, sign off or sign. */
export const seesRotations = (user: Pick<AuthenticatedUser, 'roles'>) =>
  hasRole(user, 'hr_officer', 'leader', 'org_office', 'approver');
