import type { Role, TaskKind } from '@personnel/contracts';
import { holdsAnyRole } from './roles';

/**
 * Who can take part in a procedure. A user sees and acts in their unit's subtree (or, without a unit,
 * the whole organisation), so a conference member, a sign-off assignee, a signer or a delegate must
 * belong to the procedure's unit or a unit above it: a secretary of another commune could never open
 * the conference, and the procedure would wait for them forever.
 */
export function reachesUnit(userUnitCode: string | null, unitAndAncestors: ReadonlySet<string>): boolean {
  return userUnitCode === null || unitAndAncestors.has(userUnitCode);
}

/**
 * The roles a delegate must hold, by the kinds of task that can be delegated (the claimable ones): a
 * sign-off goes to those who review a dossier (the API's TASK_ROLES), a decision to a leader, as only a
 * leader signs one in another's stead.
 */
export const DELEGATE_ROLES: Partial<Record<TaskKind, readonly Role[]>> = {
  sign_off: ['approver', 'org_office', 'leader'],
  decision: ['leader'],
};

/** Why this user may not take this task by delegation, or null when they may. */
export function delegateRoleProblem(kind: TaskKind, roles: readonly Role[]): string | null {
  const needed = DELEGATE_ROLES[kind];
  if (!needed) return `a ${kind} task is not delegated`;
  if (holdsAnyRole(roles, needed)) return null;
  return `a ${kind} task goes only to a user with the role ${needed.join(' or ')}`;
}
