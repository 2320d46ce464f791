import type { ConfidenceOutcome, LegalBasis } from '@personnel/contracts';
import type { Ratio } from '../legal-basis/parameters';
import { ruleParameters } from '../legal-basis/table';

/**
 * Vote arithmetic of the appointment procedure (NĐ 138 Art. 46) and the confidence vote (QĐ 96), in
 * integers: "≥ 2/3" is attending × 3 ≥ summoned × 2, so no rounding ever decides a vote. Counts only:
 * ballots are secret and nothing here knows who voted what.
 */

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function requireParts(partName: string, part: number, wholeName: string, whole: number): void {
  requireCount(partName, part);
  requireCount(wholeName, whole);
  if (whole === 0) throw new RangeError(`${wholeName} must be at least 1`);
  if (part > whole) throw new RangeError(`${partName} (${part}) cannot exceed ${wholeName} (${whole})`);
}

/** part / whole compared with a ratio: negative below, 0 exactly at, positive above. */
function compareShare(part: number, whole: number, ratio: Ratio): number {
  return part * ratio.denominator - whole * ratio.numerator;
}

/** Conference quorum: at least 2/3 of those summoned attend. */
export function quorumMet(attending: number, summoned: number, basis: LegalBasis = 'ND138-2020'): boolean {
  requireParts('attending', attending, 'summoned', summoned);
  return compareShare(attending, summoned, ruleParameters(basis).quorum.value) >= 0;
}

export type CollectiveVoteOutcome = 'passed' | 'failed' | 'head_decides';

/** Final collective vote: more than 50 % of all members (not of those present); exactly 50 % → the head. */
export function collectiveVoteOutcome(
  yes: number,
  members: number,
  basis: LegalBasis = 'ND138-2020',
): CollectiveVoteOutcome {
  requireParts('yes', yes, 'members', members);
  const order = compareShare(yes, members, ruleParameters(basis).collectiveVote.value.moreThan);
  return order > 0 ? 'passed' : order === 0 ? 'head_decides' : 'failed';
}

export interface Tally {
  candidateId: string;
  votes: number;
}

export interface ExpandedConferenceResult {
  /** 'passed': these candidates won > 50 % of those summoned; 'top_two': nobody did, the best go on. */
  outcome: 'passed' | 'top_two' | 'none';
  forward: string[];
}

/**
 * Expanded conference: candidates with more than 50 % of those summoned go forward; if nobody has, the
 * top 2 do. Decision where NĐ 138 is silent: candidates tied with the second place all go forward (the
 * collective, not an arbitrary order, picks among them), and candidates without a single vote never do.
 * Order: votes descending, then candidate id, so the result is deterministic.
 */
export function expandedConferenceWinners(
  tallies: readonly Tally[],
  summoned: number,
  basis: LegalBasis = 'ND138-2020',
): ExpandedConferenceResult {
  const rule = ruleParameters(basis).expandedConference.value;
  tallies.forEach((t) => requireParts(`votes for ${t.candidateId}`, t.votes, 'summoned', summoned));
  const ranked = [...tallies].sort(
    (a, b) =>
      b.votes - a.votes || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
  const passed = ranked.filter((t) => compareShare(t.votes, summoned, rule.moreThan) > 0);
  if (passed.length > 0) return { outcome: 'passed', forward: passed.map((t) => t.candidateId) };
  const withVotes = ranked.filter((t) => t.votes > 0);
  if (withVotes.length === 0) return { outcome: 'none', forward: [] };
  const cutoff = withVotes[Math.min(rule.fallbackTop, withVotes.length) - 1].votes;
  return {
    outcome: 'top_two',
    forward: withVotes.filter((t) => t.votes >= cutoff).map((t) => t.candidateId),
  };
}

export type ConfidenceVoteOutcome = ConfidenceOutcome;

/** Confidence vote (QĐ 96): more than 1/2 low → out of planning; at least 2/3 low → removal from post. */
export function confidenceVoteOutcome(
  low: number,
  voters: number,
  basis: LegalBasis = 'QD377-2025',
): ConfidenceVoteOutcome {
  requireParts('low', low, 'voters', voters);
  const rule = ruleParameters(basis).confidenceVote.value;
  if (compareShare(low, voters, rule.removalAtLeast) >= 0) return 'removal_from_post';
  if (compareShare(low, voters, rule.outOfPlanningMoreThan) > 0) return 'out_of_planning';
  return 'retained';
}
