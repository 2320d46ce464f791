/**
 * `npm run bench:planner [-- --quick]`
 *
 * The rotation planner (libs/planner) on generated organisations, in memory (no database): the Đầm Hà
 * demo (2,000 cadres) and 5,000 cadres, each in three scenarios — as generated (every commune head
 * non-local, a few heads already at two terms), one commune head in three made local, and the
 * organisation five years on (heads appointed in 2021 reach two terms). Baseline in the same process:
 * building the planner's facts from the generated rows. Writes bench/results/rotation-planner.json.
 */
import { performance } from 'node:perf_hooks';
import type { RotationPlannerFacts } from '@personnel/contracts';
import { planRotations } from '@personnel/planner';
import { generateDataset } from '@personnel/seed';
import { plannerFactsFromSeed } from './planner-facts-from-seed';
import { gitInfo } from './shared/machine-info';
import { writeResultsFile } from './shared/results-file';
import { round } from './shared/stats';

const AIM_MS = 5_000;
const REPEATS = process.argv.includes('--quick') ? 1 : 3;

interface Scenario {
  name: string;
  asOf: string;
  /** Changes the facts in place before planning. */
  alter?: (facts: RotationPlannerFacts) => void;
}

const SCENARIOS: Scenario[] = [
  { name: 'as-generated', asOf: '2026-01-15' },
  { name: 'every-third-commune-head-local', asOf: '2026-01-15', alter: makeCommuneHeadsLocal },
  { name: 'five-years-on', asOf: '2031-01-15' },
];

/** One commune head post in three gets a holder from that very commune (hometown rewritten). */
function makeCommuneHeadsLocal(facts: RotationPlannerFacts): void {
  const cadres = new Map(facts.cadres.map((c) => [c.facts.cadreCode, c]));
  facts.posts
    .filter((p) => p.facts.requiresNonLocal && p.holderIds.length > 0)
    .filter((_, i) => i % 3 === 0)
    .forEach((p) => {
      const holder = cadres.get(p.holderIds[0]);
      if (holder) holder.facts.hometownLocalityCode = p.facts.unitLocalityCode;
    });
}

const msSince = (start: number) => round(performance.now() - start, 1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const runs = [];
  for (const cadres of [2_000, 5_000]) {
    let started = performance.now();
    const dataset = generateDataset({ cadres });
    const generateMs = msSince(started);
    for (const scenario of SCENARIOS) {
      const factsMs: number[] = [];
      const planMs: number[] = [];
      let last;
      for (let i = 0; i < REPEATS; i++) {
        started = performance.now();
        const facts = plannerFactsFromSeed(dataset.tables, scenario.asOf);
        scenario.alter?.(facts);
        factsMs.push(msSince(started));
        started = performance.now();
        last = { facts, plan: await planRotations(facts) };
        planMs.push(msSince(started));
      }
      if (!last) throw new Error('no run');
      const { facts, plan } = last;
      const run = {
        cadres,
        scenario: scenario.name,
        asOf: scenario.asOf,
        cadresHoldingPosts: facts.cadres.length,
        posts: facts.posts.length,
        baselineFactsMs: median(factsMs),
        plannerMs: median(planMs),
        ratioToBaseline: round(median(planMs) / median(factsMs), 2),
        solver: plan.solver,
        moves: plan.moves.length,
        unmet: plan.unmet.length,
        figures: plan.figures,
        withinAim: median(planMs) < AIM_MS,
      };
      runs.push(run);
      console.log(
        `${String(cadres).padStart(5)} cadres ${scenario.name.padEnd(32)} facts ${run.baselineFactsMs} ms, ` +
          `planner ${run.plannerMs} ms (HiGHS ${plan.solver.millis} ms, ${plan.solver.variables} vars, ` +
          `${plan.solver.constraints} rows, ${plan.solver.status}), ${run.moves} moves, ${run.unmet} unmet`,
      );
    }
    console.log(`${cadres} cadres generated in ${generateMs} ms`);
  }
  const file = writeResultsFile('rotation-planner', {
    name: 'rotation-planner',
    date: new Date().toISOString(),
    git: gitInfo(),
    node: process.version,
    repeats: REPEATS,
    aimMs: AIM_MS,
    runs,
  });
  console.log(`results: ${file}`);
  if (runs.some((r) => !r.withinAim)) process.exitCode = 1;
}

void main();
