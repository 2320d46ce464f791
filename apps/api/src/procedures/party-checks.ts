import type { FieldProblemCode, FieldProblemDetail, FieldProblemParams } from '@personnel/contracts';
import { reachesUnit } from '@personnel/domain';
import { activeDirectoryMatches, unitAndAncestorCodes, type DirectoryMatch } from '@personnel/persistence';
import type { DataSource } from 'typeorm';

/**
 * Checks of the people a procedure's request names, whatever its kind: each must be an active user of
 * the directory who can see and act in the procedure's unit, and neither the proposer nor a subject of
 * the case may act on it.
 */

/** The directory as a procedure's start sees it: its accounts, and the units its parties must reach. */
export interface PartyDirectory {
  matches(usernames: readonly string[], cadreIds: readonly string[]): Promise<DirectoryMatch[]>;
  /** Each unit the parties act in, with the unit itself and every unit above it. */
  units: { code: string; unitAndAncestors: ReadonlySet<string> }[];
}

/** The directory for a procedure in these units (a rotation batch: every destination unit). */
export async function partyDirectory(
  dataSource: DataSource,
  unitCodes: readonly string[],
): Promise<PartyDirectory> {
  const units = [];
  for (const code of new Set(unitCodes))
    units.push({ code, unitAndAncestors: new Set(await unitAndAncestorCodes(dataSource, code)) });
  return { matches: (usernames, cadreIds) => activeDirectoryMatches(dataSource, usernames, cadreIds), units };
}

/** The first of the directory's units this account can neither see nor act in, if any. */
export function unreachedUnit(directory: PartyDirectory, user: DirectoryMatch): string | undefined {
  return directory.units.find((u) => !reachesUnit(user.unitCode, u.unitAndAncestors))?.code;
}

/**
 * A field problem of a start or registry form: its code and params (contracts FieldProblemCode) are
 * what the panel and the API's other languages write from; `problem` is the server's English words.
 */
export type FieldProblem = FieldProblemDetail & { code: FieldProblemCode; params: FieldProblemParams };

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
        code: 'proposer_acts',
        params: { user: proposer },
      });
    const cadre = candidateUsers.get(userId);
    if (cadre)
      problems.push({
        field,
        problem: `names ${userId}, who is the candidate ${cadre}: a nominee may not act on their own case`,
        code: 'candidate_acts',
        params: { user: userId, cadre },
      });
  }
  return problems;
}

/**
 * The directory's word on the users named: each must be an active user whose unit scope holds the
 * procedure's units (else they could never open their task and the procedure would wait for them
 * forever); the result maps each active user who is one of the candidates to their cadre, for
 * checkSeparationOfDuties.
 */
export async function checkDirectory(
  directory: PartyDirectory,
  named: readonly NamedUser[],
  candidateIds: readonly string[],
  problems: FieldProblem[],
): Promise<Map<string, string>> {
  const users = await directory.matches(
    named.map((n) => n.userId),
    candidateIds,
  );
  const known = new Map(users.map((u) => [u.username, u]));
  for (const { field, userId } of named) {
    const user = known.get(userId);
    const unreached = user && unreachedUnit(directory, user);
    if (!user)
      problems.push({
        field,
        problem: `names no active user of the directory (${userId})`,
        code: 'unknown_user',
        params: { user: userId },
      });
    else if (unreached)
      problems.push({
        field,
        problem: `names ${userId} of unit ${user.unitCode}, who can neither see nor act in unit ${unreached}`,
        code: 'user_out_of_reach',
        params: { user: userId, userUnit: user.unitCode, unit: unreached },
      });
  }
  return new Map(
    users
      .filter((u) => u.cadreId !== null && candidateIds.includes(u.cadreId))
      .map((u) => [u.username, u.cadreId as string]),
  );
}

/** Timing overrides (tests, demos) are refused unless the deployment allows them. */
export function timingNotAllowed(): FieldProblem {
  return {
    field: 'timing',
    problem: 'is accepted only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true',
    code: 'timing_not_allowed',
    params: {},
  };
}
