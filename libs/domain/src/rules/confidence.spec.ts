import type { ConfidenceVoteFact } from '@personnel/contracts';
import { lowConfidenceSince } from './confidence';

const vote = (date: string, outcome: ConfidenceVoteFact['outcome'], lowShare = 0.6): ConfidenceVoteFact => ({
  date,
  outcome,
  lowShare,
  postCode: 'TB-CT-UBND',
});

describe('lowConfidenceSince (QĐ 96: > 1/2 low puts the cadre out of planning)', () => {
  it('answers null for a cadre never voted on', () => {
    expect(lowConfidenceSince({ confidenceVotes: [] }, '2026-06-01')).toBeNull();
  });

  it('names the day, the outcome, the share and the citation of a low-confidence result', () => {
    expect(
      lowConfidenceSince({ confidenceVotes: [vote('2025-12-10', 'out_of_planning')] }, '2026-01-01'),
    ).toEqual({
      since: '2025-12-10',
      outcome: 'out_of_planning',
      lowShare: 0.6,
      postCode: 'TB-CT-UBND',
      citation: 'QĐ 96-QĐ/TW 2023',
    });
  });

  it('counts a removal-from-post result as out of planning too', () => {
    const r = lowConfidenceSince(
      { confidenceVotes: [vote('2025-12-10', 'removal_from_post', 0.7)] },
      '2026-01-01',
    );
    expect(r?.outcome).toBe('removal_from_post');
  });

  it('ignores a vote after the day asked about', () => {
    expect(
      lowConfidenceSince({ confidenceVotes: [vote('2026-02-01', 'out_of_planning')] }, '2026-01-31'),
    ).toBeNull();
    expect(
      lowConfidenceSince({ confidenceVotes: [vote('2026-02-01', 'out_of_planning')] }, '2026-02-01'),
    ).not.toBeNull();
  });

  it('lets only the latest vote count: a later vote the cadre passed lifts an earlier low one', () => {
    const votes = [vote('2024-12-01', 'out_of_planning'), vote('2025-12-01', 'retained', 0.1)];
    expect(lowConfidenceSince({ confidenceVotes: votes }, '2026-01-01')).toBeNull();
    expect(lowConfidenceSince({ confidenceVotes: [...votes].reverse() }, '2025-06-01')?.since).toBe(
      '2024-12-01',
    );
  });
});
