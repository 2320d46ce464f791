import type { AuthenticatedUser } from '../api/types';
import { can } from '../auth/permissions';
import type { Messages } from '../i18n/vi';
import { seesPlans } from '../planning/plan-roles';
import { seesConfidenceVotes } from '../confidence-votes/confidence-roles';
import { seesRotations } from '../rotations/rotation-roles';
import { USER_ADDRESSES_PATH } from '../users/user-addresses-path';

/**
 * The main navigation, one entry per area. Areas of later issues (conferences, the leaders' dashboard,
 * rotation and planning) add an entry here and a route in routes.tsx, with the roles that see it.
 */
export interface NavEntry {
  path: string;
  label(t: Messages): string;
  /** Shown to everyone signed in when absent. */
  visible?(user: AuthenticatedUser): boolean;
}

const hasRole = (user: AuthenticatedUser, ...roles: string[]) =>
  user.roles.some((r) => r === 'admin' || roles.includes(r));

export const NAVIGATION: readonly NavEntry[] = [
  // HR holds tasks too (a revision after a return, a dossier to complete): the inbox is theirs as well.
  { path: '/tasks', label: (t) => t.proc.nav.tasks, visible: (u) => can(u, 'decide') || can(u, 'propose') },
  { path: '/appointments', label: (t) => t.proc.nav.procedures },
  { path: '/rotations', label: (t) => t.rotation.nav, visible: seesRotations },
  { path: '/plans', label: (t) => t.plan.nav, visible: seesPlans },
  { path: '/training', label: (t) => t.training.nav, visible: (u) => hasRole(u, 'hr_officer') },
  { path: '/confidence-votes', label: (t) => t.confidence.nav, visible: seesConfidenceVotes },
  { path: '/cadres', label: (t) => t.nav.cadres },
  {
    path: '/dashboard',
    label: (t) => t.proc.nav.dashboard,
    visible: (u) => hasRole(u, 'leader', 'org_office'),
  },
  { path: '/imports/cadres', label: (t) => t.proc.nav.imports, visible: (u) => can(u, 'editRegistry') },
  // Standing bodies are the unit's HR's to keep (the API lets HR of the unit, or admin, write them).
  {
    path: '/registry/standing-bodies',
    label: (t) => t.bodies.nav,
    visible: (u) => hasRole(u, 'hr_officer'),
  },
  { path: '/webhooks', label: (t) => t.webhooks.nav, visible: (u) => u.roles.includes('admin') },
  // Task mail goes to these addresses: the office's administrators keep them (the API: admin only).
  { path: USER_ADDRESSES_PATH, label: (t) => t.addresses.nav, visible: (u) => u.roles.includes('admin') },
  { path: '/me/notifications', label: (t) => t.notifications.nav },
];

export function navigationFor(user: AuthenticatedUser): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.visible?.(user) ?? true);
}

/** The rule of the navigation entry at `path`: its page is offered to whoever sees the entry. */
export function shownInNavigation(path: string): (user: AuthenticatedUser) => boolean {
  const entry = NAVIGATION.find((e) => e.path === path);
  if (!entry) throw new Error(`no navigation entry at ${path}`);
  return (user) => entry.visible?.(user) ?? true;
}
