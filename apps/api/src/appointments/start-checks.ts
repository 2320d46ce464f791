import type {
  AppointmentBodies,
  ConferenceBody,
  ResolvedStartAppointmentRequest,
} from '@personnel/contracts';
import type { FieldProblem, NamedUser } from '../procedures/party-checks';

export { checkDirectory, checkSeparationOfDuties, partyDirectory } from '../procedures/party-checks';
export type { FieldProblem, NamedUser } from '../procedures/party-checks';

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
export function namedUsers(request: ResolvedStartAppointmentRequest): NamedUser[] {
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
export function checkStartShape(
  request: ResolvedStartAppointmentRequest,
  timingAllowed: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (request.source === 'outside') {
    if (request.candidateIds.length !== 1)
      problems.push({
        field: 'candidateIds',
        problem: 'must name exactly 1 cadre for an outside candidate',
        code: 'one_outside_candidate',
        params: {},
      });
    if (!request.homeUnitConference)
      problems.push({
        field: 'homeUnitConference',
        problem: 'is required for an outside candidate',
        code: 'required_for_outside',
        params: {},
      });
    for (const field of ['expandedConference', 'keyCadreConference'] as const)
      if (request[field])
        problems.push({ field, problem: 'is only for local candidates', code: 'only_for_local', params: {} });
  } else {
    for (const field of ['expandedConference', 'keyCadreConference'] as const)
      if (!request[field])
        problems.push({
          field,
          problem: 'is required for local candidates',
          code: 'required_for_local',
          params: {},
        });
    if (request.homeUnitConference)
      problems.push({
        field: 'homeUnitConference',
        problem: 'is only for an outside candidate',
        code: 'only_for_outside',
        params: {},
      });
  }
  const seen = new Map<string, number>();
  request.signOff.forEach((step, i) => {
    const first = seen.get(step.key);
    if (first !== undefined)
      problems.push({
        field: `signOff[${i}].key`,
        problem: `repeats the key of signOff[${first}]`,
        code: 'repeated_key',
        params: { first: `signOff[${first}].key` },
      });
    else seen.set(step.key, i);
  });
  if (request.timing && !timingAllowed)
    problems.push({
      field: 'timing',
      problem: 'is accepted only when the API runs with APPOINTMENT_TIMING_OVERRIDES=true',
      code: 'timing_not_allowed',
      params: {},
    });
  return problems;
}
