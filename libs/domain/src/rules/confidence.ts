import type { CadreFacts, ConfidenceVoteFact, LegalBasis } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';
import { ruleParameters } from '../legal-basis/table';

/** What the cadre's latest confidence vote means for planning (QĐ 96), when it means anything. */
export interface LowConfidence {
  /** The day of the vote that put the cadre out of planning. */
  since: string;
  outcome: Exclude<ConfidenceVoteFact['outcome'], 'retained'>;
  lowShare: number;
  postCode: string;
  citation: string;
}

/**
 * Whether the cadre's latest confidence vote on or before `asOf` puts them out of planning: more than
 * 1/2 low confidence (QĐ 96; at least 2/3 also proposes removal from the post). Only the latest vote
 * counts: a later vote the cadre passed lifts an earlier one. The planning review asks this to propose
 * a removal for low confidence; null when the cadre keeps their place.
 */
export function lowConfidenceSince(
  facts: Pick<CadreFacts, 'confidenceVotes'>,
  asOf: string,
  basis: LegalBasis = 'QD377-2025',
): LowConfidence | null {
  const votes = (facts.confidenceVotes ?? []).filter((v) => compareIsoDates(v.date, asOf) <= 0);
  if (votes.length === 0) return null;
  const latest = votes.reduce((a, b) => (compareIsoDates(b.date, a.date) >= 0 ? b : a));
  if (latest.outcome === 'retained') return null;
  return {
    since: latest.date,
    outcome: latest.outcome,
    lowShare: latest.lowShare,
    postCode: latest.postCode,
    citation: ruleParameters(basis).confidenceVote.citation,
  };
}
