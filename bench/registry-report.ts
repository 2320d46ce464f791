import type { LoadResult } from './registry-load';
import type { CpuShares } from './shared/cpu-usage';
import type { RunMachine } from './shared/machine-info';
import type { ResultHeader } from './shared/result-header';
import { fmt, latencyQuad, textTable } from './shared/text-table';
import { describePlan, type PlanStability, type StatementPlan } from './registry-plans';
import type { QueryGroup } from './registry-scenarios';
import type { VolumeFacts } from './registry-volume';
import { ratio, round } from './shared/stats';

/** One side pair (HTTP, direct SQL) of one query at one concurrency. */
export interface LevelFigures {
  concurrency: number;
  /** Through the API: HTTP, Nest, the auth guard (its own user lookup), TypeORM, the SQL, JSON. */
  http: LoadResult;
  /** The same statements over `pg` from the bench, one pooled connection per request. */
  sql: LoadResult;
  /** HTTP figure / the auth/me HTTP figure at the same concurrency (latency above 1: costlier). */
  ratioToBaseline: { p50: number | null; p99: number | null; throughput: number | null };
  /** HTTP p50 minus direct-SQL p50: what the API adds on top of its SQL. */
  apiOverheadP50Ms: number;
}

export interface AimVerdict {
  /** The aim at c=1; `p99MsC8` the one at c=8 (a p99 at or under the aim meets it). */
  p99Ms: number;
  p99MsC8: number;
  /** Judged on the HTTP p99 at c=1 (one user at a time); c=8 shown as well. */
  c1: 'met' | 'not met' | 'not measured';
  c8: 'met' | 'not met' | 'not measured';
}

/** A plan in short, for the plans taken right after the load (before VACUUM). */
export interface PlanBrief {
  role: string;
  verdict: StatementPlan['verdict'];
  indexes: string[];
  seqScans: StatementPlan['seqScans'];
  /** describeScans(): how each large table is reached, and the sorts. */
  summary: string;
  executionMs: number;
}

export interface QueryResult {
  id: string;
  label: string;
  group: QueryGroup;
  /** The first request, e.g. `GET /api/v1/cadres?q=thi+hoa&limit=20&offset=0`. */
  request: string;
  /** Distinct requests rotated over (1 for a fixed query). */
  inputs: number;
  /** What the first request answered (total and items of a page, or the eligibility verdict). */
  answer: Record<string, unknown>;
  /** Statements per request (BEGIN/SET/COMMIT of a transaction included). */
  statementsPerRequest: number;
  /** The captured statements, found in Postgres' statement log while the API answered the same request. */
  sqlSeenInServerLog: { statements: number; found: number };
  levels: LevelFigures[];
  aim: AimVerdict | null;
  /** One line per read: index or seq scan, sorts, execution time (from `plans`). */
  planSummary: string[];
  /** EXPLAIN (ANALYZE, BUFFERS) of each read of the first request, after VACUUM and the measured runs. */
  plans: StatementPlan[];
  /** The same reads planned right after the load and ANALYZE, before VACUUM (list and search only). */
  plansAfterLoad: PlanBrief[] | null;
  /** The plans picked over several fresh ANALYZE samples of cadre, at the end (list and search only). */
  planStability: PlanStability[] | null;
}

export interface RegistryResults extends ResultHeader {
  machine: RunMachine & {
    /** How the cores were used during each level's measured rounds: by the bench's processes, by others. */
    cpuDuringRounds: Record<string, CpuShares>;
  };
  postgres: { version: string; settings: Record<string, string> };
  dataset: {
    cadres: number;
    seed: string;
    /** Wall time of `npm run seed -- --cadres N` (a child process: generation, write, its own ANALYZE). */
    seedSec: number;
    /** Its stages as it reported them (`✔ label (s)`). */
    seedStages: { label: string; sec: number }[];
    analyzeSec: number;
    /** Pages the trigram indexes still held in their GIN pending list after the load (flushed before VACUUM). */
    ginPendingPagesFlushed: Record<string, number>;
    vacuumSec: number;
    /** The procedures' volume written beside the registry (bench/registry-volume.ts). */
    volume: VolumeFacts;
    rows: Record<string, number>;
    databaseBytes: number;
  };
  settings: {
    quick: boolean;
    requests: { c1: number; c8: number };
    warmup: { c1: number; c8: number };
    rounds: number;
    inputs: number;
    logLevel: string;
    levels: number[];
    only: string[];
    reader: string;
    eligibilityAsOf: string;
    /** ANALYZE cadre + EXPLAIN rounds of the plan-stability check. */
    stabilityTrials: number;
    directSqlPool: string;
    order: string;
  };
  aims: {
    listSearchP99Ms: number;
    eligibilityP99Ms: number;
    /** Issue 14: list, search and the inbox at c=8. */
    listSearchInboxP99MsC8: number;
    judgedOn: string;
  };
  queries: QueryResult[];
  checks: { errors: number; restarts: number; sqlSeenInServerLog: boolean; ok: boolean };
  durationSec: number;
}

