import type { CandidateVotes } from '../api/appointment-types';

/**
 * The conference arithmetic the secretary sees live, in integers as libs/domain computes it (votes.ts;
 * a test keeps the two equal): quorum is attending × 3 ≥ summoned × 2; a vote passes with more than half
 * of those summoned (votes × 2 > summoned), never of those attending. The API decides; this only shows.
 */

/** Fewest attending for the quorum (≥ 2/3 of those summoned). */
export function quorumNeeded(summoned: number): number {
  return Math.floor((2 * summoned + 2) / 3);
}

export function quorumMet(attending: number, summoned: number): boolean {
  return summoned > 0 && attending * 3 >= summoned * 2;
}

/** Fewest votes that are more than 50 % of those summoned. */
export function votesToPass(summoned: number): number {
  return Math.floor(summoned / 2) + 1;
}

export type CandidateVerdict = 'passed' | 'failed' | 'head_decides' | 'top_two' | 'invalid';

/** The kind of the conference as the API names it: the expanded one ranks, the others vote each. */
export function isExpanded(kind: string): boolean {
  return kind === 'expanded' || kind === 'expanded_conference';
}

export interface TallyPreview {
  /** Per candidate, in the order given. */
  verdicts: { candidateId: string; votes: number; verdict: CandidateVerdict }[];
  /** Who would go forward (expanded: passed, else the top two with ties). */
  forward: string[];
  /** Collective votes at exactly 50 %: the head decides. */
  awaitingHead: string[];
  problems: TallyProblem[];
}

export type TallyProblem =
  | { kind: 'ballotsOverAttending'; attending: number }
  | { kind: 'votesOverBallots'; candidateId: string; ballots: number }
  /** Not a whole number of 0 or more: the ballots cast, or the votes of one candidate. */
  | { kind: 'notWhole'; field: 'ballotsCast' }
  | { kind: 'notWhole'; field: 'votes'; candidateId: string };

const whole = (n: number) => Number.isInteger(n) && n >= 0;

/** What the tally being typed would give: checked as the API checks it (checkTally), outcome as tallyOutcome. */
export function previewTally(input: {
  kind: string;
  summoned: number;
  attending: number;
  ballotsCast: number;
  votes: readonly CandidateVotes[];
}): TallyPreview {
  const problems: TallyProblem[] = [];
  if (!whole(input.ballotsCast)) problems.push({ kind: 'notWhole', field: 'ballotsCast' });
  else if (input.ballotsCast > input.attending)
    problems.push({ kind: 'ballotsOverAttending', attending: input.attending });
  for (const v of input.votes) {
    if (!whole(v.votes)) problems.push({ kind: 'notWhole', field: 'votes', candidateId: v.candidateId });
    else if (whole(input.ballotsCast) && v.votes > input.ballotsCast)
      problems.push({ kind: 'votesOverBallots', candidateId: v.candidateId, ballots: input.ballotsCast });
  }
  const valid = (v: CandidateVotes) => whole(v.votes) && v.votes <= input.summoned;
  if (isExpanded(input.kind)) {
    const forward = expandedForward(input.votes.filter(valid), input.summoned);
    const passed = new Set(
      input.votes.filter((v) => valid(v) && v.votes * 2 > input.summoned).map((v) => v.candidateId),
    );
    return {
      verdicts: input.votes.map((v) => ({
        ...v,
        verdict: !valid(v)
          ? 'invalid'
          : passed.has(v.candidateId)
            ? 'passed'
            : forward.includes(v.candidateId)
              ? 'top_two'
              : 'failed',
      })),
      forward,
      awaitingHead: [],
      problems,
    };
  }
  const verdicts = input.votes.map((v) => ({
    ...v,
    verdict: (!valid(v)
      ? 'invalid'
      : v.votes * 2 > input.summoned
        ? 'passed'
        : v.votes * 2 === input.summoned
          ? 'head_decides'
          : 'failed') as CandidateVerdict,
  }));
  return {
    verdicts,
    forward: verdicts.filter((v) => v.verdict === 'passed').map((v) => v.candidateId),
    awaitingHead: verdicts.filter((v) => v.verdict === 'head_decides').map((v) => v.candidateId),
    problems,
  };
}

/**
 * Expanded conference (NĐ 138 Art. 46): more than half of those summoned go forward; if nobody, the top
 * two, all tied with the second place too, never a candidate without a vote. Votes descending, then id.
 */
export function expandedForward(tallies: readonly CandidateVotes[], summoned: number): string[] {
  const ranked = [...tallies].sort(
    (a, b) =>
      b.votes - a.votes || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
  const passed = ranked.filter((t) => t.votes * 2 > summoned);
  if (passed.length > 0) return passed.map((t) => t.candidateId);
  const withVotes = ranked.filter((t) => t.votes > 0);
  if (withVotes.length === 0) return [];
  const cutoff = withVotes[Math.min(2, withVotes.length) - 1]?.votes ?? 0;
  return withVotes.filter((t) => t.votes >= cutoff).map((t) => t.candidateId);
}

/** SHA-256 of a file, lower-case hex, computed in the browser (the sheet itself stays on paper/in the store). */
export async function sha256Hex(
  data: Blob | ArrayBuffer,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
