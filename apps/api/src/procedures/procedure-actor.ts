import type { ActorRef, AuthenticatedUser } from '@personnel/contracts';

/** The actor of every command is the signed-in user, taken from the token and never from the body. */
export const actorOf = (user: AuthenticatedUser): ActorRef => ({
  userId: user.username,
  roles: user.roles,
  cadreId: user.cadreId ?? null,
});
