import type { TrainingEnrolment } from '@personnel/contracts';
import { checkEnrolment, planEnrolment } from './enrolment';

const enrolment = (cadreId: string, withdrawn = false): TrainingEnrolment => ({
  cadreId,
  unitCode: 'DH-QA',
  source: { kind: 'cadre' },
  enrolledBy: 'U-HR-01',
  enrolledAt: '2026-08-01T01:00:00.000Z',
  withdrawn: withdrawn ? { by: 'U-HR-01', at: '2026-08-02T01:00:00.000Z', reason: null } : null,
});

describe('planEnrolment', () => {
  it('enrols everyone asked who is neither enrolled nor holding a completion, and says why the others are not', () => {
    const plan = planEnrolment({
      enrolments: [enrolment('CB-1'), enrolment('CB-2', true)],
      capacity: null,
      candidateIds: ['CB-1', 'CB-2', 'CB-3', 'CB-4', 'CB-3'],
      completedIds: ['CB-4'],
    });
    expect(plan.enrol).toEqual(['CB-2', 'CB-3']);
    expect(plan.skipped).toEqual([
      { cadreId: 'CB-1', reason: 'already_enrolled' },
      { cadreId: 'CB-4', reason: 'already_completed' },
    ]);
    expect(plan.seatsLeft).toBeNull();
  });

  it.each([
    [3, ['CB-1'], 2],
    [1, ['CB-1'], 0],
    [2, ['CB-1', 'CB-2'], 0],
  ])('capacity %i with %j enrolled leaves %i seats', (capacity, enrolled, left) => {
    const plan = planEnrolment({
      enrolments: enrolled.map((c) => enrolment(c)),
      capacity,
      candidateIds: ['CB-9'],
      completedIds: [],
    });
    expect(plan.seatsLeft).toBe(left);
  });

  it('does not count a withdrawn enrolment against the capacity', () => {
    const plan = planEnrolment({
      enrolments: [enrolment('CB-1', true)],
      capacity: 1,
      candidateIds: ['CB-9'],
      completedIds: [],
    });
    expect(plan.seatsLeft).toBe(1);
  });
});

describe('checkEnrolment', () => {
  const plan = (
    enrol: string[],
    seatsLeft: number | null,
    skipped = [] as { cadreId: string; reason: 'already_enrolled' | 'already_completed' }[],
  ) => ({
    enrol,
    skipped,
    seatsLeft,
  });

  it.each([
    ['one cadre into a free seat', plan(['CB-1'], 1), true, { ok: true }],
    ['a unit within the seats left', plan(['CB-1', 'CB-2'], 2), false, { ok: true }],
    ['any number without a capacity', plan(['CB-1', 'CB-2'], null), false, { ok: true }],
  ])('accepts %s', (_what, p, byName, expected) => {
    expect(checkEnrolment(p, byName)).toEqual(expected);
  });

  it.each([
    ['a full class', plan(['CB-1'], 0), true, 'capacity_reached'],
    ['a unit larger than the seats left', plan(['CB-1', 'CB-2', 'CB-3'], 2), false, 'capacity_reached'],
    [
      'a cadre enrolled already',
      plan([], 3, [{ cadreId: 'CB-1', reason: 'already_enrolled' }]),
      true,
      'already_enrolled',
    ],
    [
      'a cadre who completed the course',
      plan([], 3, [{ cadreId: 'CB-1', reason: 'already_completed' }]),
      true,
      'already_completed',
    ],
    [
      'a unit of which nobody can join',
      plan([], 3, [{ cadreId: 'CB-1', reason: 'already_enrolled' }]),
      false,
      'invalid',
    ],
  ])('refuses %s', (_what, p, byName, code) => {
    const check = checkEnrolment(p, byName);
    expect(check.ok).toBe(false);
    expect(check.ok === false && check.code).toBe(code);
  });

  it('names the seats left when a unit does not fit', () => {
    const check = checkEnrolment(plan(['CB-1', 'CB-2', 'CB-3'], 2), false);
    expect(check.ok === false && check.message).toMatch(/2 seat\(s\) left.*enrol 3/);
  });
});
