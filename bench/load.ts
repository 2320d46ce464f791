import { performance } from 'node:perf_hooks';
import { round, summarize, type LatencySummary } from './stats';

/** Timings of one nomination: start, then the decision round trip. */
export interface IterationTiming {
  startMs: number;
  decisionMs: number;
  /** Extra attempts the decision needed (A only: 404 before the proposal reached Postgres). */
  decisionRetries: number;
}

/** One nomination, numbered within its phase. Throws when it did not complete as expected. */
export type Iteration = (index: number) => Promise<IterationTiming>;

export interface PhaseResult {
  concurrency: number;
  iterations: number;
  completed: number;
  errors: number;
  /** The first few distinct error messages, so a failed run says why. */
  errorSamples: string[];
  wallMs: number;
  /** Completed nominations (decision answered) per second of wall time at this concurrency. */
  throughputPerSec: number;
  start: LatencySummary;
  decision: LatencySummary;
  /** Decisions that needed at least one retry, and the retries in total. */
  decisionsRetried: number;
  decisionRetries: number;
}

/**
 * Closed loop: `concurrency` callers, each starting its next nomination as soon as its previous one was
 * decided, until `iterations` nominations were run. Wall time runs from the first start to the last answer.
 */
export async function runPhase(concurrency: number, iterations: number, iteration: Iteration): Promise<PhaseResult> {
  const starts: number[] = [];
  const decisions: number[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let decisionsRetried = 0;
  let decisionRetries = 0;
  let next = 0;

  const caller = async () => {
    for (let index = next++; index < iterations; index = next++) {
      try {
        const timing = await iteration(index);
        starts.push(timing.startMs);
        decisions.push(timing.decisionMs);
        if (timing.decisionRetries > 0) decisionsRetried++;
        decisionRetries += timing.decisionRetries;
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add((error as Error).message.split('\n')[0]);
      }
    }
  };

  const began = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, iterations) }, caller));
  const wallMs = performance.now() - began;
  return {
    concurrency,
    iterations,
    completed: decisions.length,
    errors,
    errorSamples: [...errorSamples],
    wallMs: round(wallMs),
    throughputPerSec: round((decisions.length / wallMs) * 1000),
    start: summarize(starts),
    decision: summarize(decisions),
    decisionsRetried,
    decisionRetries,
  };
}

/** Milliseconds since `since` (a performance.now() value). */
export function elapsed(since: number): number {
  return performance.now() - since;
}
