import {
  collectiveVoteOutcome,
  expandedConferenceWinners,
  quorumMet as domainQuorumMet,
} from '@personnel/domain';
import { describe, expect, it } from 'vitest';
import {
  expandedForward,
  previewTally,
  quorumMet,
  quorumNeeded,
  sha256Hex,
  votesToPass,
} from './vote-arithmetic';

describe('the conference arithmetic', () => {
  it('needs two thirds of those summoned, in integers', () => {
    expect([1, 2, 3, 9, 10, 30, 31].map(quorumNeeded)).toEqual([1, 2, 2, 6, 7, 20, 21]);
    expect(quorumMet(20, 30)).toBe(true);
    expect(quorumMet(19, 30)).toBe(false);
    expect(quorumMet(0, 0)).toBe(false);
  });

  it('passes with more than half of those summoned', () => {
    expect([1, 2, 9, 10, 30, 31].map(votesToPass)).toEqual([1, 2, 5, 6, 16, 16]);
  });

  it('agrees with libs/domain for every count up to 40 summoned, under both legal bases', () => {
    for (const basis of ['ND138-2020', 'QD377-2025'] as const)
      for (let summoned = 1; summoned <= 40; summoned++)
        for (let n = 0; n <= summoned; n++) {
          expect(quorumMet(n, summoned)).toBe(domainQuorumMet(n, summoned, basis));
          expect(n >= quorumNeeded(summoned)).toBe(domainQuorumMet(n, summoned, basis));
          const preview = previewTally({
            kind: 'collective',
            summoned,
            attending: summoned,
            ballotsCast: summoned,
            votes: [{ candidateId: 'A', votes: n }],
          });
          expect(preview.verdicts[0]?.verdict).toBe(collectiveVoteOutcome(n, summoned, basis));
        }
  });

  it('leaves a collective vote of exactly 50 % to the head', () => {
    const preview = previewTally({
      kind: 'collective_votes',
      summoned: 10,
      attending: 9,
      ballotsCast: 9,
      votes: [
        { candidateId: 'A', votes: 5 },
        { candidateId: 'B', votes: 6 },
      ],
    });
    expect(preview.awaitingHead).toEqual(['A']);
    expect(preview.forward).toEqual(['B']);
    expect(preview.problems).toEqual([]);
  });

  it('ranks the expanded conference as libs/domain does, top two when nobody passes', () => {
    const cases = [
      [
        { candidateId: 'A', votes: 16 },
        { candidateId: 'B', votes: 10 },
      ],
      [
        { candidateId: 'A', votes: 15 },
        { candidateId: 'B', votes: 10 },
        { candidateId: 'C', votes: 5 },
      ],
      [
        { candidateId: 'C', votes: 9 },
        { candidateId: 'A', votes: 12 },
        { candidateId: 'B', votes: 9 },
      ],
      [{ candidateId: 'A', votes: 0 }],
    ];
    for (const tallies of cases)
      expect(expandedForward(tallies, 30)).toEqual(expandedConferenceWinners(tallies, 30).forward);
    const preview = previewTally({
      kind: 'expanded',
      summoned: 30,
      attending: 25,
      ballotsCast: 25,
      votes: cases[1] ?? [],
    });
    expect(preview.verdicts.map((v) => v.verdict)).toEqual(['top_two', 'top_two', 'failed']);
  });

  it('names impossible numbers as the API would refuse them', () => {
    const preview = previewTally({
      kind: 'collective',
      summoned: 9,
      attending: 7,
      ballotsCast: 8,
      votes: [
        { candidateId: 'A', votes: 9 },
        { candidateId: 'B', votes: 1.5 },
      ],
    });
    expect(preview.problems).toEqual([
      { kind: 'ballotsOverAttending', attending: 7 },
      { kind: 'votesOverBallots', candidateId: 'A', ballots: 8 },
      { kind: 'notWhole', field: 'votes', candidateId: 'B' },
    ]);
  });

  it('hashes a tally sheet with SHA-256', async () => {
    const hex = await sha256Hex(new TextEncoder().encode('abc').buffer as ArrayBuffer);
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
