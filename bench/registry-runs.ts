/**
 * Stage 5 of the registry bench, the measured runs: per level a warm-up of every query, then rounds of
 * (HTTP share, SQL share) per query; the rounds pooled into each query's figures at that level.
 */
import type { Pool } from 'pg';
import type { Progress } from '@personnel/dev-runtime';
import {
  closedLoop,
  httpCall,
  InputCursor,
  sqlCall,
  summarizeSamples,
  type Call,
  type Samples,
} from './registry-load';
import type { RegistryBenchOptions } from './registry-options';
import { levelFigures, type LevelFigures } from './registry-report';
import type { Scenario } from './registry-scenarios';
import type { Statement } from './registry-sql';
import { shares } from './shared/closed-loop';
import { cpuSpan, type CpuShares } from './shared/cpu-usage';

interface Sides {
  http: Call;
  sql: Call;
  cursors: { http: InputCursor; sql: InputCursor };
}

export interface RegistryRunsInput {
  scenarios: readonly Scenario[];
  /** Captured statements of each scenario, per input. */
  statements: ReadonlyMap<string, Statement[][]>;
  options: RegistryBenchOptions;
  apiUrl: string;
  /** The bearer token of the scenario's reader. */
  tokenFor(scenario: Scenario): string;
  /** A pool of `max` direct connections for the SQL side of a level, and its end. */
  openPool(max: number): Pool;
  closePool(pool: Pool): Promise<void>;
  progress: Progress;
}

export interface RegistryRuns {
  /** Per scenario id, its figures at each level. */
  figures: Map<string, LevelFigures[]>;
  errors: number;
  /** How the cores were used during each level's measured rounds (`c1`, `c8`). */
  cpuDuringRounds: Record<string, CpuShares>;
}

export async function measureRegistry(input: RegistryRunsInput): Promise<RegistryRuns> {
  const { scenarios, statements, options, progress } = input;
  const cursors = new Map(
    scenarios.map((s) => [s.id, { http: new InputCursor(s.inputs), sql: new InputCursor(s.inputs) }]),
  );
  const figures = new Map<string, LevelFigures[]>(scenarios.map((s) => [s.id, []]));
  let errors = 0;
  const cpuDuringRounds: Record<string, CpuShares> = {};
  for (const concurrency of options.levels) {
    const key = concurrency === 1 ? 'c1' : 'c8';
    const direct = input.openPool(concurrency);
    const sides = new Map<string, Sides>(
      scenarios.map((s) => [
        s.id,
        {
          http: httpCall(input.apiUrl, input.tokenFor(s), (i) => s.request(i)),
          sql: sqlCall(direct, statements.get(s.id) ?? []),
          cursors: cursors.get(s.id) as Sides['cursors'],
        },
      ]),
    );
    const run = async (scenario: Scenario, side: 'http' | 'sql', n: number) => {
      const entry = sides.get(scenario.id) as Sides;
      const samples = await closedLoop(concurrency, n, entry.cursors[side], entry[side]);
      errors += samples.errors;
      if (samples.errors > 0)
        progress.info(
          `${scenario.label} ${side} c=${concurrency}: ${samples.errors} FAILED: ${samples.errorSamples.join(' | ')}`,
        );
      return samples;
    };
    await progress.step(
      `c=${concurrency}: warm-up, ${options.warmup[key]} requests per query and side`,
      async () => {
        for (const scenario of scenarios) {
          await run(scenario, 'http', options.warmup[key]);
          await run(scenario, 'sql', options.warmup[key]);
        }
      },
    );
    const measured = new Map(scenarios.map((s) => [s.id, { http: [] as Samples[], sql: [] as Samples[] }]));
    const span = cpuSpan();
    for (const [r, n] of shares(options.requests[key], options.rounds).entries()) {
      await progress.step(
        `c=${concurrency}: round ${r + 1}/${options.rounds}, ${n} requests per query and side`,
        async () => {
          for (const scenario of scenarios) {
            const m = measured.get(scenario.id) as { http: Samples[]; sql: Samples[] };
            m.http.push(await run(scenario, 'http', n));
            m.sql.push(await run(scenario, 'sql', n));
          }
        },
      );
    }
    cpuDuringRounds[key] = span();
    if ((cpuDuringRounds[key].other ?? 0) > 0.1)
      progress.info(
        `other processes used ${Math.round((cpuDuringRounds[key].other ?? 0) * 100)} % of the cores during c=${concurrency}: figures are disturbed`,
      );
    const baseline = summarizeSamples(measured.get('auth-me')?.http ?? []);
    for (const scenario of scenarios) {
      const m = measured.get(scenario.id) as { http: Samples[]; sql: Samples[] };
      const level = levelFigures(concurrency, summarizeSamples(m.http), summarizeSamples(m.sql), baseline);
      figures.get(scenario.id)?.push(level);
      progress.info(
        `${scenario.label}, c=${concurrency}: p50 ${level.http.latency.p50} / p99 ${level.http.latency.p99} ms, ` +
          `${level.http.throughputPerSec}/s; SQL p50 ${level.sql.latency.p50} / p99 ${level.sql.latency.p99} ms`,
      );
    }
    await input.closePool(direct);
  }
  return { figures, errors, cpuDuringRounds };
}
