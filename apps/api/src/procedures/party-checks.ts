import type { DirectoryMatch } from '@personnel/persistence';

/**
 * Checks of the people a procedure's request names, whatever its kind: each must be an active user of
 * the directory, and neither the proposer nor a subject of the case may act on it.
 */

export interface FieldProblem {
  field: string;
  problem: string;
}

/** A user a request names, with the field that names them (`collective.summonedIds[2]`). */
export interface NamedUser {
  field: string;
  userId: string;
}

/**
 * Separation of duties: the proposer, and any user who is one of the candidates, may sit in no
 * conference body, take no sign-off and sign nothing on this case.
 */
export function checkSeparationOfDuties(
  named: readonly NamedUser[],
  proposer: string,
  candidateUsers: ReadonlyMap<string, string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { field, userId } of named) {
    if (userId === proposer)
      problems.push({
        field,
        problem: `names the proposer ${proposer}, who may not act on their own proposal`,
      });
    const cadre = candidateUsers.get(userId);
    if (cadre)
      problems.push({
        field,
        problem: `names ${userId}, who is the candidate ${cadre}: a nominee may not act on their own case`,
      });
  }
  return problems;
}

/**
 * The directory's word on the users named: each must be an active user; the result maps each active user
 * who is one of the candidates to their cadre, for checkSeparationOfDuties.
 */
export async function checkDirectory(
  lookup: (usernames: readonly string[], cadreIds: readonly string[]) => Promise<DirectoryMatch[]>,
  named: readonly NamedUser[],
  candidateIds: readonly string[],
  problems: FieldProblem[],
): Promise<Map<string, string>> {
  const users = await lookup(
    named.map((n) => n.userId),
    candidateIds,
  );
  const known = new Set(users.map((u) => u.username));
  for (const { field, userId } of named)
    if (!known.has(userId))
      problems.push({ field, problem: `names no active user of the directory (${userId})` });
  return new Map(
    users
      .filter((u) => u.cadreId !== null && candidateIds.includes(u.cadreId))
      .map((u) => [u.username, u.cadreId as string]),
  );
}
