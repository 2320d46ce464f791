import type { JournalStep } from '@personnel/contracts';

/**
 * Journal rows as the documents' fixtures write them: a procedure's own steps numbered in order from
 * `restartSteps()`, and a conference's (a child workflow's) numbered by hand.
 */
let seq = 0;

/** Numbers the next fixture's steps from 0 again. */
export function restartSteps(): void {
  seq = 0;
}

export const step = (
  kind: string,
  actor: string,
  occurredAt: string,
  payload: Record<string, unknown> = {},
): JournalStep => {
  const n = seq++;
  return { stepKey: `${n}/${kind}`, seq: n, kind, actor, payload, occurredAt };
};
export const child = (
  kind: string,
  actor: string,
  occurredAt: string,
  payload: Record<string, unknown>,
  n: number,
): JournalStep => ({
  stepKey: kind,
  seq: n,
  kind,
  actor,
  payload,
  occurredAt,
});

/** A collective's conference of the fixtures: 5 summoned, 4 present, each candidate's votes, passed. */
export function conferenceJournal(candidates: string[], votes: number[], at: string, closedAt: string) {
  const summoned = ['U-M1', 'U-M2', 'U-M3', 'U-M4', 'U-M5'];
  return [
    child(
      'convened',
      'thu.ky',
      at,
      { kind: 'collective', subject: 'x', summoned, candidates, legalBasis: 'QD377-2025' },
      0,
    ),
    child(
      'attendance',
      'thu.ky',
      at.replace('T02', 'T03'),
      { present: ['U-M1', 'U-M2', 'U-M3', 'U-M4'], attending: 4, summoned: 5, quorumMet: true },
      1,
    ),
    child(
      'tally',
      'thu.ky',
      at.replace('T02', 'T04'),
      {
        ballotsCast: 4,
        votes: candidates.map((candidateId, i) => ({ candidateId, votes: votes[i] })),
        sheetSha256: 'a3f1c2e4b5d60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
        forward: candidates.filter((_, i) => votes[i] > 2),
        awaitingHead: [],
      },
      2,
    ),
    child(
      'closed',
      'thu.ky',
      closedAt,
      { outcome: 'passed', forward: candidates.filter((_, i) => votes[i] > 2) },
      3,
    ),
  ];
}
