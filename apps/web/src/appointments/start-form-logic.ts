import type {
  CandidateSource,
  ConferenceBody,
  SignOffMode,
  StartAppointmentRequest,
} from '../api/appointment-types';
import type { FieldProblemDetail } from '../api/types';

/**
 * The checks POST /api/v1/appointments makes, made before sending so HR sees every problem at once
 * (candidates by source, the conference bodies the source needs, the sign-off chain, the signer; nominee
 * and proposer never among those who vote or sign). The API checks again; its 400 details land on the
 * same field names.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** libs/contracts SIGN_OFF_KEY_PATTERN. */
export const SIGN_OFF_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const MAX_LOCAL_CANDIDATES = 3;

export type BodyName = 'collective' | 'expandedConference' | 'keyCadreConference' | 'homeUnitConference';

/** The bodies a source needs, in the order of the procedure. */
export function bodiesFor(source: CandidateSource): BodyName[] {
  return source === 'local'
    ? ['collective', 'expandedConference', 'keyCadreConference']
    : ['collective', 'homeUnitConference'];
}

export interface SignOffDraft {
  key: string;
  label: string;
  assigneeIds: string[];
}

/** A conference body picked from the registry; `adjusted` once HR changes its members on this form. */
export interface BodySource {
  bodyId: string;
  adjusted: boolean;
}

export interface AppointmentDraft {
  candidateIds: string[];
  postId: string;
  source: CandidateSource;
  /** The members as the form shows them: typed in, or copied from the standing body picked. */
  bodies: Partial<Record<BodyName, ConferenceBody>>;
  bodySources: Partial<Record<BodyName, BodySource>>;
  signOffMode: SignOffMode;
  signOff: SignOffDraft[];
  signerId: string;
  documentIds: string[];
}

export type StartProblem =
  | { kind: 'required' }
  | { kind: 'code' }
  | { kind: 'oneOutside' }
  | { kind: 'atMostLocal'; max: number }
  | { kind: 'duplicate'; code: string }
  | { kind: 'candidateVotes'; code: string }
  | { kind: 'proposerVotes' }
  | { kind: 'stepKey' }
  | { kind: 'atLeastOne' }
  /** A problem the API answered: `detail` (code + params) is written in the user's language, else `text`. */
  | { kind: 'api'; text: string; detail?: FieldProblemDetail };

export type StartProblems = Record<string, StartProblem[]>;

export function emptyDraft(candidateIds: string[] = [], postId = ''): AppointmentDraft {
  return {
    candidateIds,
    postId,
    source: 'local',
    bodies: {},
    bodySources: {},
    signOffMode: 'sequential',
    signOff: [],
    signerId: '',
    documentIds: [],
  };
}

export function validateAppointment(draft: AppointmentDraft, proposer: string): StartProblems {
  const problems: StartProblems = {};
  const add = (field: string, problem: StartProblem) => (problems[field] ??= []).push(problem);
  const candidates = draft.candidateIds.map((c) => c.trim());
  const outsiders = (field: string, code: string) => {
    if (candidates.includes(code)) add(field, { kind: 'candidateVotes', code });
    if (code === proposer) add(field, { kind: 'proposerVotes' });
  };
  const code = (field: string, value: string) => {
    if (!value.trim()) add(field, { kind: 'required' });
    else if (!CODE_PATTERN.test(value.trim())) add(field, { kind: 'code' });
  };

  if (candidates.length === 0) add('candidateIds', { kind: 'atLeastOne' });
  else if (draft.source === 'outside' && candidates.length > 1) add('candidateIds', { kind: 'oneOutside' });
  else if (candidates.length > MAX_LOCAL_CANDIDATES)
    add('candidateIds', { kind: 'atMostLocal', max: MAX_LOCAL_CANDIDATES });
  candidates.forEach((c, i) => {
    code(`candidateIds[${i}]`, c);
    if (candidates.indexOf(c) !== i) add(`candidateIds[${i}]`, { kind: 'duplicate', code: c });
  });
  code('postId', draft.postId);

  for (const name of bodiesFor(draft.source)) {
    const body = draft.bodies[name];
    if (!body || body.summonedIds.length === 0) add(`${name}.summonedIds`, { kind: 'atLeastOne' });
    body?.summonedIds.forEach((m, i) => {
      if (body.summonedIds.indexOf(m) !== i) add(`${name}.summonedIds`, { kind: 'duplicate', code: m });
      outsiders(`${name}.summonedIds`, m);
    });
    code(`${name}.secretaryId`, body?.secretaryId ?? '');
    code(`${name}.headId`, body?.headId ?? '');
  }

  if (draft.signOff.length === 0) add('signOff', { kind: 'atLeastOne' });
  draft.signOff.forEach((step, i) => {
    // The step's key is technical and not shown (it follows the name): a problem with it is the name's.
    const key = step.key.trim();
    if (!step.label.trim()) add(`signOff[${i}].label`, { kind: 'required' });
    else if (!SIGN_OFF_KEY_PATTERN.test(key)) add(`signOff[${i}].label`, { kind: 'stepKey' });
    else if (draft.signOff.findIndex((s) => s.key.trim() === key) !== i)
      add(`signOff[${i}].label`, { kind: 'duplicate', code: step.label.trim() });
    if (step.assigneeIds.length === 0) add(`signOff[${i}].assigneeIds`, { kind: 'atLeastOne' });
    step.assigneeIds.forEach((a) => outsiders(`signOff[${i}].assigneeIds`, a));
  });

  code('signerId', draft.signerId);
  if (draft.signerId.trim()) outsiders('signerId', draft.signerId.trim());
  return problems;
}

