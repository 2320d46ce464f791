import type { ConferenceInput, TallyCommand } from '@personnel/contracts';
import {
  attendanceQuorum,
  ballotOf,
  confidenceTallies,
  checkAttendance,
  checkConferenceInput,
  checkHeadDecision,
  checkTally,
  tallyOutcome,
} from './conference-rules';

const SEAL = 'a'.repeat(64);
const conference = (overrides: Partial<ConferenceInput> = {}): ConferenceInput => ({
  kind: 'collective',
  legalBasis: 'ND138-2020',
  subject: 'nomination/CB-1/P/1',
  summoned: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6'],
  candidates: ['CB-1'],
  secretaryId: 'M1',
  headId: 'M2',
  convenedAt: '2026-03-02T01:00:00.000Z',
  deadlineMs: 60_000,
  ...overrides,
});
const tally = (overrides: Partial<TallyCommand> = {}): TallyCommand => ({
  actorId: 'M1',
  ballotsCast: 5,
  votes: [{ candidateId: 'CB-1', votes: 4 }],
  sheetSha256: SEAL,
  ...overrides,
});

describe('conference input', () => {
  it('accepts a sound conference and names every problem of a bad one', () => {
    expect(checkConferenceInput(conference())).toEqual([]);
    expect(
      checkConferenceInput(conference({ summoned: ['CB-1', 'CB-1'], candidates: ['CB-1'], deadlineMs: 0 })),
    ).toEqual([
      'a member is summoned twice',
      'a candidate may not vote on their own case',
      'the deadline must be positive',
    ]);
  });
});

describe('attendance', () => {
  it('is the secretary’s, once, and only of those summoned', () => {
    expect(checkAttendance(conference(), false, { actorId: 'M1', present: ['M1', 'M2'] })).toEqual({
      ok: true,
    });
    expect(checkAttendance(conference(), false, { actorId: 'M3', present: [] })).toEqual({
      ok: false,
      code: 'not_secretary',
      params: { secretaryId: 'M1' },
      reason: 'only the secretary (M1) records attendance',
    });
    expect(checkAttendance(conference(), true, { actorId: 'M1', present: [] })).toMatchObject({
      code: 'attendance_recorded',
      params: {},
      reason: 'attendance is already recorded',
    });
    expect(checkAttendance(conference(), false, { actorId: 'M1', present: ['M9'] })).toMatchObject({
      code: 'not_summoned',
      params: { memberId: 'M9' },
      reason: 'M9 was not summoned',
    });
    expect(
      checkAttendance(conference(), false, { actorId: 'M1', present: ['M1', 'M2', 'M2'] }),
    ).toMatchObject({ code: 'member_twice', params: { memberId: 'M2' }, reason: 'M2 is listed twice' });
  });

  it.each([
    [4, true],
    [3, false],
  ])('quorum with %i of 6 attending: %s (≥ 2/3)', (attending, met) => {
    expect(attendanceQuorum(conference(), attending)).toBe(met);
  });
});

describe('tally', () => {
  it('needs attendance, quorum, the secretary, a seal and possible numbers', () => {
    expect(checkTally(conference(), 5, false, tally())).toEqual({ ok: true });
    expect(checkTally(conference(), undefined, false, tally())).toMatchObject({
      code: 'attendance_first',
      reason: 'record attendance before the tally',
    });
    expect(checkTally(conference(), 3, false, tally({ ballotsCast: 3 }))).toMatchObject({
      code: 'quorum_not_met',
      reason: expect.stringContaining('quorum'),
    });
    expect(checkTally(conference(), 5, true, tally())).toMatchObject({
      code: 'tally_entered',
      reason: 'the tally is already entered',
    });
    expect(checkTally(conference(), 5, false, tally({ actorId: 'M2' }))).toMatchObject({
      code: 'not_secretary',
      params: { secretaryId: 'M1' },
      reason: expect.stringContaining('only the secretary'),
    });
    expect(checkTally(conference(), 5, false, tally({ sheetSha256: 'abc' }))).toMatchObject({
      code: 'sheet_hash',
      reason: expect.stringContaining('SHA-256'),
    });
    expect(checkTally(conference(), 5, false, tally({ ballotsCast: 6 }))).toMatchObject({
      code: 'ballots_cast',
      params: { attending: 5 },
      reason: expect.stringContaining('0 to the 5 attending'),
    });
    expect(
      checkTally(conference(), 5, false, tally({ votes: [{ candidateId: 'CB-1', votes: 6 }] })),
    ).toMatchObject({
      code: 'votes_range',
      params: { candidateId: 'CB-1', ballotsCast: 5 },
      reason: expect.stringContaining('0 to the 5 ballots'),
    });
    expect(checkTally(conference(), 5, false, tally({ votes: [] }))).toMatchObject({
      code: 'every_candidate',
      reason: expect.stringContaining('every candidate'),
    });
  });
});

