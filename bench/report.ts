import type { StartProfileSummary } from './appointment-start-profile';
import type { PhaseResult } from './load';
import type { DevServerRecord } from './shared/dev-server';
import type { ResultHeader } from './shared/result-header';
import { ratio } from './shared/stats';
import { fmt, latencyQuad as quad, SIDE_BY_SIDE, textTable } from './shared/text-table';

/** A / B of one concurrency level: above 1 means A is slower (latency) or faster (throughput). */
export interface LevelRatios {
  throughput: number | null;
  startP50: number | null;
  startP99: number | null;
  decisionP50: number | null;
  decisionP99: number | null;
  procedureP50: number | null;
  procedureP99: number | null;
  /** A's start (answered with the proposal recorded) over B''s start of the same shape (update-with-start). */
  recordedStartP50: number | null;
  recordedStartP99: number | null;
}

export interface LevelResult {
  concurrency: number;
  iterations: number;
  warmupIterations: number;
  rounds: number;
  /** B: bare workflow driven with @temporalio/client. */
  baseline: PhaseResult;
  /** B': the same bare workflow, its start answered once its proposal ran (update-with-start). */
  recordedStartBaseline: PhaseResult;
  /** A: POST /appointments + POST …/withdraw through the API, the worker and Postgres. */
  api: PhaseResult;
  /** A / B. */
  ratio: LevelRatios;
  /** Where A's starts spent their time (the API's request spans), medians. */
  startProfile: StartProfileSummary;
}

export interface BenchResults extends ResultHeader {
  devServer: DevServerRecord;
  settings: {
    quick: boolean;
    iterations: { c1: number; c32: number };
    warmup: { c1: number; c32: number };
    /** Measured iterations of a level are split in this many interleaved B/A rounds. */
    rounds: number;
    logLevel: string;
    order: string;
  };
  levels: LevelResult[];
  checks: {
    /** Every A appointment (warm-ups included) ended withdrawn in Postgres, its withdrawal one step. */
    postgres: {
      withdrawn: number;
      inProgress: number;
      withdrawnSteps: number;
      expectedWithdrawn: number;
      ok: boolean;
    };
    /** Running workflows left after each phase was drained (0 everywhere when all completed). */
    leftRunning: number;
    /** Restarts of the supervised API and worker during the run (0 for a valid run). */
    restarts: number;
    /** Failed iterations of the measured rounds, both sides. */
    errors: number;
    ok: boolean;
  };
  durationSec: number;
}

export function levelRatios(
  api: PhaseResult,
  baseline: PhaseResult,
  recordedStart: PhaseResult,
): LevelRatios {
  return {
    recordedStartP50: ratio(api.start.p50, recordedStart.start.p50),
    recordedStartP99: ratio(api.start.p99, recordedStart.start.p99),
    throughput: ratio(api.throughputPerSec, baseline.throughputPerSec),
    startP50: ratio(api.start.p50, baseline.start.p50),
    startP99: ratio(api.start.p99, baseline.start.p99),
    decisionP50: ratio(api.decision.p50, baseline.decision.p50),
    decisionP99: ratio(api.decision.p99, baseline.decision.p99),
    procedureP50: ratio(api.procedure.p50, baseline.procedure.p50),
    procedureP99: ratio(api.procedure.p99, baseline.procedure.p99),
  };
}

/** A plain-text table: one block per concurrency level, B and A side by side, then A/B. */
export function formatTable(results: BenchResults): string {
  const rows: string[][] = [];
  for (const level of results.levels) {
    const { baseline: b, api: a, ratio: r } = level;
    rows.push([
      `c=${level.concurrency}, ${level.iterations} procedures`,
      'B bare Temporal',
      'A API+Postgres',
      'A/B',
    ]);
    rows.push([
      '  throughput (procedures/s)',
      fmt(b.throughputPerSec),
      fmt(a.throughputPerSec),
      fmt(r.throughput, 2),
    ]);
    rows.push([
      '  start    p50/p95/p99/max ms',
      quad(b.start),
      quad(a.start),
      `p50 ${fmt(r.startP50, 2)}  p99 ${fmt(r.startP99, 2)}`,
    ]);
    rows.push([
      "  start    B' update-with-start",
      quad(level.recordedStartBaseline.start),
      quad(a.start),
      `p50 ${fmt(r.recordedStartP50, 2)}  p99 ${fmt(r.recordedStartP99, 2)}`,
    ]);
    rows.push([
      '  decision p50/p95/p99/max ms',
      quad(b.decision),
      quad(a.decision),
      `p50 ${fmt(r.decisionP50, 2)}  p99 ${fmt(r.decisionP99, 2)}`,
    ]);
    rows.push([
      '  start+decision p50/p95/p99/max',
      quad(b.procedure),
      quad(a.procedure),
      `p50 ${fmt(r.procedureP50, 2)}  p99 ${fmt(r.procedureP99, 2)}`,
    ]);
    if (a.decisionRetries > 0) {
      rows.push([
        '  A decisions retried after 404',
        '',
        `${a.decisionsRetried} (${a.decisionRetries} retries)`,
        '',
      ]);
    }
    if (a.errors + b.errors > 0) rows.push(['  errors', String(b.errors), String(a.errors), '']);
    rows.push([]);
  }
  return textTable(rows, SIDE_BY_SIDE);
}
