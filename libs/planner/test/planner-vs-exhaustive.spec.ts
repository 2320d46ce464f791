import { planRotations } from '../src';
import { exhaustiveOptimum } from './exhaustive-search';
import { judge } from './independent-check';
import { randomInstance } from './random-instance';

const SEEDS = Array.from({ length: 80 }, (_, i) => 1000 + i);

describe('rotation planner: the HiGHS optimum equals exhaustive search on random small districts', () => {
  it.each(SEEDS)('seed %i: same unmet targets and move count, every move passing the rules', async (seed) => {
    const facts = randomInstance(seed);
    const reference = exhaustiveOptimum(facts);
    const plan = await planRotations(facts);
    const moves = plan.moves.map((m) => m.move);

    // The reference itself is a valid plan by the independent judge (it is not trusted blindly either).
    const referenceVerdict = judge(facts, reference.moves);
    expect(referenceVerdict.problems).toEqual([]);
    expect(referenceVerdict.unmet).toHaveLength(reference.unmet);

    const verdict = judge(facts, moves);
    expect(verdict.problems).toEqual([]);
    expect(verdict.unmet.sort()).toEqual(plan.unmet.map((u) => `${u.postId}:${u.target}`).sort());
    expect({ unmet: plan.unmet.length, moves: moves.length }).toEqual({
      unmet: reference.unmet,
      moves: reference.moves.length,
    });
    expect(plan.solver.status).toMatch(/^(Optimal|Empty)$/);
  });

  it('the instances are not trivial: moves, chains and unmet targets all occur', async () => {
    let withMoves = 0;
    let withUnmet = 0;
    let withChains = 0;
    for (const seed of SEEDS) {
      const plan = await planRotations(randomInstance(seed));
      if (plan.moves.length > 0) withMoves++;
      if (plan.unmet.length > 0) withUnmet++;
      const from = new Set(plan.moves.map((m) => m.move.fromPostId));
      if (plan.moves.some((m) => from.has(m.move.toPostId))) withChains++;
    }
    expect(withMoves).toBeGreaterThan(SEEDS.length / 2);
    expect(withUnmet).toBeGreaterThan(5);
    expect(withChains).toBeGreaterThan(3);
  });
});
