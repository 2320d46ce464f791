import {
  bodiesFor,
  validateAppointment,
  type AppointmentDraft,
  type StartProblems,
} from './start-form-logic';

/** The part of the draft a field path belongs to: `signOff[1].label` → signOff, `collective.headId` → collective. */
export function fieldRoot(field: string): string {
  return /^[A-Za-z]+/.exec(field)?.[0] ?? field;
}

/** The parts of the draft that differ between two versions of it (each body on its own). */
export function changedRoots(before: AppointmentDraft, after: AppointmentDraft): Set<string> {
  const changed = new Set<string>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of Object.keys(after) as (keyof AppointmentDraft)[]) {
    if (key === 'bodies' || key === 'bodySources') continue;
    if (!same(before[key], after[key])) changed.add(key);
  }
  for (const name of bodiesFor(after.source))
    if (
      !same(before.bodies[name], after.bodies[name]) ||
      !same(before.bodySources[name], after.bodySources[name])
    )
      changed.add(name);
  return changed;
}

/**
 * The problems shown once HR has tried to send, as the draft changes: a field keeps only what is still
 * wrong with it (fixed → gone at once), the API's word on a field stays until that field changes, and a
 * field that was fine is not flagged while HR is still filling the form in.
 */
export function revalidate(
  shown: StartProblems,
  draft: AppointmentDraft,
  proposer: string,
  changed: ReadonlySet<string>,
): StartProblems {
  const local = validateAppointment(draft, proposer);
  const next: StartProblems = {};
  for (const [field, problems] of Object.entries(shown)) {
    const fromApi = changed.has(fieldRoot(field)) ? [] : problems.filter((p) => p.kind === 'api');
    const still = [...(local[field] ?? []), ...fromApi];
    if (still.length > 0) next[field] = still;
  }
  return next;
}
