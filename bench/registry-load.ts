/**
 * Closed-loop load for the registry bench: `concurrency` callers, each sending its next request as soon
 * as the previous one answered, over HTTP (the API) or over `pg` (the same statements, no HTTP).
 */
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { replay, type Statement } from './registry-sql';
import type { HttpRequest } from './registry-scenarios';
import { round, summarize, type LatencySummary } from './stats';

const REQUEST_TIMEOUT_MS = 30_000;

/** One request of a scenario, for input number `input`; throws when it did not answer as expected. */
export type Call = (input: number) => Promise<void>;

export interface Samples {
  requests: number;
  wallMs: number;
  latencies: number[];
  errors: number;
  errorSamples: string[];
}

export interface LoadResult {
  requests: number;
  completed: number;
  errors: number;
  /** The first few distinct error messages, so a failed run says why. */
  errorSamples: string[];
  /** Wall time of the measured runs, summed over the rounds. */
  wallMs: number;
  /** Answered requests per second of wall time at this concurrency. */
  throughputPerSec: number;
  latency: LatencySummary;
}

/** Which input a scenario's next request uses: rotating, so detail and eligibility ask about many cadres. */
export class InputCursor {
  private next = 0;
  constructor(private readonly inputs: number) {}
  take(): number {
    const input = this.next % this.inputs;
    this.next++;
    return input;
  }
}

export async function closedLoop(
  concurrency: number,
  requests: number,
  cursor: InputCursor,
  call: Call,
): Promise<Samples> {
  const latencies: number[] = [];
  const errorSamples = new Set<string>();
  let errors = 0;
  let started = 0;
  const caller = async () => {
    while (started < requests) {
      started++;
      const input = cursor.take();
      const at = performance.now();
      try {
        await call(input);
        latencies.push(performance.now() - at);
      } catch (error) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add((error as Error).message.split('\n')[0]);
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, caller));
  return { requests, wallMs: performance.now() - began, latencies, errors, errorSamples: [...errorSamples] };
}

/** The rounds of one side at one level, pooled: percentiles over every sample, throughput over summed wall time. */
export function summarizeSamples(runs: readonly Samples[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies);
  const wallMs = runs.reduce((sum, r) => sum + r.wallMs, 0);
  return {
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    completed: latencies.length,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    errorSamples: [...new Set(runs.flatMap((r) => r.errorSamples))].slice(0, 5),
    wallMs: round(wallMs),
    throughputPerSec: round(wallMs > 0 ? (latencies.length / wallMs) * 1000 : Number.NaN),
    latency: summarize(latencies),
  };
}

export interface HttpAnswer {
  status: number;
  text: string;
}

export async function send(apiUrl: string, token: string, request: HttpRequest): Promise<HttpAnswer> {
  const response = await fetch(`${apiUrl}${request.path}`, {
    method: request.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

/** A request over HTTP: answered 200 and its body read whole, or an error. */
export function httpCall(apiUrl: string, token: string, request: (input: number) => HttpRequest): Call {
  return async (input) => {
    const req = request(input);
    const answer = await send(apiUrl, token, req);
    if (answer.status !== 200)
      throw new Error(`${req.method} ${req.path} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  };
}

/** The same request as its statements over `pg`: one pooled connection, statement after statement. */
export function sqlCall(pool: Pool, statementsByInput: readonly (readonly Statement[])[]): Call {
  return (input) => replay(pool, statementsByInput[input]);
}
