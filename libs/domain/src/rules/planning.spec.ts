import type { PlanningFact } from '@personnel/contracts';
import { activePlanning, inAnyPlanning, inPlanningForPost, plannedPostsLimit } from './planning';
import { AS_OF, BOTH_BASES, cadreWith, params, POST, questionWith } from './test-fixtures';

const plan = (postCode: string, from: string, to?: string): PlanningFact => ({
  postCode,
  term: '2025-2030',
  from,
  to,
});

describe.each(BOTH_BASES)('planning rules under %s', (basis) => {
  it.each([
    ['planned for the post', [plan('QA-CT-UBND', '2025-03-01')], true],
    ['planned from the as-of date', [plan('QA-CT-UBND', AS_OF)], true],
    ['planned only from the next day', [plan('QA-CT-UBND', '2026-01-16')], false],
    ['taken out on the as-of date', [plan('QA-CT-UBND', '2025-03-01', AS_OF)], false],
    ['taken out the day after', [plan('QA-CT-UBND', '2025-03-01', '2026-01-16')], true],
    ['planned for another post only', [plan('TB-BT-DU', '2025-03-01')], false],
    ['never planned', [], false],
  ])('in_planning (appointment), %s: passed %s', (_case, planning, passed) => {
    const check = inPlanningForPost(cadreWith({ planning }), POST, questionWith(), params(basis));
    expect(check).toMatchObject({ rule: 'in_planning', passed });
    expect(check.citation).toContain(basis === 'QD377-2025' ? 'QĐ 377' : 'NĐ 138');
  });

  it.each([
    ['planned for another post', [plan('TB-BT-DU', '2025-03-01')], true],
    ['planning ended', [plan('TB-BT-DU', '2020-01-01', '2025-01-01')], false],
  ])('in_planning (rotation), %s: passed %s', (_case, planning, passed) => {
    const check = inAnyPlanning(
      cadreWith({ planning }),
      POST,
      questionWith({ kind: 'rotation' }),
      params(basis),
    );
    expect(check).toMatchObject({ rule: 'in_planning', passed });
  });

  it.each([
    ['no other post', [], true, 1],
    ['two other posts', [plan('A', '2025-01-01'), plan('B', '2025-01-01')], true, 3],
    [
      'three other posts',
      [plan('A', '2025-01-01'), plan('B', '2025-01-01'), plan('C', '2025-01-01')],
      false,
      4,
    ],
    [
      'this post and two others (counted once)',
      [plan('QA-CT-UBND', '2025-01-01'), plan('A', '2025-01-01'), plan('B', '2025-01-01')],
      true,
      3,
    ],
    [
      'three others of which one ended',
      [plan('A', '2025-01-01'), plan('B', '2025-01-01'), plan('C', '2021-01-01', '2025-06-01')],
      true,
      3,
    ],
  ])('planned_posts_limit with %s: passed %s (%i with this post)', (_case, planning, passed, total) => {
    const check = plannedPostsLimit(
      cadreWith({ planning }),
      POST,
      questionWith({ kind: 'planning' }),
      params(basis),
    );
    expect(check).toMatchObject({
      rule: 'planned_posts_limit',
      passed,
      parameters: { max: 3, withThisPost: total },
    });
    expect(check.citation).toBe(basis === 'QD377-2025' ? 'QĐ 377-QĐ/TW 2025' : 'QĐ 50-QĐ/TW 2021');
  });
});

it('activePlanning keeps what runs on the day', () => {
  const facts = [plan('A', '2025-01-01'), plan('B', '2025-01-01', '2025-06-01'), plan('C', '2027-01-01')];
  expect(activePlanning(facts, AS_OF).map((p) => p.postCode)).toEqual(['A']);
});

describe.each(BOTH_BASES)('planning rules with ranked facts under %s', (basis) => {
  const ranked = (postCode: string, rankGroup: 'chair' | 'deputy_secretary', level = 'commune' as const) => ({
    ...plan(postCode, '2025-01-01'),
    level,
    rankGroup,
  });
  const chair = { ...POST, rankGroup: 'chair' as const };

  it('counts planning for an equivalent post (same level, same rank group) and cites it', () => {
    const check = inPlanningForPost(
      cadreWith({ planning: [ranked('TB-CT-UBND', 'chair')] }),
      chair,
      questionWith(),
      params(basis),
    );
    expect(check).toMatchObject({ passed: true, parameters: { plannedPostCode: 'TB-CT-UBND' } });
    expect(check.detail).toContain('equivalent');
    expect(check.citation).toContain('tương đương');
  });

  it('does not count a post of another rank group or another level', () => {
    for (const planning of [
      [ranked('TB-PBT', 'deputy_secretary')],
      [ranked('DH-X', 'chair', 'district' as never)],
    ])
      expect(inPlanningForPost(cadreWith({ planning }), chair, questionWith(), params(basis)).passed).toBe(
        false,
      );
  });

  it('counts the planned posts of this level only toward the limit of 3', () => {
    const planning = [
      { ...plan('A', '2025-01-01'), level: 'district' as const },
      { ...plan('B', '2025-01-01'), level: 'district' as const },
      { ...plan('C', '2025-01-01'), level: 'district' as const },
      { ...plan('D', '2025-01-01'), level: 'commune' as const },
    ];
    const check = plannedPostsLimit(cadreWith({ planning }), POST, questionWith(), params(basis));
    expect(check).toMatchObject({ passed: true, parameters: { plannedPosts: 1, withThisPost: 2 } });
    const three = [
      ...planning,
      { ...plan('E', '2025-01-01'), level: 'commune' as const },
      plan('F', '2025-01-01'),
    ];
    expect(
      plannedPostsLimit(cadreWith({ planning: three }), POST, questionWith(), params(basis)),
    ).toMatchObject({
      passed: false,
      parameters: { plannedPosts: 3, withThisPost: 4 },
    });
  });
});
