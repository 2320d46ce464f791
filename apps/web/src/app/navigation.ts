import type { AuthenticatedUser } from '../api/types';
import type { Messages } from '../i18n/vi';

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

export const NAVIGATION: readonly NavEntry[] = [
  { path: '/nominations', label: (t) => t.nav.nominations },
  { path: '/cadres', label: (t) => t.nav.cadres },
];

export function navigationFor(user: AuthenticatedUser): NavEntry[] {
  return NAVIGATION.filter((entry) => entry.visible?.(user) ?? true);
}
