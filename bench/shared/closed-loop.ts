/**
 * Closed-loop load: `concurrency` callers, each starting its next item as soon as its previous one
 * finished, and the rounds of one side pooled into one outcome.
 */
import { performance } from 'node:perf_hooks';
import { round } from './stats';

/** Samples of one closed-loop run (one round of one side at one concurrency). */
export interface LoopRun<S> {
  concurrency: number;
  /** Items run (completed or failed). */
  count: number;
  /** From the first start to the last answer. */
  wallMs: number;
  samples: S[];
  errors: number;
  /** The first few distinct error messages, so a failed run says why. */
  errorSamples: string[];
}

/** Runs items 0 … count−1 with `concurrency` callers; a thrown item counts as an error, not a sample. */
export async function closedLoop<S>(
  concurrency: number,
  count: number,
  run: (index: number) => Promise<S>,
): Promise<LoopRun<S>> {
  const samples: S[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let next = 0;
  const caller = async () => {
    for (let index = next++; index < count; index = next++) {
      try {
        samples.push(await run(index));
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add((error as Error).message.split('\n')[0]);
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, caller));
  return {
    concurrency,
    count,
    wallMs: performance.now() - began,
    samples,
    errors,
    errorSamples: [...errorSamples],
  };
}

/** Closed loop over `items`: `concurrency` callers, each taking the next item as soon as its previous one finished. */
export function overItems<T, S>(
  concurrency: number,
  items: readonly T[],
  run: (item: T) => Promise<S>,
): Promise<LoopRun<S>> {
  return closedLoop(concurrency, items.length, (i) => run(items[i]));
}

/** What the rounds of one side came to, as every bench reports it. */
export interface RunOutcome {
  completed: number;
  errors: number;
  /** The first few distinct error messages, so a failed run says why. */
  errorSamples: string[];
  /** Wall time of the measured runs, summed over the rounds. */
  wallMs: number;
  /** Completed items per second of wall time at this concurrency. */
  throughputPerSec: number;
}

/** The rounds of one side pooled: every sample together, throughput over the summed wall time. */
export function poolRuns<S>(runs: readonly LoopRun<S>[]): {
  concurrency: number;
  count: number;
  samples: S[];
  outcome: RunOutcome;
} {
  const samples = runs.flatMap((r) => r.samples);
  const wallMs = runs.reduce((sum, r) => sum + r.wallMs, 0);
  return {
    concurrency: runs[0]?.concurrency ?? 0,
    count: runs.reduce((sum, r) => sum + r.count, 0),
    samples,
    outcome: {
      completed: samples.length,
      errors: runs.reduce((sum, r) => sum + r.errors, 0),
      errorSamples: [...new Set(runs.flatMap((r) => r.errorSamples))].slice(0, 5),
      wallMs: round(wallMs),
      throughputPerSec: round(wallMs > 0 ? (samples.length / wallMs) * 1000 : Number.NaN),
    },
  };
}

/** Splits n into `parts` near-equal positive shares: the measured count of a level over its rounds. */
export function shares(n: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}
