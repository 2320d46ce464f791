import type {
  ConferenceBody,
  ResolvedStartAppointmentRequest,
  SignOffTemplateView,
  StandingBodyView,
  StartAppointmentRequest,
  StartBodyName,
} from '@personnel/contracts';
import { conferenceBodyOf } from '@personnel/domain';
import type { FieldProblem } from './start-checks';

export const START_BODY_NAMES: readonly StartBodyName[] = [
  'collective',
  'expandedConference',
  'keyCadreConference',
  'homeUnitConference',
];

/** Where a start's parties came from, kept in the workflow's memo beside the members copied. */
export interface StartPartySources {
  standingBodies: Partial<Record<StartBodyName, { code: string; version: number }>>;
  signOffTemplate: { code: string; version: number } | null;
}

/** What the registry says of the standing bodies and the template a start refers to. */
export interface StartPartyLookups {
  /** The body by id or code, or undefined if the registry has none. */
  body(idOrCode: string): Promise<StandingBodyView | undefined>;
  /**
   * The post's unit and the units above it (the units whose bodies may sit on its procedures), and its
   * template; null when the request names no post (its postId problem says so already).
   */
  post: { units: ReadonlySet<string>; template: SignOffTemplateView | null } | null;
}

/**
 * The start request with every party named: a standing body's members copied in as they are now (a
 * later edit of the body never reaches the running procedure), and the sign-off chain and signer the
 * request leaves out taken from the post's template. Problems name the request's own fields.
 */
export async function resolveStartParties(
  request: StartAppointmentRequest,
  lookups: StartPartyLookups,
  problems: FieldProblem[],
): Promise<{ request: ResolvedStartAppointmentRequest; sources: StartPartySources }> {
  const { standingBodyIds = {}, ...rest } = request;
  const bodies: Partial<Record<StartBodyName, ConferenceBody>> = {};
  const sources: StartPartySources = { standingBodies: {}, signOffTemplate: null };
  for (const name of START_BODY_NAMES) {
    const ref = standingBodyIds[name];
    if (ref === undefined) continue;
    const field = `standingBodyIds.${name}`;
    if (request[name]) {
      problems.push({
        field,
        problem: `names a standing body for ${name}, which the request also names member by member`,
        code: 'standing_body_and_members',
        params: { bodyName: name },
      });
      continue;
    }
    const body = await lookups.body(ref);
    if (!body)
      problems.push({
        field,
        problem: `names no standing body of the registry (${ref})`,
        code: 'unknown_standing_body',
        params: { body: ref },
      });
    else if (!body.active)
      problems.push({
        field,
        problem: `names a retired standing body (${body.code})`,
        code: 'retired_standing_body',
        params: { body: body.code, bodyName: body.name },
      });
    // The home unit's consultation is held where the candidate works, which the directory check judges.
    else if (name !== 'homeUnitConference' && lookups.post && !lookups.post.units.has(body.unitCode))
      problems.push({
        field,
        problem: `names a body of unit ${body.unitCode}, neither the post's unit nor one above it`,
        code: 'standing_body_of_other_unit',
        params: { body: body.code, bodyName: body.name, unit: body.unitCode },
      });
    else {
      bodies[name] = conferenceBodyOf(body.members);
      sources.standingBodies[name] = { code: body.code, version: body.version };
    }
  }
  const collective = request.collective ?? bodies.collective;
  if (!collective && standingBodyIds.collective === undefined)
    problems.push({
      field: 'collective',
      problem: 'is required: name its members or a standing body',
      code: 'collective_required',
      params: {},
    });

  const template = lookups.post?.template ?? null;
  const fromTemplate = <T>(field: string, given: T | undefined, value: (t: SignOffTemplateView) => T) => {
    if (given !== undefined) return given;
    if (template) {
      sources.signOffTemplate = { code: template.code, version: template.version };
      return value(template);
    }
    if (lookups.post)
      problems.push({
        field,
        problem: 'is required: the post has no sign-off template',
        code: 'no_sign_off_template',
        params: {},
      });
    return undefined;
  };
  const signOffMode = fromTemplate('signOffMode', request.signOffMode, (t) => t.signOffMode);
  const signOff = fromTemplate('signOff', request.signOff, (t) => t.steps);
  const signerId = fromTemplate('signerId', request.signerId, (t) => t.signerId);

  const { collective: _c, signOffMode: _m, signOff: _s, signerId: _g, ...others } = rest;
  return {
    request: {
      ...others,
      ...bodies,
      collective: collective as ConferenceBody,
      signOffMode: signOffMode ?? 'sequential',
      signOff: signOff ?? [],
      signerId: signerId ?? '',
    },
    sources,
  };
}
