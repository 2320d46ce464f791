import type {
  AttendanceCommand,
  BallotForm,
  CandidateVotes,
  ConfidenceCounts,
  ConfidenceTally,
  ConferenceInput,
  ConferenceRefusalCode,
  ConferenceResult,
  HeadDecisionCommand,
  RefusalParams,
  TallyCommand,
} from '@personnel/contracts';
import {
  collectiveVoteOutcome,
  confidenceVoteOutcome,
  expandedConferenceWinners,
  quorumMet,
} from '../votes/votes';

/**
 * Rules of a conference as pure functions: what the secretary and the head may enter and what the
 * numbers decide. The conference workflow validates its Updates with them; the API can explain with them.
 */
export type Refusal =
  | {
      ok: false;
      /** What the API and the panel write in the user's language, with the values in `params`. */
      code: ConferenceRefusalCode;
      params: RefusalParams;
      /** The same in English words, for logs and support. */
      reason: string;
    }
  | { ok: true };

const refuse = (code: ConferenceRefusalCode, reason: string, params: RefusalParams = {}): Refusal => ({
  ok: false,
  code,
  params,
  reason,
});
const OK: Refusal = { ok: true };
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The ballot a conference takes: `approval` unless its input says otherwise (runs begun before the field). */
export function ballotOf(input: Pick<ConferenceInput, 'ballot'>): BallotForm {
  return input.ballot ?? 'approval';
}

export function checkConferenceInput(input: ConferenceInput): string[] {
  const problems: string[] = [];
  if (input.ballot !== undefined && input.ballot !== 'approval' && input.ballot !== 'confidence')
    problems.push('the ballot must be approval or confidence');
  if (input.summoned.length === 0) problems.push('nobody is summoned');
  if (new Set(input.summoned).size !== input.summoned.length) problems.push('a member is summoned twice');
  if (input.candidates.length === 0) problems.push('there is no candidate');
  if (input.candidates.some((c) => input.summoned.includes(c)))
    problems.push('a candidate may not vote on their own case');
  if (!(input.deadlineMs > 0)) problems.push('the deadline must be positive');
  return problems;
}

export function checkAttendance(
  input: ConferenceInput,
  alreadyRecorded: boolean,
  command: AttendanceCommand,
): Refusal {
  if (command.actorId !== input.secretaryId)
    return refuse('not_secretary', `only the secretary (${input.secretaryId}) records attendance`, {
      secretaryId: input.secretaryId,
    });
  if (alreadyRecorded) return refuse('attendance_recorded', 'attendance is already recorded');
  const twice = command.present.find((m, i) => command.present.indexOf(m) !== i);
  if (twice !== undefined) return refuse('member_twice', `${twice} is listed twice`, { memberId: twice });
  const stranger = command.present.find((m) => !input.summoned.includes(m));
  if (stranger) return refuse('not_summoned', `${stranger} was not summoned`, { memberId: stranger });
  return OK;
}

export function attendanceQuorum(input: ConferenceInput, attending: number): boolean {
  return quorumMet(attending, input.summoned.length, input.legalBasis);
}

export function checkTally(
  input: ConferenceInput,
  attending: number | undefined,
  tallied: boolean,
  command: TallyCommand,
): Refusal {
  if (command.actorId !== input.secretaryId)
    return refuse('not_secretary', `only the secretary (${input.secretaryId}) enters the tally`, {
      secretaryId: input.secretaryId,
    });
  if (attending === undefined) return refuse('attendance_first', 'record attendance before the tally');
  if (!attendanceQuorum(input, attending))
    return refuse('quorum_not_met', 'the quorum was not met; no vote can be taken');
  if (tallied) return refuse('tally_entered', 'the tally is already entered');
  if (!SHA256_HEX.test(command.sheetSha256))
    return refuse('sheet_hash', 'sheetSha256 must be the SHA-256 of the tally sheet (64 hex characters)');
  if (!Number.isInteger(command.ballotsCast) || command.ballotsCast < 0 || command.ballotsCast > attending) {
    return refuse('ballots_cast', `ballotsCast must be a whole number from 0 to the ${attending} attending`, {
      attending,
    });
  }
  if (ballotOf(input) === 'confidence') return checkConfidenceCounts(input, command);
  if (!Array.isArray(command.votes) || command.confidence !== undefined)
    return refuse(
      'approval_ballot',
      'this conference takes an approval ballot: give the votes for each candidate',
    );
  const named = command.votes.map((v) => v.candidateId).sort();
  if (named.join('\n') !== [...input.candidates].sort().join('\n'))
    return refuse('every_candidate', 'the tally must give votes for every candidate, once');
  const bad = command.votes.find(
    (v) => !Number.isInteger(v.votes) || v.votes < 0 || v.votes > command.ballotsCast,
  );
  if (bad)
    return refuse(
      'votes_range',
      `votes for ${bad.candidateId} must be a whole number from 0 to the ${command.ballotsCast} ballots cast`,
      { candidateId: bad.candidateId, ballotsCast: command.ballotsCast },
    );
  return OK;
}

