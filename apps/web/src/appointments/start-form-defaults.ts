import type { ConferenceBody } from '../api/appointment-types';
import type {
  AppointmentStartDefaults,
  SignOffTemplateView,
  StandingBodyKind,
  StandingBodyView,
} from '../api/standing-body-endpoints';
import type { AppointmentDraft, BodyName } from './start-form-logic';

/** The kind of standing body each conference of the start form is usually held by. */
const USUAL_KIND: Record<BodyName, StandingBodyKind | null> = {
  collective: 'standing_committee',
  expandedConference: 'expanded_conference',
  keyCadreConference: 'key_cadre_conference',
  // Held where the candidate works, which the post does not tell: HR picks it.
  homeUnitConference: null,
};

/** The members a standing body gives a conference (as the API copies them: every member summoned). */
export function membersOf(body: StandingBodyView): ConferenceBody {
  const withRole = (role: string) => body.members.find((m) => m.role === role)?.userId ?? '';
  return {
    summonedIds: body.members.map((m) => m.userId),
    secretaryId: withRole('secretary'),
    headId: withRole('head'),
  };
}

/** The draft with `name` held by `body` (or typed in again, with no body). */
export function pickBody(
  draft: AppointmentDraft,
  name: BodyName,
  body: StandingBodyView | undefined,
): AppointmentDraft {
  const bodySources = { ...draft.bodySources };
  const bodies = { ...draft.bodies };
  if (body) {
    bodySources[name] = { bodyId: body.id, adjusted: false };
    bodies[name] = membersOf(body);
  } else {
    delete bodySources[name];
    delete bodies[name];
  }
  return { ...draft, bodySources, bodies };
}

/**
 * What the registry fills in once a post is chosen: each conference HR has not set yet gets the one
 * body of its usual kind in the post's unit chain (none when there are several: HR chooses), and an
 * empty sign-off chain and signer take the post's template.
 */
export function withStartDefaults(
  draft: AppointmentDraft,
  defaults: AppointmentStartDefaults,
  names: readonly BodyName[],
): AppointmentDraft {
  let next = draft;
  // A body picked for the post chosen before is not one of this post's: it goes.
  for (const [name, source] of Object.entries(draft.bodySources) as [BodyName, { bodyId: string }][])
    if (USUAL_KIND[name] && !defaults.standingBodies.some((b) => b.id === source.bodyId))
      next = pickBody(next, name, undefined);
  for (const name of names) {
    const kind = USUAL_KIND[name];
    if (!kind || next.bodySources[name] || next.bodies[name]?.summonedIds.length) continue;
    const candidates = defaults.standingBodies.filter((b) => b.kind === kind);
    if (candidates.length === 1) next = pickBody(next, name, candidates[0]);
  }
  return defaults.template && next.signOff.length === 0 && !next.signerId
    ? withTemplate(next, defaults.template)
    : next;
}

export function withTemplate(draft: AppointmentDraft, template: SignOffTemplateView): AppointmentDraft {
  return {
    ...draft,
    signOffMode: template.signOffMode,
    signOff: template.steps.map((s) => ({ key: s.key, label: s.label, assigneeIds: [...s.assigneeIds] })),
    signerId: template.signerId,
  };
}
