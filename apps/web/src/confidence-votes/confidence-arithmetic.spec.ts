import { describe, expect, it } from 'vitest';
import { confidenceOutcome, previewConfidence, quorumMet, sheetHexFrom } from './confidence-arithmetic';

describe('confidence ballot preview (QĐ 96, as the domain counts it)', () => {
  it.each([
    [15, 30, 'retained'],
    [16, 30, 'out_of_planning'],
    [19, 30, 'out_of_planning'],
    [20, 30, 'removal_from_post'],
    [3, 6, 'retained'],
    [4, 6, 'removal_from_post'],
  ] as const)('%i low of %i summoned → %s', (low, summoned, outcome) => {
    expect(confidenceOutcome(low, summoned)).toBe(outcome);
  });

  it('needs 2/3 of those summoned for a quorum', () => {
    expect(quorumMet(6, 9)).toBe(true);
    expect(quorumMet(5, 9)).toBe(false);
  });

  it('names counts that are not whole, over the ballots cast, and ballots over those attending', () => {
    const preview = previewConfidence({
      summoned: 9,
      attending: 7,
      ballotsCast: 7,
      counts: [
        { candidateId: 'A', high: 1, confidence: 1, low: 5 },
        { candidateId: 'B', high: 4, confidence: 4, low: 0 },
        { candidateId: 'C', high: Number.NaN, confidence: 0, low: 0 },
      ],
    });
    expect(preview.outcomes).toEqual([
      { candidateId: 'A', outcome: 'out_of_planning' },
      { candidateId: 'B', outcome: 'retained' },
      { candidateId: 'C', outcome: null },
    ]);
    expect(preview.problems).toEqual([
      { kind: 'overBallots', candidateId: 'B', ballots: 7 },
      { kind: 'notWhole', candidateId: 'C' },
    ]);
    expect(previewConfidence({ summoned: 9, attending: 7, ballotsCast: 8, counts: [] }).problems).toEqual([
      { kind: 'ballotsOverAttending', attending: 7 },
    ]);
  });

  it('takes a pasted SHA-256 of 64 hex digits only', () => {
    expect(sheetHexFrom(` ${'AB'.repeat(32)} `)).toBe('ab'.repeat(32));
    expect(sheetHexFrom('abc')).toBeNull();
  });
});
