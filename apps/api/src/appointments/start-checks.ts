import type { AppointmentBodies, ConferenceBody, StartAppointmentRequest } from '@personnel/contracts';
import type { DirectoryMatch } from '@personnel/persistence';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** A user a request names, with the field that names them (`collective.summonedIds[2]`). */
export interface NamedUser {
  field: string;
  userId: string;
}

/** Every user the given conference bodies name (a start request, or a change of bodies). */
export function namedBodyUsers(bodies: Partial<AppointmentBodies>): NamedUser[] {
  const named: NamedUser[] = [];
  const body = (name: string, value: ConferenceBody | undefined) => {
    if (!value) return;
    value.summonedIds.forEach((userId, i) => named.push({ field: `${name}.summonedIds[${i}]`, userId }));
    named.push({ field: `${name}.secretaryId`, userId: value.secretaryId });
    named.push({ field: `${name}.headId`, userId: value.headId });
  };
  body('collective', bodies.collective);
  body('expandedConference', bodies.expandedConference);
  body('keyCadreConference', bodies.keyCadreConference);
  body('homeUnitConference', bodies.homeUnitConference);
  return named;
}

/** Every user named by a start request, with the field that names them. */
export function namedUsers(request: StartAppointmentRequest): NamedUser[] {
  const named = namedBodyUsers(request);
  request.signOff.forEach((step, i) => {
    step.assigneeIds.forEach((userId, j) => named.push({ field: `signOff[${i}].assigneeIds[${j}]`, userId }));
    if (step.escalateToId) named.push({ field: `signOff[${i}].escalateToId`, userId: step.escalateToId });
  });
  named.push({ field: 'signerId', userId: request.signerId });
  return named;
}

/**
 * What the request says on its own (no registry, no directory): candidates per source, the bodies each
 * source needs, unique sign-off keys, and timing only where the deployment allows it.
 */
export function checkStartShape(request: StartAppointmentRequest, timingAllowed: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (request.source === 'outside') {
    if (request.candidateIds.length !== 1)
      problems.push({ field: 'candidateIds', problem: 'must name exactly 1 cadre for an outside candidate' });
    if (!request.homeUnitConference)
      problems.push({ field: 'homeUnitConference', problem: 'is required for an outside candidate' });
    for (const field of ['expandedConference', 'keyCadreConference'] as const)
      if (request[field]) problems.push({ field, problem: 'is only for local candidates' });
  } else {
    for (const field of ['expandedConference', 'keyCadreConference'] as const)
      if (!request[field]) problems.push({ field, problem: 'is required for local candidates' });
    if (request.homeUnitConference)
      problems.push({ field: 'homeUnitConference', problem: 'is only for an outside candidate' });
  }
  const seen = new Map<string, number>();
  request.signOff.forEach((step, i) => {
    const first = seen.get(step.key);
    if (first !== undefined)
      problems.push({ field: `signOff[${i}].key`, problem: `repeats the key of signOff[${first}]` });
    else seen.set(step.key, i);
  });
  if (request.timing && !timingAllowed)
    problems.push({
      field: 'timing',
      problem: 'is accepted only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true',
    });
  return problems;
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
