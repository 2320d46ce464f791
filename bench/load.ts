import { performance } from 'node:perf_hooks';
import type { LoopRun, RunOutcome } from './shared/closed-loop';
import { poolRuns } from './shared/closed-loop';
import { summarize, type LatencySummary } from './shared/stats';

/** Timings of one procedure: start, then the decision round trip. */
export interface IterationTiming {
  startMs: number;
  decisionMs: number;
  /** Extra attempts the decision needed (A only: 404 before the proposal reached Postgres). */
  decisionRetries: number;
}

/** One procedure, numbered within its phase. Throws when it did not complete as expected. */
export type Iteration = (index: number) => Promise<IterationTiming>;

/** Raw samples of one closed-loop run; several runs (rounds) of one side are merged by summarizePhases. */
export type PhaseSamples = LoopRun<IterationTiming>;

/** One side at one concurrency; throughputPerSec counts procedures decided (withdrawn). */
export interface PhaseResult extends RunOutcome {
  concurrency: number;
  iterations: number;
  start: LatencySummary;
  decision: LatencySummary;
  /** start + decision of each procedure: the API may move waiting from one request to the other. */
  procedure: LatencySummary;
  /** Decisions that needed at least one retry, and the retries in total. */
  decisionsRetried: number;
  decisionRetries: number;
}

/** One side's result at one concurrency: the rounds' samples pooled, throughput over their summed wall time. */
export function summarizePhases(phases: readonly PhaseSamples[]): PhaseResult {
  const { concurrency, count, samples: timings, outcome } = poolRuns(phases);
  return {
    concurrency,
    iterations: count,
    ...outcome,
    start: summarize(timings.map((t) => t.startMs)),
    decision: summarize(timings.map((t) => t.decisionMs)),
    procedure: summarize(timings.map((t) => t.startMs + t.decisionMs)),
    decisionsRetried: timings.filter((t) => t.decisionRetries > 0).length,
    decisionRetries: timings.reduce((sum, t) => sum + t.decisionRetries, 0),
  };
}

/** Milliseconds since `since` (a performance.now() value). */
export function elapsed(since: number): number {
  return performance.now() - since;
}
