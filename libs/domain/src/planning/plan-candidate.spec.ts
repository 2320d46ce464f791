import type { CadreFacts, PlanEntry, PostFacts } from '@personnel/contracts';
import { CADRE, POST } from '../rules/test-fixtures';
import { activeEntries, checkPlanCandidate } from './plan-candidate';

const CHAIR: PostFacts = { ...POST, postCode: 'QA-CT-UBND', rankGroup: 'chair' };
const holdingViceChair = (code: string, patch: Partial<CadreFacts> = {}): CadreFacts => ({
  ...CADRE,
  cadreCode: code,
  planning: [],
  assignments: [
    {
      kind: 'appointment',
      unitCode: 'QA',
      unitLocalityCode: 'QUANG_AN',
      postCode: 'QA-PCT-UBND',
      isHead: false,
      level: 'commune',
      rankGroup: 'vice_chair',
      from: '2021-01-01',
    },
  ],
  ...patch,
});
const entry = (postCode: string, cadreId: string, status: PlanEntry['status'] = 'published'): PlanEntry => ({
  postCode,
  postLevel: 'commune',
  cadreId,
  status,
  addedBy: 'registry',
  addedAt: '2025-03-01',
  reason: null,
  removedBy: null,
  removedReason: null,
  publishedFrom: status === 'candidate' ? null : '2025-03-01',
  publishedTo: null,
});
const ask = (cadre: CadreFacts, entries: PlanEntry[], post = CHAIR, appointmentId: string | null = null) =>
  checkPlanCandidate({
    term: '2025-2030',
    legalBasis: 'QD377-2025',
    asOf: '2026-01-15',
    entries,
    cadre,
    post,
    appointmentId,
  });
const failed = (checks: ReturnType<typeof ask>) => checks.filter((c) => !c.passed).map((c) => c.rule);

describe('checkPlanCandidate', () => {
  it('admits a third candidate for a post, every rule cited, and refuses a fourth', () => {
    const two = [entry('QA-CT-UBND', 'CB-1'), entry('QA-CT-UBND', 'CB-2')];
    const checks = ask(holdingViceChair('CB-3'), two);
    expect(failed(checks)).toEqual([]);
    expect(checks.every((c) => c.citation.length > 0)).toBe(true);
    expect(checks.map((c) => c.rule)).toEqual(
      expect.arrayContaining([
        'planned_post_higher',
        'planned_posts_limit',
        'candidates_per_post',
        'not_in_appointment',
      ]),
    );
    const three = [...two, entry('QA-CT-UBND', 'CB-3', 'candidate')];
    expect(failed(ask(holdingViceChair('CB-4'), three))).toEqual(['candidates_per_post']);
  });

  it('does not count a removed entry toward the limit of the post', () => {
    const entries = [
      entry('QA-CT-UBND', 'CB-1'),
      entry('QA-CT-UBND', 'CB-2'),
      entry('QA-CT-UBND', 'CB-3', 'removed'),
    ];
    expect(activeEntries(entries)).toHaveLength(2);
    expect(failed(ask(holdingViceChair('CB-4'), entries))).toEqual([]);
  });

  it('counts the posts of the term at one level, in other plans and in this pool', () => {
    const cadre = holdingViceChair('CB-5', {
      planning: [
        {
          postCode: 'TB-CT-UBND',
          level: 'commune',
          rankGroup: 'chair',
          term: '2025-2030',
          from: '2025-03-01',
        },
        {
          postCode: 'DH-PBT-HU',
          level: 'district',
          rankGroup: 'deputy_secretary',
          term: '2025-2030',
          from: '2025-03-01',
        },
        {
          postCode: 'TL-CT-UBND',
          level: 'commune',
          rankGroup: 'chair',
          term: '2020-2025',
          from: '2020-03-01',
        },
      ],
    });
    const pool = [entry('QA-BT', 'CB-5', 'candidate')];
    expect(failed(ask(cadre, pool))).toEqual([]);
    const more = [...pool, entry('QA-PBT', 'CB-5', 'candidate')];
    expect(failed(ask(cadre, more))).toEqual(['planned_posts_limit']);
  });

  it('refuses a post that is not higher than the one held, and a cadre proposed for appointment to it', () => {
    const chair = holdingViceChair('CB-6', {
      assignments: [
        { ...holdingViceChair('CB-6').assignments[0], postCode: 'TB-CT-UBND', rankGroup: 'chair' },
      ],
    });
    expect(failed(ask(chair, []))).toEqual(['planned_post_higher']);
    const appointing = ask(holdingViceChair('CB-7'), [], CHAIR, 'appointment/QA-CT-UBND/2');
    expect(failed(appointing)).toEqual(['not_in_appointment']);
    expect(appointing.find((c) => c.rule === 'not_in_appointment')?.detail).toContain(
      'appointment/QA-CT-UBND/2',
    );
  });

  it('keeps the registry’s rules: a discipline cool-off before the higher post refuses', () => {
    const disciplined = holdingViceChair('CB-8', {
      disciplines: [{ form: 'warning', decidedAt: '2025-01-10' }],
    });
    expect(failed(ask(disciplined, []))).toEqual(['discipline_cooloff']);
  });
});