/**
 * A confidence ballot (QĐ 96): every holder once, each of the three counts a whole number ≥ 0, and the
 * three together no more than the ballots cast (a blank or spoilt ballot counts for no level).
 */
function checkConfidenceCounts(input: ConferenceInput, command: TallyCommand): Refusal {
  const counts = command.confidence;
  if (!Array.isArray(counts) || command.votes !== undefined)
    return refuse(
      'confidence_ballot',
      'this conference takes a confidence ballot: give high, confidence and low for each holder',
    );
  const named = counts.map((c) => c.candidateId).sort();
  if (named.join('\n') !== [...input.candidates].sort().join('\n'))
    return refuse('every_candidate', 'the tally must give the three counts of every holder, once');
  for (const c of counts) {
    for (const level of ['high', 'confidence', 'low'] as const)
      if (!Number.isInteger(c[level]) || c[level] < 0)
        return refuse('count_negative', `${level} for ${c.candidateId} must be a whole number ≥ 0`, {
          candidateId: c.candidateId,
          level,
        });
    const sum = c.high + c.confidence + c.low;
    if (sum > command.ballotsCast)
      return refuse(
        'counts_exceed',
        `the three counts for ${c.candidateId} (${sum}) exceed the ${command.ballotsCast} ballots cast`,
        { candidateId: c.candidateId, sum, ballotsCast: command.ballotsCast },
      );
  }
  return OK;
}

/**
 * What a confidence ballot decides for each holder (QĐ 96 via `confidenceVoteOutcome`). The share is
 * taken over those summoned, as QĐ 96 counts it ("trên tổng số người được triệu tập"), never over the
 * ballots cast: staying away or spoiling a ballot cannot raise anyone's low share.
 */
export function confidenceTallies(
  input: ConferenceInput,
  counts: readonly ConfidenceCounts[],
): ConfidenceTally[] {
  const summoned = input.summoned.length;
  return counts.map((c) => ({
    candidateId: c.candidateId,
    high: c.high,
    confidence: c.confidence,
    low: c.low,
    outcome: confidenceVoteOutcome(c.low, summoned, input.legalBasis),
  }));
}

/** What the counts decide; candidates at exactly 50 % of a collective vote wait for the head. */
export function tallyOutcome(
  input: ConferenceInput,
  votes: readonly CandidateVotes[],
): { outcome: ConferenceResult['outcome']; forward: string[]; awaitingHead: string[] } {
  const summoned = input.summoned.length;
  if (input.kind === 'expanded') {
    const result = expandedConferenceWinners(votes, summoned, input.legalBasis);
    return { outcome: result.outcome, forward: result.forward, awaitingHead: [] };
  }
  const forward: string[] = [];
  const awaitingHead: string[] = [];
  for (const v of votes) {
    const outcome = collectiveVoteOutcome(v.votes, summoned, input.legalBasis);
    if (outcome === 'passed') forward.push(v.candidateId);
    if (outcome === 'head_decides') awaitingHead.push(v.candidateId);
  }
  return { outcome: forward.length > 0 ? 'passed' : 'failed', forward, awaitingHead };
}

export function checkHeadDecision(
  input: ConferenceInput,
  awaitingHead: readonly string[],
  command: HeadDecisionCommand,
): Refusal {
  if (command.actorId !== input.headId)
    return refuse('not_head', `only the head of the collective (${input.headId}) decides a tie`, {
      headId: input.headId,
    });
  if (!awaitingHead.includes(command.candidateId))
    return refuse('no_tie', `no tie is waiting for a decision on ${command.candidateId}`, {
      candidateId: command.candidateId,
    });
  return OK;
}
