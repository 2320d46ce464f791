import type { AuthenticatedUser } from '../api/types';

/** Mirrors the API's @Roles of the plan routes, only to decide what to offer (the API stays the authority). */
const hasRole = (user: Pick<AuthenticatedUser, 'roles'>, ...roles: string[]) =>
  user.roles.some((r) => r === 'admin' || roles.includes(r));

/** POST /plans: HR opens a unit's plan for a term. */
export const mayStartPlan = (user: Pick<AuthenticatedUser, 'roles'>) => hasRole(user, 'hr_officer');
/** Who works with plans day to day: HR, who draw them up, and the leaders, who vote and approve. */
export const seesPlans = (user: Pick<AuthenticatedUser, 'roles'>) => hasRole(user, 'hr_officer', 'leader');
