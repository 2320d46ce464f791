import type { Role } from '../auth';

/** Who issues a command: from the token, never from a request body. */
export interface ActorRef {
  userId: string;
  roles: Role[];
  /** The registry cadre this user is, when linked: a subject of a case may not act on it. */
  cadreId: string | null;
}