describe('what the counts decide', () => {
  it('passes a collective vote above 50 % of all members, fails below, and leaves exactly 50 % to the head', () => {
    expect(tallyOutcome(conference(), [{ candidateId: 'CB-1', votes: 4 }])).toEqual({
      outcome: 'passed',
      forward: ['CB-1'],
      awaitingHead: [],
    });
    expect(tallyOutcome(conference(), [{ candidateId: 'CB-1', votes: 2 }])).toEqual({
      outcome: 'failed',
      forward: [],
      awaitingHead: [],
    });
    expect(tallyOutcome(conference(), [{ candidateId: 'CB-1', votes: 3 }])).toEqual({
      outcome: 'failed',
      forward: [],
      awaitingHead: ['CB-1'],
    });
  });

  it('sends the top two forward from an expanded conference where nobody passed', () => {
    const expanded = conference({ kind: 'expanded', candidates: ['A', 'B', 'C'] });
    expect(
      tallyOutcome(expanded, [
        { candidateId: 'A', votes: 2 },
        { candidateId: 'B', votes: 3 },
        { candidateId: 'C', votes: 1 },
      ]),
    ).toEqual({ outcome: 'top_two', forward: ['B', 'A'], awaitingHead: [] });
  });

  it('lets only the head decide, and only a waiting tie', () => {
    expect(
      checkHeadDecision(conference(), ['CB-1'], { actorId: 'M2', candidateId: 'CB-1', approve: true }),
    ).toEqual({ ok: true });
    expect(
      checkHeadDecision(conference(), ['CB-1'], { actorId: 'M1', candidateId: 'CB-1', approve: true }),
    ).toMatchObject({ ok: false, code: 'not_head', params: { headId: 'M2' } });
    expect(
      checkHeadDecision(conference(), [], { actorId: 'M2', candidateId: 'CB-1', approve: true }),
    ).toMatchObject({
      code: 'no_tie',
      params: { candidateId: 'CB-1' },
      reason: expect.stringContaining('no tie'),
    });
  });
});

describe('a confidence ballot (QĐ 96: three levels per holder)', () => {
  const confidence = conference({ kind: 'key_cadre', ballot: 'confidence', candidates: ['CB-1', 'CB-2'] });
  const counts = (a: [number, number, number], b: [number, number, number] = [3, 2, 0]) => [
    { candidateId: 'CB-1', high: a[0], confidence: a[1], low: a[2] },
    { candidateId: 'CB-2', high: b[0], confidence: b[1], low: b[2] },
  ];
  const confidenceTally = (overrides: Partial<TallyCommand> = {}): TallyCommand => ({
    actorId: 'M1',
    ballotsCast: 5,
    confidence: counts([1, 1, 3]),
    sheetSha256: SEAL,
    ...overrides,
  });

  it('is an approval ballot unless the conference says otherwise (runs begun before the field)', () => {
    expect(ballotOf(conference())).toBe('approval');
    expect(ballotOf(confidence)).toBe('confidence');
    expect(checkConferenceInput(conference({ ballot: 'secret' as never }))).toEqual([
      'the ballot must be approval or confidence',
    ]);
  });

  it('accepts the three counts of every holder, summing to no more than the ballots cast', () => {
    expect(checkTally(confidence, 6, false, confidenceTally())).toEqual({ ok: true });
    expect(checkTally(confidence, 6, false, confidenceTally({ confidence: counts([2, 2, 1]) }))).toEqual({
      ok: true,
    });
  });

  it.each([
    [
      'a negative count',
      { confidence: counts([-1, 1, 3]) },
      'high for CB-1 must be a whole number ≥ 0',
      'count_negative',
      { candidateId: 'CB-1', level: 'high' },
    ],
    [
      'a fraction',
      { confidence: counts([1, 1.5, 2]) },
      'confidence for CB-1 must be a whole number ≥ 0',
      'count_negative',
      { candidateId: 'CB-1', level: 'confidence' },
    ],
    [
      'three counts over the ballots cast',
      { confidence: counts([2, 2, 2]) },
      'exceed the 5 ballots cast',
      'counts_exceed',
      { candidateId: 'CB-1', sum: 6, ballotsCast: 5 },
    ],
    [
      'more ballots than attending',
      { ballotsCast: 7 },
      'ballotsCast must be a whole number from 0 to the 6',
      'ballots_cast',
      { attending: 6 },
    ],
    [
      'a holder left out',
      { confidence: counts([1, 1, 3]).slice(0, 1) },
      'every holder, once',
      'every_candidate',
      {},
    ],
    [
      'a holder twice',
      { confidence: [...counts([1, 1, 3]).slice(0, 1), ...counts([1, 1, 3]).slice(0, 1)] },
      'every holder, once',
      'every_candidate',
      {},
    ],
    [
      'approval votes instead',
      { confidence: undefined, votes: [{ candidateId: 'CB-1', votes: 3 }] },
      'confidence ballot',
      'confidence_ballot',
      {},
    ],
  ] as const)('refuses %s', (_what, overrides, reason, code, params) => {
    expect(checkTally(confidence, 6, false, confidenceTally(overrides as Partial<TallyCommand>))).toEqual({
      ok: false,
      code,
      params,
      reason: expect.stringContaining(reason),
    });
  });

  it('refuses a tally when the quorum of 2/3 of those summoned was not met', () => {
    expect(
      checkTally(
        confidence,
        3,
        false,
        confidenceTally({ ballotsCast: 3, confidence: counts([1, 1, 1], [1, 1, 1]) }),
      ),
    ).toMatchObject({ ok: false, code: 'quorum_not_met', reason: expect.stringContaining('quorum') });
  });

  it('refuses three counts on an approval conference', () => {
    expect(checkTally(conference(), 6, false, confidenceTally({ votes: undefined }))).toMatchObject({
      ok: false,
      code: 'approval_ballot',
      reason: expect.stringContaining('approval ballot'),
    });
  });

  it('decides each holder on the low share of those summoned: 3 of 6 retained, 4 of 6 (2/3) removal', () => {
    expect(confidenceTallies(confidence, counts([1, 2, 3], [0, 1, 4]))).toEqual([
      { candidateId: 'CB-1', high: 1, confidence: 2, low: 3, outcome: 'retained' },
      { candidateId: 'CB-2', high: 0, confidence: 1, low: 4, outcome: 'removal_from_post' },
    ]);
    const seven = conference({ ballot: 'confidence', summoned: ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'] });
    expect(
      confidenceTallies(seven, [{ candidateId: 'CB-1', high: 1, confidence: 2, low: 4 }])[0].outcome,
    ).toBe('out_of_planning');
  });
});
