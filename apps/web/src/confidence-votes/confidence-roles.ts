import type { AuthenticatedUser } from '../api/types';

/** Mirrors the API's @Roles of the confidence-vote routes, only to decide what to offer. */
const hasRole = (user: Pick<AuthenticatedUser, 'roles'>, ...roles: string[]) =>
  user.roles.some((r) => r === 'admin' || roles.includes(r));

/** POST /confidence-votes: HR. */
export const mayStartConfidenceVote = (user: Pick<AuthenticatedUser, 'roles'>) => hasRole(user, 'hr_officer');
/** Who works with confidence votes: HR, the key cadres' secretaries, the collective, the organisation office. */
export const seesConfidenceVotes = (user: Pick<AuthenticatedUser, 'roles'>) =>
  hasRole(user, 'hr_officer', 'leader', 'org_office', 'approver');