export function hasStartProblems(problems: Readonly<Record<string, readonly unknown[]>>): boolean {
  return Object.values(problems).some((list) => list.length > 0);
}

/** The API's 400 details, each on its field (the form shows unknown fields in its summary). */
export function startProblemsFromApi(details: readonly FieldProblemDetail[]): StartProblems {
  const problems: StartProblems = {};
  for (const detail of details)
    (problems[detail.field || 'form'] ??= []).push({ kind: 'api', text: detail.problem, detail });
  return problems;
}

/** The API's 400 details of an appointment start, each on the field of the form that shows it. */
export function appointmentProblemsFromApi(details: readonly FieldProblemDetail[]): StartProblems {
  return startProblemsFromApi(details.map((d) => ({ ...d, field: shownField(d.field) })));
}

/**
 * The field of the form an API field lands on: a step's key is not shown (its name is), and a standing
 * body's members are shown under the body they were picked for.
 */
export function shownField(field: string): string {
  return field.replace(/^(signOff\[\d+\])\.key$/, '$1.label').replace(/^standingBodyIds\.(\w+)$/, '$1');
}

/** A sign-off step key from its label, e.g. "Cơ quan Tổ chức" → "co-quan-to-chuc". */
export function stepKeyFrom(label: string, index: number): string {
  const key = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return key || `step-${index + 1}`;
}

/** A key for a step named `label`, unlike the keys of the steps before it. */
export function uniqueStepKey(label: string, index: number, steps: readonly SignOffDraft[]): string {
  const base = stepKeyFrom(label, index);
  const taken = new Set(steps.filter((_, j) => j !== index).map((s) => s.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base.slice(0, 36)}-${n}`;
  return key;
}

/**
 * The request: a body picked from the registry and left as it is goes by its id (the API copies its
 * members at the start); a body typed in or adjusted goes member by member.
 */
export function toStartRequest(draft: AppointmentDraft): StartAppointmentRequest {
  const standingBodyIds: Partial<Record<BodyName, string>> = {};
  const explicit: Partial<Record<BodyName, ConferenceBody>> = {};
  for (const name of bodiesFor(draft.source)) {
    const source = draft.bodySources[name];
    if (source && !source.adjusted) standingBodyIds[name] = source.bodyId;
    else if (draft.bodies[name]) explicit[name] = draft.bodies[name];
  }
  return {
    candidateIds: draft.candidateIds.map((c) => c.trim()),
    postId: draft.postId.trim(),
    source: draft.source,
    ...explicit,
    ...(Object.keys(standingBodyIds).length ? { standingBodyIds } : {}),
    signOffMode: draft.signOffMode,
    signOff: draft.signOff.map((s) => ({
      key: s.key.trim(),
      label: s.label.trim(),
      assigneeIds: s.assigneeIds,
    })),
    signerId: draft.signerId.trim(),
    ...(draft.documentIds.length ? { documentIds: draft.documentIds } : {}),
  };
}
