import { collectiveVoteOutcome, confidenceVoteOutcome, expandedConferenceWinners, quorumMet } from './votes';

describe.each(['ND138-2020', 'QD377-2025'] as const)('votes under %s', (basis) => {
  it.each([
    [20, 30, true],
    [19, 30, false],
    [2, 3, true],
    [1, 2, false],
    [7, 10, true],
    [6, 10, false],
    [9, 9, true],
  ])('quorumMet(%i attending of %i summoned) = %s', (attending, summoned, met) => {
    expect(quorumMet(attending, summoned, basis)).toBe(met);
  });

  it.each([
    [5, 9, 'passed'],
    [4, 9, 'failed'],
    [5, 10, 'head_decides'], // exactly 50 %
    [6, 10, 'passed'],
    [4, 10, 'failed'],
    [0, 1, 'failed'],
    [1, 2, 'head_decides'],
  ] as const)('collectiveVoteOutcome(%i yes of %i members) = %s', (yes, members, outcome) => {
    expect(collectiveVoteOutcome(yes, members, basis)).toBe(outcome);
  });

  it.each([
    [50, 100, 'retained'],
    [51, 100, 'out_of_planning'],
    [66, 100, 'out_of_planning'],
    [67, 100, 'removal_from_post'],
    [20, 30, 'removal_from_post'], // exactly 2/3
    [0, 30, 'retained'],
    [15, 30, 'retained'], // exactly 1/2: not more than half
    [16, 30, 'out_of_planning'], // just over 1/2
    [19, 30, 'out_of_planning'], // just under 2/3
    [3, 6, 'retained'],
    [4, 6, 'removal_from_post'], // exactly 2/3 of an even body
    [7, 11, 'out_of_planning'], // 63.6 %: over 1/2, under 2/3
    [8, 11, 'removal_from_post'], // 72.7 %
    [6, 11, 'out_of_planning'], // 54.5 %
  ] as const)('confidenceVoteOutcome(%i low of %i) = %s', (low, voters, outcome) => {
    expect(confidenceVoteOutcome(low, voters, basis)).toBe(outcome);
  });
});

describe('expanded conference (NĐ 138 Art. 46)', () => {
  const t = (candidateId: string, votes: number) => ({ candidateId, votes });

  it.each([
    ['one passes', [t('A', 16), t('B', 10)], { outcome: 'passed', forward: ['A'] }],
    ['two pass, best first', [t('A', 16), t('B', 20)], { outcome: 'passed', forward: ['B', 'A'] }],
    [
      'exactly 50 % does not pass: top two',
      [t('A', 15), t('B', 10), t('C', 5)],
      { outcome: 'top_two', forward: ['A', 'B'] },
    ],
    [
      'a tie for second place: all tied go on',
      [t('C', 9), t('A', 12), t('B', 9)],
      { outcome: 'top_two', forward: ['A', 'B', 'C'] },
    ],
    [
      'a tie for first place',
      [t('B', 12), t('A', 12), t('C', 3)],
      { outcome: 'top_two', forward: ['A', 'B'] },
    ],
    ['a single candidate below half', [t('A', 10)], { outcome: 'top_two', forward: ['A'] }],
    ['nobody has a vote', [t('A', 0), t('B', 0)], { outcome: 'none', forward: [] }],
    ['no candidate', [], { outcome: 'none', forward: [] }],
  ])('of 30 summoned, %s', (_case, tallies, expected) => {
    expect(expandedConferenceWinners(tallies, 30)).toEqual(expected);
  });

  it('counts against those summoned, not those attending', () => {
    // 15 of 31 summoned is not more than half, even if only 25 attended.
    expect(expandedConferenceWinners([t('A', 15), t('B', 10)], 31)).toEqual({
      outcome: 'top_two',
      forward: ['A', 'B'],
    });
    expect(expandedConferenceWinners([t('A', 16), t('B', 10)], 31)).toEqual({
      outcome: 'passed',
      forward: ['A'],
    });
  });
});

describe('vote input checks', () => {
  it.each([
    ['more attending than summoned', () => quorumMet(31, 30)],
    ['nobody summoned', () => quorumMet(0, 0)],
    ['a fraction', () => collectiveVoteOutcome(4.5, 9)],
    ['a negative count', () => confidenceVoteOutcome(-1, 9)],
    ['more votes than summoned', () => expandedConferenceWinners([{ candidateId: 'A', votes: 31 }], 30)],
  ])('refuses %s', (_case, call) => {
    expect(call).toThrow(RangeError);
  });
});
