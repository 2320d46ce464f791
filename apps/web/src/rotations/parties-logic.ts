import type { ConferenceBody, SignOffMode, UserDirectoryEntry } from '../api/appointment-types';
import type { RotationProcedureParties } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import type { FieldProblemDetail } from '../api/types';
import { membersOf } from '../appointments/start-form-defaults';
import {
  CODE_PATTERN,
  SIGN_OFF_KEY_PATTERN,
  startProblemsFromApi,
  type BodySource,
  type SignOffDraft,
  type StartProblem,
  type StartProblems,
} from '../appointments/start-form-logic';

/**
 * Who takes part in a rotation (the collective, the sign-off chain, the signer, the receiving unit's
 * users), as one rotation's form and a batch's acceptance both ask for them. Checked here as the API
 * checks them, so HR sees every problem at once; the API's 400 lands on the same field names.
 */
export interface PartiesDraft {
  collective: ConferenceBody;
  /** The standing body the collective was copied from (its members are sent, as typed ones are). */
  collectiveSource?: BodySource | undefined;
  signOffMode: SignOffMode;
  signOff: SignOffDraft[];
  signerId: string;
  receivingIds: string[];
}

export function emptyParties(): PartiesDraft {
  return {
    collective: { summonedIds: [], secretaryId: '', headId: '' },
    signOffMode: 'sequential',
    signOff: [],
    signerId: '',
    receivingIds: [],
  };
}

/** The parties with the collective held by `body`'s members, or typed in again from nothing. */
export function pickCollective(parties: PartiesDraft, body: StandingBodyView | undefined): PartiesDraft {
  // undefined, not left out: the forms merge what PartiesFields changes into their draft.
  if (!body) return { ...parties, collective: emptyParties().collective, collectiveSource: undefined };
  return { ...parties, collective: membersOf(body), collectiveSource: { bodyId: body.id, adjusted: false } };
}

/** The collective as HR adjusts it member by member: still from its body, but no longer as the body is. */
export function adjustCollective(parties: PartiesDraft, change: Partial<ConferenceBody>): PartiesDraft {
  return {
    ...parties,
    collective: { ...parties.collective, ...change },
    ...(parties.collectiveSource
      ? { collectiveSource: { ...parties.collectiveSource, adjusted: true } }
      : {}),
  };
}

/**
 * The collective HR usually means: with nothing named yet and exactly one standing committee among the
 * bodies HR may use, that committee; otherwise the parties as they are (HR chooses).
 */
export function withUsualCollective(
  parties: PartiesDraft,
  bodies: readonly StandingBodyView[],
): PartiesDraft {
  const untouched = !parties.collectiveSource && parties.collective.summonedIds.length === 0;
  const committees = bodies.filter((b) => b.active && b.kind === 'standing_committee');
  return untouched && committees.length === 1 ? pickCollective(parties, committees[0]) : parties;
}

/** Users who may not vote or sign: the proposer, and the accounts of the rotated cadres. */
export interface Outsiders {
  proposer: string;
  /** Cadre codes of the rotated cadres (a user with that cadreId is the cadre). */
  cadreIds: readonly string[];
}

export function validateParties(
  parties: PartiesDraft,
  outsiders: Outsiders,
  users: readonly UserDirectoryEntry[],
) {
  const problems: StartProblems = {};
  const add = (field: string, problem: StartProblem) => (problems[field] ??= []).push(problem);
  const cadreOf = (username: string) =>
    users.find((u) => u.username === username && u.cadreId && outsiders.cadreIds.includes(u.cadreId))
      ?.cadreId;
  const votes = (field: string, username: string) => {
    const cadre = cadreOf(username);
    if (cadre) add(field, { kind: 'candidateVotes', code: cadre });
    if (username === outsiders.proposer) add(field, { kind: 'proposerVotes' });
  };
  const code = (field: string, value: string) => {
    if (!value.trim()) add(field, { kind: 'required' });
    else if (!CODE_PATTERN.test(value.trim())) add(field, { kind: 'code' });
  };

  const body = parties.collective;
  if (body.summonedIds.length === 0) add('collective.summonedIds', { kind: 'atLeastOne' });
  body.summonedIds.forEach((m) => votes('collective.summonedIds', m));
  code('collective.secretaryId', body.secretaryId);
  code('collective.headId', body.headId);

  if (parties.signOff.length === 0) add('signOff', { kind: 'atLeastOne' });
  parties.signOff.forEach((step, i) => {
    const key = step.key.trim();
    if (!key) add(`signOff[${i}].key`, { kind: 'required' });
    else if (!SIGN_OFF_KEY_PATTERN.test(key)) add(`signOff[${i}].key`, { kind: 'stepKey' });
    else if (parties.signOff.findIndex((s) => s.key.trim() === key) !== i)
      add(`signOff[${i}].key`, { kind: 'duplicate', code: key });
    if (!step.label.trim()) add(`signOff[${i}].label`, { kind: 'required' });
    if (step.assigneeIds.length === 0) add(`signOff[${i}].assigneeIds`, { kind: 'atLeastOne' });
    step.assigneeIds.forEach((a) => votes(`signOff[${i}].assigneeIds`, a));
  });

  code('signerId', parties.signerId);
  if (parties.signerId.trim()) votes('signerId', parties.signerId.trim());
  if (parties.receivingIds.length === 0) add('receivingIds', { kind: 'atLeastOne' });
  return problems;
}

export function toParties(parties: PartiesDraft): RotationProcedureParties {
  return {
    collective: parties.collective,
    signOffMode: parties.signOffMode,
    signOff: parties.signOff.map((s) => ({
      key: s.key.trim(),
      label: s.label.trim(),
      assigneeIds: s.assigneeIds,
    })),
    signerId: parties.signerId.trim(),
    receivingIds: parties.receivingIds,
  };
}

/**
 * The API's 400 details on the form's fields: a batch names the parties' fields under `parties.`, and a
 * list's item (`receivingIds[1]`, `collective.summonedIds[0]`) is shown on the list.
 */
export function partiesProblemsFromApi(details: readonly FieldProblemDetail[]): StartProblems {
  return startProblemsFromApi(
    details.map((d) => ({
      ...d,
      field: d.field
        .replace(/^parties\./, '')
        .replace(/^(receivingIds|collective\.summonedIds)\[\d+\]$/, '$1'),
    })),
  );
}
