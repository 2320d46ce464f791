import type { ConfidenceOutcome } from '../api/confidence-types';

/**
 * The secretary's live preview of a confidence ballot (QĐ 96), in integers as libs/domain counts it:
 * quorum ≥ 2/3 of those summoned; per holder, low × 2 > summoned → out of planning, low × 3 ≥ summoned
 * × 2 → removal from post. The panel cannot import the domain; the workflow decides with the domain's
 * own rule and refuses anything this preview lets through by mistake.
 */
export interface HolderCounts {
  candidateId: string;
  high: number;
  confidence: number;
  low: number;
}

export type ConfidenceProblem =
  | { kind: 'notWhole'; candidateId: string }
  | { kind: 'overBallots'; candidateId: string; ballots: number }
  | { kind: 'ballotsOverAttending'; attending: number };

export interface ConfidencePreview {
  quorumMet: boolean;
  /** Each holder's outcome, null while their counts are not whole numbers. */
  outcomes: { candidateId: string; outcome: ConfidenceOutcome | null }[];
  problems: ConfidenceProblem[];
}

const whole = (n: number) => Number.isInteger(n) && n >= 0;

export function quorumMet(attending: number, summoned: number): boolean {
  return summoned > 0 && attending * 3 >= summoned * 2;
}

export function confidenceOutcome(low: number, summoned: number): ConfidenceOutcome {
  if (low * 3 >= summoned * 2) return 'removal_from_post';
  if (low * 2 > summoned) return 'out_of_planning';
  return 'retained';
}

export function previewConfidence(input: {
  summoned: number;
  attending: number;
  ballotsCast: number;
  counts: HolderCounts[];
}): ConfidencePreview {
  const problems: ConfidenceProblem[] = [];
  const ballotsOk = whole(input.ballotsCast) && input.ballotsCast <= input.attending;
  if (!ballotsOk) problems.push({ kind: 'ballotsOverAttending', attending: input.attending });
  const outcomes = input.counts.map((c) => {
    const valid = whole(c.high) && whole(c.confidence) && whole(c.low);
    if (!valid) {
      problems.push({ kind: 'notWhole', candidateId: c.candidateId });
      return { candidateId: c.candidateId, outcome: null };
    }
    if (ballotsOk && c.high + c.confidence + c.low > input.ballotsCast)
      problems.push({ kind: 'overBallots', candidateId: c.candidateId, ballots: input.ballotsCast });
    return { candidateId: c.candidateId, outcome: confidenceOutcome(c.low, input.summoned) };
  });
  return { quorumMet: quorumMet(input.attending, input.summoned), outcomes, problems };
}

/** A pasted SHA-256: 64 hex digits, lower-cased. */
export function sheetHexFrom(text: string): string | null {
  const hex = text.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}
