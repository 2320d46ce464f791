import type {
  AppointmentInput,
  LegalBasis,
  CandidateSource,
  ConferenceBody,
  ConferenceKind,
  ProcedureStepKind,
} from '@personnel/contracts';
import { SIGN_OFF_KEY_PATTERN } from '@personnel/contracts';

/** NĐ 138 Art. 46: the collective steps a procedure runs, by where the candidate comes from. */
const STEPS: Readonly<Record<CandidateSource, readonly ProcedureStepKind[]>> = {
  local: [
    'collective_proposes',
    'expanded_conference',
    'collective_selects',
    'key_cadre_conference',
    'collective_votes',
  ],
  outside: ['collective_proposes', 'home_unit_consultation', 'collective_votes'],
};

export function procedureSteps(source: CandidateSource): readonly ProcedureStepKind[] {
  return STEPS[source];
}

/**
 * The collective steps pinned with each legal basis: a procedure runs the sequence of the basis it was
 * started under to the end (DOMAIN.md). Every basis in force today follows NĐ 138 Art. 46; a basis that
 * changes the sequence gets its own row here, and running procedures keep theirs.
 */
const STEPS_UNDER: Readonly<
  Record<LegalBasis, Readonly<Record<CandidateSource, readonly ProcedureStepKind[]>>>
> = {
  'ND138-2020': STEPS,
  'QD50-2021': STEPS,
  'QD80-2022': STEPS,
  'QD65-2022': STEPS,
  'QD377-2025': STEPS,
};

export function procedureStepsUnder(
  legalBasis: LegalBasis,
  source: CandidateSource,
): readonly ProcedureStepKind[] {
  return STEPS_UNDER[legalBasis][source];
}

/** Which vote rules a step's conference follows (libs/domain conference-rules). */
export function conferenceKindOf(step: ProcedureStepKind): ConferenceKind {
  if (step === 'expanded_conference') return 'expanded';
  if (step === 'key_cadre_conference' || step === 'home_unit_consultation') return 'key_cadre';
  return 'collective';
}

export function conferenceBodyFor(input: AppointmentInput, step: ProcedureStepKind): ConferenceBody {
  const body =
    step === 'expanded_conference'
      ? input.expandedConference
      : step === 'key_cadre_conference'
        ? input.keyCadreConference
        : step === 'home_unit_consultation'
          ? input.homeUnitConference
          : input.collective;
  if (!body) throw new Error(`no conference body for step ${step}`);
  return body;
}

const MAX_LOCAL_CANDIDATES = 3;

/**
 * Everything wrong with an appointment input, each problem naming its field: the API answers them as a
 * 400, and the workflow refuses to start on them (so a direct client cannot bypass the API's checks).
 */
export function checkAppointmentInput(input: AppointmentInput): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });
  const candidates = input.candidateIds ?? [];
  if (candidates.length === 0) add('candidateIds', 'at least one candidate is required');
  if (new Set(candidates).size !== candidates.length) add('candidateIds', 'a candidate is listed twice');
  if (input.source === 'outside' && candidates.length > 1)
    add('candidateIds', 'an outside candidate procedure takes exactly one candidate');
  if (input.source === 'local' && candidates.length > MAX_LOCAL_CANDIDATES)
    add('candidateIds', `a local procedure weighs at most ${MAX_LOCAL_CANDIDATES} candidates`);
  if (input.source !== 'local' && input.source !== 'outside') add('source', 'must be local or outside');
  const steps = STEPS[input.source] ?? [];
  const bodies = new Map<string, ConferenceBody | undefined>([
    ['collective', input.collective],
    ['expandedConference', input.expandedConference],
    ['keyCadreConference', input.keyCadreConference],
    ['homeUnitConference', input.homeUnitConference],
  ]);
  const needed = new Set(
    steps.map((s) =>
      s === 'expanded_conference'
        ? 'expandedConference'
        : s === 'key_cadre_conference'
          ? 'keyCadreConference'
          : s === 'home_unit_consultation'
            ? 'homeUnitConference'
            : 'collective',
    ),
  );
  const ownCase = new Set([input.proposedBy]);
  for (const field of needed) {
    const body = bodies.get(field);
    if (!body) {
      add(field, `required for a ${input.source} candidate`);
      continue;
    }
    const summoned = body.summonedIds ?? [];
    if (!summoned.length) add(`${field}.summonedIds`, 'nobody is summoned');
    if (new Set(summoned).size !== summoned.length) add(`${field}.summonedIds`, 'a member is summoned twice');
    if (summoned.some((m) => ownCase.has(m)))
      add(`${field}.summonedIds`, 'the proposer may not vote on their own case');
    if (!body.secretaryId) add(`${field}.secretaryId`, 'required');
    if (!body.headId) add(`${field}.headId`, 'required');
  }
  const signOff = input.signOff ?? [];
  if (signOff.length === 0) add('signOff', 'at least one sign-off step is required');
  const keys = new Set<string>();
  signOff.forEach((step, i) => {
    if (!SIGN_OFF_KEY_PATTERN.test(step.key ?? ''))
      add(`signOff[${i}].key`, 'lower-case letters, digits and dashes, up to 40');
    if (keys.has(step.key)) add(`signOff[${i}].key`, 'used twice');
    keys.add(step.key);
    if (!step.assigneeIds?.length) add(`signOff[${i}].assigneeIds`, 'at least one assignee');
    if (step.assigneeIds?.includes(input.proposedBy))
      add(`signOff[${i}].assigneeIds`, 'the proposer may not sign off their own case');
    if (step.escalateToId !== undefined && step.escalateToId === input.proposedBy)
      add(`signOff[${i}].escalateToId`, 'the proposer may not sign off their own case');
  });
  if (!input.signerId) add('signerId', 'required');
  if (input.signerId === input.proposedBy) add('signerId', 'the proposer may not sign their own case');
  const t = input.timing;
  if (!t) add('timing', 'required');
  else {
    for (const key of ['taskWorkingDays', 'procedureWorkingDays'] as const)
      if (!Number.isInteger(t[key]) || t[key] < 1) add(`timing.${key}`, 'a whole number of at least 1');
    if (!Number.isInteger(t.reminderWorkingDays) || t.reminderWorkingDays < 0)
      add('timing.reminderWorkingDays', 'a whole number of at least 0');
    if (!(t.conferenceDeadlineMs > 0)) add('timing.conferenceDeadlineMs', 'must be positive');
    for (const key of ['workingDayMs', 'termMs', 'reappointmentNoticeMs'] as const)
      if (t[key] !== undefined && !(t[key] > 0)) add(`timing.${key}`, 'must be positive when given');
  }
  return problems;
}
