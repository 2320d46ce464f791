import type { AssignmentFact, PostRank } from '@personnel/contracts';
import { comparePostRank, highestHeldPost, isEquivalentPost, isHigherPost } from './post-rank';

const commune = (rankGroup: PostRank['rankGroup']): PostRank => ({ level: 'commune', rankGroup });
const district = (rankGroup: PostRank['rankGroup']): PostRank => ({ level: 'district', rankGroup });

describe('post rank', () => {
  it('orders the groups within a level, staff lowest and the secretary highest', () => {
    expect(isHigherPost(commune('secretary'), commune('chair'))).toBe(true);
    expect(isHigherPost(commune('chair'), commune('deputy_secretary'))).toBe(true);
    expect(isHigherPost(commune('deputy_secretary'), commune('vice_chair'))).toBe(true);
    expect(isHigherPost(commune('vice_chair'), commune('body_head'))).toBe(true);
    expect(isHigherPost(commune('body_head'), commune('deputy_head'))).toBe(true);
    expect(isHigherPost(commune('deputy_head'), commune('staff'))).toBe(true);
    expect(isHigherPost(commune('staff'), commune('staff'))).toBe(false);
  });

  it('puts any post of a higher level above every post of a lower one', () => {
    expect(isHigherPost(district('staff'), commune('secretary'))).toBe(true);
    expect(isHigherPost(commune('secretary'), district('staff'))).toBe(false);
    expect(comparePostRank({ level: 'province', rankGroup: 'staff' }, district('secretary'))).toBeGreaterThan(
      0,
    );
  });

  it('calls posts equivalent only at the same level and in the same group', () => {
    expect(isEquivalentPost(commune('deputy_secretary'), commune('deputy_secretary'))).toBe(true);
    expect(isEquivalentPost(commune('deputy_secretary'), district('deputy_secretary'))).toBe(false);
    expect(isEquivalentPost(commune('chair'), commune('deputy_secretary'))).toBe(false);
  });

  it('finds the highest post held on the day, ignoring ended, future and unranked assignments', () => {
    const held = (
      postCode: string,
      rank: PostRank | undefined,
      from: string,
      to?: string,
    ): AssignmentFact => ({
      kind: 'appointment',
      unitCode: 'QA',
      unitLocalityCode: 'QN.DH.QA',
      postCode,
      isHead: false,
      ...(rank ?? {}),
      from,
      ...(to ? { to } : {}),
    });
    const assignments = [
      held('QA-BT', commune('secretary'), '2020-01-01', '2025-01-01'),
      held('QA-PCT-UBND', commune('vice_chair'), '2025-01-01'),
      held('QA-CT-HDND', commune('deputy_secretary'), '2025-06-01'),
      held('QA-CT-UBND', commune('chair'), '2026-02-01'),
      held('QA-OLD', undefined, '2019-01-01'),
    ];
    expect(highestHeldPost(assignments, '2026-01-15')?.postCode).toBe('QA-CT-HDND');
    expect(highestHeldPost(assignments, '2025-03-01')?.postCode).toBe('QA-PCT-UBND');
    expect(highestHeldPost(assignments, '2019-06-01')).toBeUndefined();
  });
});
