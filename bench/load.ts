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

/** Raw samples of one closed-loop run; several runs (rounds) of one side are merged by summarizePhases. */
export interface PhaseSamples {
  concurrency: number;
  iterations: number;
  wallMs: number;
  timings: IterationTiming[];
  errors: number;
  errorSamples: string[];
}

export interface PhaseResult {
  concurrency: number;
  iterations: number;
  completed: number;
  errors: number;
  /** The first few distinct error messages, so a failed run says why. */
  errorSamples: string[];
  /** Wall time of the measured runs, summed over the rounds. */
  wallMs: number;
  /** Completed nominations (decision answered) per second of wall time at this concurrency. */
  throughputPerSec: number;
  start: LatencySummary;
  decision: LatencySummary;
  /** start + decision of each nomination: the API may move waiting from one request to the other. */
  nomination: LatencySummary;
  /** Decisions that needed at least one retry, and the retries in total. */
  decisionsRetried: number;
  decisionRetries: number;
}

/**
 * Closed loop: `concurrency` callers, each starting its next nomination as soon as its previous one was
 * decided, until `iterations` nominations were run. Wall time runs from the first start to the last answer.
 */
export async function runPhase(
  concurrency: number,
  iterations: number,
  iteration: Iteration,
): Promise<PhaseSamples> {
  const timings: IterationTiming[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let next = 0;

  const caller = async () => {
    for (let index = next++; index < iterations; index = next++) {
      try {
        timings.push(await iteration(index));
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add((error as Error).message.split('\n')[0]);
      }
    }
  };

  const began = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, iterations) }, caller));
  return {
    concurrency,
    iterations,
    wallMs: performance.now() - began,
    timings,
    errors,
    errorSamples: [...errorSamples],
  };
}

/** One side's result at one concurrency: the rounds' samples pooled, throughput over their summed wall time. */
export function summarizePhases(phases: readonly PhaseSamples[]): PhaseResult {
  const timings = phases.flatMap((p) => p.timings);
  const wallMs = phases.reduce((sum, p) => sum + p.wallMs, 0);
  return {
    concurrency: phases[0]?.concurrency ?? 0,
    iterations: phases.reduce((sum, p) => sum + p.iterations, 0),
    completed: timings.length,
    errors: phases.reduce((sum, p) => sum + p.errors, 0),
    errorSamples: [...new Set(phases.flatMap((p) => p.errorSamples))].slice(0, 5),
    wallMs: round(wallMs),
    throughputPerSec: round(wallMs > 0 ? (timings.length / wallMs) * 1000 : Number.NaN),
    start: summarize(timings.map((t) => t.startMs)),
    decision: summarize(timings.map((t) => t.decisionMs)),
    nomination: summarize(timings.map((t) => t.startMs + t.decisionMs)),
    decisionsRetried: timings.filter((t) => t.decisionRetries > 0).length,
    decisionRetries: timings.reduce((sum, t) => sum + t.decisionRetries, 0),
  };
}

/** Milliseconds since `since` (a performance.now() value). */
export function elapsed(since: number): number {
  return performance.now() - since;
}