export function levelFigures(
  concurrency: number,
  http: LoadResult,
  sql: LoadResult,
  baseline: LoadResult,
): LevelFigures {
  return {
    concurrency,
    http,
    sql,
    ratioToBaseline: {
      p50: ratio(http.latency.p50, baseline.latency.p50),
      p99: ratio(http.latency.p99, baseline.latency.p99),
      throughput: ratio(http.throughputPerSec, baseline.throughputPerSec),
    },
    apiOverheadP50Ms: round(http.latency.p50 - sql.latency.p50),
  };
}

export function aimVerdict(
  aim: { c1: number; c8: number } | undefined,
  levels: readonly LevelFigures[],
): AimVerdict | null {
  if (aim === undefined) return null;
  const at = (c: number) => levels.find((l) => l.concurrency === c)?.http.latency.p99 ?? Number.NaN;
  // A level left out (`--levels 1`) is not measured, not missed.
  const judge = (value: number, limit: number) =>
    Number.isNaN(value) ? 'not measured' : value <= limit ? 'met' : 'not met';
  return { p99Ms: aim.c1, p99MsC8: aim.c8, c1: judge(at(1), aim.c1), c8: judge(at(8), aim.c8) };
}

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

/** Latencies per query and level, ratio to auth/me, direct SQL, aim; then the plans. */
export function formatTables(results: RegistryResults): string {
  const latency: string[][] = [
    ['query', 'c', 'p50/p95/p99/max ms', 'req/s', '×me p50/p99', 'SQL p50/p99', 'API+ p50', 'aim p99'],
  ];
  for (const q of results.queries) {
    for (const level of q.levels) {
      const aim =
        q.aim === null
          ? ''
          : `≤${level.concurrency === 1 ? q.aim.p99Ms : q.aim.p99MsC8} ${level.concurrency === 1 ? q.aim.c1 : q.aim.c8}`.replace(
              'not met',
              'NOT MET',
            );
      latency.push([
        level.concurrency === 1 ? q.label : '',
        String(level.concurrency),
        latencyQuad(level.http.latency),
        fmt(level.http.throughputPerSec, 0),
        `${fmt(level.ratioToBaseline.p50)} / ${fmt(level.ratioToBaseline.p99)}`,
        `${fmt(level.sql.latency.p50)} / ${fmt(level.sql.latency.p99)}`,
        fmt(level.apiOverheadP50Ms),
        aim,
      ]);
    }
  }
  const plans: string[] = [
    'Plans (EXPLAIN ANALYZE of the first request after VACUUM and the runs; right after the load, before ' +
      `VACUUM; and over ${results.settings.stabilityTrials} fresh ANALYZE samples of cadre):`,
  ];
  for (const q of results.queries) {
    plans.push(q.label);
    const width = Math.max(...q.plans.map((p) => p.role.length));
    q.plans.forEach((plan, i) => {
      const indent = ' '.repeat(width + 4);
      plans.push(`  ${plan.role.padEnd(width)}  ${describePlan(plan).slice(plan.role.length + 2)}`);
      const before = q.plansAfterLoad?.[i];
      if (before && (before.verdict !== plan.verdict || before.indexes.join() !== plan.indexes.join()))
        plans.push(`${indent}right after the load: ${before.summary}; ${before.executionMs} ms`);
      const stability = q.planStability?.find((p) => p.role === plan.role);
      if (stability && stability.plans.length > 1) {
        plans.push(`${indent}over ${stability.trials} ANALYZEs the plan changes:`);
        for (const alternative of stability.plans) {
          const estimates = alternative.cadreEstimates;
          const range = estimates.length
            ? ` (cadre rows estimated ${Math.min(...estimates)}–${Math.max(...estimates)})`
            : '';
          plans.push(`${indent}  ${alternative.times}× ${alternative.scans}${range}`);
        }
      }
    });
  }
  const d = results.dataset;
  const header =
    `${d.cadres.toLocaleString('en-US')} cadres (${Object.entries(d.rows)
      .filter(([t]) => t !== 'cadre')
      .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
      .join(', ')}); seed ${d.seedSec} s, ANALYZE ${d.analyzeSec} s, VACUUM ${d.vacuumSec} s\n` +
    `cores during the measured rounds: ${Object.entries(results.machine.cpuDuringRounds)
      .map(
        ([level, c]) =>
          `${level} ${pct(c.busy)} busy (bench ${pct(c.bench)}, other processes ${pct(c.other)})`,
      )
      .join('; ')}\n` +
    `×me: HTTP latency / GET /auth/me latency at the same c. SQL: the same statements over pg, no HTTP. ` +
    `API+: HTTP p50 − SQL p50.\n`;
  return `${header}\n${textTable(latency, { gap: '  ', rightAligned: (c) => c > 0 && c < 7, trimEnd: true })}\n\n${plans.join('\n')}\n`;
}
