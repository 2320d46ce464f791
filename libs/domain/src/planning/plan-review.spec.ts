import type { CadreFacts, PlanEntry, PlanPoolFacts } from '@personnel/contracts';
import { CADRE, POST } from '../rules/test-fixtures';
import { planStructure, reviewRemovalProposals } from './plan-review';

const entry = (cadreId: string, status: PlanEntry['status'] = 'published'): PlanEntry => ({
  postCode: POST.postCode,
  postLevel: 'commune',
  cadreId,
  status,
  addedBy: 'U-HR',
  addedAt: '2025-03-01',
  reason: null,
  removedBy: null,
  removedReason: null,
  publishedFrom: '2025-03-01',
  publishedTo: null,
});
const facts = (cadres: Record<string, Partial<CadreFacts>>): PlanPoolFacts => ({
  cadres: Object.fromEntries(
    Object.entries(cadres).map(([code, patch]) => [code, { ...CADRE, cadreCode: code, ...patch }]),
  ),
  posts: { [POST.postCode]: POST },
});

describe('the yearly review’s removal proposals', () => {
  const asOf = '2026-03-01';

  it('proposes each reason with the rule that found it, and nothing for a cadre who still qualifies', () => {
    const pool = facts({
      'CB-OK': {},
      // Born 1966: retires in 2026, no full term left.
      'CB-AGE': { birthDate: '1966-01-10' },
      'CB-DISC': { disciplines: [{ form: 'reprimand', decidedAt: '2025-11-20' }] },
      'CB-LOW': {
        confidenceVotes: [
          { date: '2025-12-01', outcome: 'out_of_planning', lowShare: 0.55, postCode: 'QA-PCT' },
        ],
      },
      'CB-STD': { partyMember: false },
    });
    const proposals = reviewRemovalProposals(
      ['CB-OK', 'CB-AGE', 'CB-DISC', 'CB-LOW', 'CB-STD'].map((c) => entry(c)),
      pool,
      asOf,
      'QD377-2025',
    );
    expect(proposals.map((p) => [p.cadreId, p.reason, p.check.rule])).toEqual([
      ['CB-AGE', 'age', 'planning_age'],
      ['CB-DISC', 'discipline', 'planning_discipline'],
      ['CB-LOW', 'low_confidence', 'planning_confidence'],
      ['CB-STD', 'standards', 'party_membership'],
    ]);
    expect(proposals.find((p) => p.reason === 'low_confidence')?.check).toMatchObject({
      passed: false,
      citation: 'QĐ 96-QĐ/TW 2023',
      parameters: { lowPercent: 55 },
    });
  });

  it('ignores a discipline from before the entry, a retained vote, candidates not yet published and removed entries', () => {
    const pool = facts({
      'CB-OLD': { disciplines: [{ form: 'reprimand', decidedAt: '2022-01-10' }] },
      'CB-KEPT': {
        confidenceVotes: [{ date: '2025-12-01', outcome: 'retained', lowShare: 0.2, postCode: 'QA-PCT' }],
      },
      'CB-NEW': { partyMember: false },
      'CB-GONE': { partyMember: false },
    });
    const entries = [
      entry('CB-OLD'),
      entry('CB-KEPT'),
      entry('CB-NEW', 'candidate'),
      entry('CB-GONE', 'removed'),
    ];
    expect(reviewRemovalProposals(entries, pool, asOf, 'QD377-2025')).toEqual([]);
  });

  it('counts each cadre once in the structure figures, removed entries left out', () => {
    const pool = facts({
      'CB-W': { gender: 'female', birthDate: '1990-01-01' },
      'CB-M': { birthDate: '1975-01-01' },
    });
    const twice = [
      entry('CB-W'),
      { ...entry('CB-W'), postCode: 'QA-PBT' },
      entry('CB-M'),
      entry('CB-X', 'removed'),
    ];
    const [young, women, bands] = planStructure(twice, pool, asOf, 'QD377-2025');
    expect(young).toMatchObject({ parameters: { count: 1, total: 2 } });
    expect(women).toMatchObject({ passed: true, parameters: { count: 1, total: 2 } });
    expect(bands).toMatchObject({ passed: false, parameters: { bands: 2 } });
  });
});
