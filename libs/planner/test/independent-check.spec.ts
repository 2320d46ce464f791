import type { RotationMove } from '@personnel/contracts';
import { judge } from './independent-check';
import { OrgBuilder } from './org-builder';

/** The judge the planner's tests rely on must itself refuse bad plans, or those tests prove nothing. */
describe('independent plan judge', () => {
  const facts = new OrgBuilder()
    .commune('A')
    .commune('B')
    .cadre({ code: 'LA', hometown: 'L-A', post: 'A-CT' })
    .cadre({ code: 'LB', hometown: 'L-B', post: 'B-CT' })
    .cadre({ code: 'OUT', hometown: 'L-OUT', post: 'B-CV', planned: false })
    .cadre({ code: 'OK', hometown: 'L-OUT', post: 'B-CV' })
    .cadre({ code: 'HOME', hometown: 'L-A', post: 'B-CV' })
    .build();
  const move = (patch: Partial<RotationMove>): RotationMove => ({
    cadreId: 'OK',
    fromPostId: 'B-CV',
    toUnitCode: 'A',
    toPostId: 'A-CT',
    reason: 'non_local_rule',
    months: 36,
    replaceHolder: true,
    ...patch,
  });

  it('accepts a valid move and counts what stays unmet', () => {
    const verdict = judge(facts, [move({})]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.unmet.sort()).toEqual([
      'A-BT:non_local_heads',
      'B-BT:non_local_heads',
      'B-CT:non_local_heads',
    ]);
  });

  it.each<[string, RotationMove[], RegExp]>([
    ['a cadre out of planning', [move({ cadreId: 'OUT' })], /OUT → A-CT fails in_planning/],
    [
      'a move inside the cadre’s own unit',
      [move({ cadreId: 'LB', fromPostId: 'B-CT', toPostId: 'B-BT', toUnitCode: 'B', replaceHolder: false })],
      /stays in its unit/,
    ],
    [
      'a local cadre into the head post of home',
      [move({ cadreId: 'HOME' })],
      /HOME → A-CT fails non_local_head/,
    ],
    [
      'a move that does not replace the holder',
      [move({ replaceHolder: false })],
      /does not replace its holder/,
    ],
    [
      'two moves into one post',
      [move({}), move({ cadreId: 'LB', fromPostId: 'B-CT' })],
      /two moves into A-CT|A-CT has 2 holders/,
    ],
    [
      'a head post vacated and not refilled',
      [move({ cadreId: 'LB', fromPostId: 'B-CT', toPostId: 'A-CT' })],
      /B-CT is left vacant/,
    ],
    [
      'a reason the destination does not justify',
      [move({ reason: 'two_term_rule' })],
      /has not served two terms/,
    ],
    ['a rotation shorter than 36 months', [move({ months: 12 })], /shorter than 36/],
    ['the same cadre twice', [move({}), move({ toPostId: 'A-BT', replaceHolder: false })], /moves twice/],
  ])('refuses %s', (_name, moves, problem) => {
    expect(judge(facts, moves).problems.join('\n')).toMatch(problem);
  });
});
