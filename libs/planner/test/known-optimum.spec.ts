import type { RotationPlan, RotationPlannerFacts } from '@personnel/contracts';
import { planRotations, type PlanOptions } from '../src';
import { judge } from './independent-check';
import { OrgBuilder } from './org-builder';

/** Every plan of these cases is also judged move by move by the rules engine, outside the planner. */
async function plan(facts: RotationPlannerFacts, options: PlanOptions = {}): Promise<RotationPlan> {
  const result = await planRotations(facts, options);
  const verdict = judge(
    facts,
    result.moves.map((m) => m.move),
    result.targets,
    result.months,
  );
  expect(verdict.problems).toEqual([]);
  expect(verdict.unmet.sort()).toEqual(result.unmet.map((u) => `${u.postId}:${u.target}`).sort());
  return result;
}

const moves = (p: RotationPlan) =>
  p.moves.map((m) => `${m.move.cadreId}:${m.move.fromPostId}>${m.move.toPostId}`);

describe('rotation planner: instances whose optimum is known', () => {
  it('proposes nothing when every head is non-local and within two terms', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'H1', hometown: 'L-B', post: 'A-BT' })
      .cadre({ code: 'H2', hometown: 'L-B', post: 'A-CT' })
      .cadre({ code: 'H3', hometown: 'L-A', post: 'B-BT' })
      .cadre({ code: 'H4', hometown: 'L-A', post: 'B-CT' })
      .cadre({ code: 'S1', hometown: 'L-OUT', post: 'A-CV' })
      .build();
    const result = await plan(facts);
    expect(result.moves).toEqual([]);
    expect(result.unmet).toEqual([]);
    expect(result.figures.before).toEqual({
      communeHeadPosts: 4,
      communeHeadsNonLocal: 4,
      headsOverTwoTerms: 0,
      vacantHeadPosts: 0,
    });
    expect(result.figures.after).toEqual(result.figures.before);
    expect(result.solver).toMatchObject({ name: 'HiGHS', status: 'Optimal' });
  });

  it('replaces a local chairman with the one eligible non-local cadre, explained rule by rule', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'LOCAL', hometown: 'L-A', post: 'A-CT', planned: false })
      .cadre({ code: 'H2', hometown: 'L-B', post: 'A-BT', planned: false })
      .cadre({ code: 'H3', hometown: 'L-A', post: 'B-BT', planned: false })
      .cadre({ code: 'H4', hometown: 'L-A', post: 'B-CT', planned: false })
      .cadre({ code: 'NEAR', hometown: 'L-OUT', post: 'B-CV', birthDate: '1966-01-01' })
      .cadre({ code: 'GOOD', hometown: 'L-OUT', post: 'B-CV' })
      .build();
    const result = await plan(facts);
    expect(moves(result)).toEqual(['GOOD:B-CV>A-CT']);
    const [move] = result.moves;
    expect(move.move).toEqual({
      cadreId: 'GOOD',
      fromPostId: 'B-CV',
      toUnitCode: 'A',
      toPostId: 'A-CT',
      reason: 'non_local_rule',
      months: 36,
      replaceHolder: true,
    });
    expect(move).toMatchObject({
      cadreName: 'Cán bộ GOOD',
      fromPostTitle: 'Công chức B',
      fromUnitName: 'Xã B',
      toPostTitle: 'Chủ tịch UBND A',
      toUnitName: 'Xã A',
      replacesCadreIds: ['LOCAL'],
    });
    expect(move.satisfies.map((s) => s.rule)).toEqual([
      'active_status',
      'in_planning',
      'service_left_for_rotation',
      'discipline_cooloff',
      'education_standard',
      'political_theory_standard',
      'state_management_standard',
      'required_training',
      'party_membership',
      'non_local_head',
      'consecutive_head_terms',
    ]);
    for (const s of move.satisfies) expect(s.citation.length).toBeGreaterThan(0);
    expect(result.figures.before.communeHeadsNonLocal).toBe(3);
    expect(result.figures.after.communeHeadsNonLocal).toBe(4);
  });

  it('swaps two local secretaries: two moves, no third cadre needed', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'SA', hometown: 'L-A', post: 'A-BT' })
      .cadre({ code: 'SB', hometown: 'L-B', post: 'B-BT' })
      .cadre({ code: 'CA', hometown: 'L-B', post: 'A-CT', planned: false })
      .cadre({ code: 'CB', hometown: 'L-A', post: 'B-CT', planned: false })
      .build();
    const result = await plan(facts);
    expect(moves(result).sort()).toEqual(['SA:A-BT>B-BT', 'SB:B-BT>A-BT']);
    expect(result.figures.after.communeHeadsNonLocal).toBe(4);
  });

  it('follows a chain: the only candidate leaves a head post, which a third cadre refills', async () => {
    // A-CT is local; only B's chairman may go there; then B-CT needs someone: the agency's staff member.
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .agency('G')
      .cadre({ code: 'LOCAL', hometown: 'L-A', post: 'A-CT', planned: false })
      .cadre({ code: 'H2', hometown: 'L-B', post: 'A-BT', planned: false })
      .cadre({ code: 'BCT', hometown: 'L-OUT', post: 'B-CT' })
      .cadre({ code: 'H4', hometown: 'L-A', post: 'B-BT', planned: false })
      .cadre({ code: 'G1', hometown: 'L-A', post: 'G-CV' })
      .build();
    const result = await plan(facts);
    expect(moves(result).sort()).toEqual(['BCT:B-CT>A-CT', 'G1:G-CV>B-CT']);
    expect(result.unmet).toEqual([]);
  });

  it('keeps a head in place when nobody could refill the post, and says why the target is unmet', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'LOCAL', hometown: 'L-A', post: 'A-CT', planned: false })
      .cadre({ code: 'H2', hometown: 'L-B', post: 'A-BT', planned: false })
      .cadre({ code: 'BCT', hometown: 'L-OUT', post: 'B-CT' })
      .cadre({ code: 'H4', hometown: 'L-A', post: 'B-BT', planned: false })
      .build();
    const result = await plan(facts);
    expect(result.moves).toEqual([]);
    expect(result.unmet).toEqual([
      expect.objectContaining({ target: 'non_local_heads', postId: 'A-CT', unitCode: 'A', failingRules: [] }),
    ]);
    expect(result.unmet[0].why).toMatch(/1 cadre\(s\) eligible for A-CT is needed/);
  });

  it('reports a commune head post nobody in planning can take, with the rules that fail', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'LOCAL', hometown: 'L-A', post: 'A-CT', planned: false })
      .cadre({ code: 'S1', hometown: 'L-OUT', post: 'B-CV', planned: false })
      .cadre({ code: 'S2', hometown: 'L-OUT', post: 'B-CV', birthDate: '1966-01-01' })
      .build();
    const result = await plan(facts);
    expect(result.moves).toEqual([]);
    const unmet = result.unmet.find((u) => u.postId === 'A-CT');
    expect(unmet).toMatchObject({ target: 'non_local_heads' });
    expect(unmet?.failingRules).toEqual(
      expect.arrayContaining([
        { rule: 'in_planning', cadres: 1 },
        { rule: 'service_left_for_rotation', cadres: 1 },
      ]),
    );
    expect(unmet?.why).toMatch(/No cadre in scope passes the rotation rules for A-CT/);
    // The vacant posts A-BT, B-BT, B-CT are commune heads too: each reported, none silently dropped.
    expect(result.unmet.map((u) => u.postId).sort()).toEqual(['A-BT', 'A-CT', 'B-BT', 'B-CT']);
    expect(result.figures.before.vacantHeadPosts).toBe(3);
  });

  it('rotates a head after two terms in one place (reason two_term_rule), one term of service enough', async () => {
    const facts = new OrgBuilder()
      .agency('G')
      .agency('K')
      .cadre({ code: 'LONG', hometown: 'L-OUT', post: 'G-TR', since: '2015-06-01', planned: false })
      .cadre({ code: 'HK', hometown: 'L-OUT', post: 'K-TR', planned: false })
      // 7 years left: too few for a development rotation (10), enough for one serving a head rule (5).
      .cadre({ code: 'K1', hometown: 'L-OUT', post: 'K-CV', birthDate: '1971-06-01' })
      .build();
    const result = await plan(facts);
    expect(result.figures.before.headsOverTwoTerms).toBe(1);
    expect(result.moves.map((m) => m.move)).toEqual([
      expect.objectContaining({
        cadreId: 'K1',
        toPostId: 'G-TR',
        reason: 'two_term_rule',
        replaceHolder: true,
      }),
    ]);
    expect(result.figures.after.headsOverTwoTerms).toBe(0);
    // Not enforcing the term limit: nothing to do.
    const relaxed = await plan(facts, { targets: ['non_local_heads'] });
    expect(relaxed.moves).toEqual([]);
    expect(relaxed.targets).toEqual(['non_local_heads']);
  });

  it('carries the rotation length, and refuses one shorter than 36 months', async () => {
    const facts = new OrgBuilder()
      .commune('A')
      .commune('B')
      .cadre({ code: 'LOCAL', hometown: 'L-A', post: 'A-CT' })
      .cadre({ code: 'GOOD', hometown: 'L-OUT', post: 'B-CV' })
      .build();
    const result = await plan(facts, { months: 48, targets: ['non_local_heads'] });
    expect(result.moves.find((m) => m.move.toPostId === 'A-CT')?.move.months).toBe(48);
    await expect(planRotations(facts, { months: 24 })).rejects.toThrow(/at least 36/);
  });
});
