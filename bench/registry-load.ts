/**
 * Closed-loop load for the registry bench: `concurrency` callers, each sending its next request as soon
 * as the previous one answered, over HTTP (the API) or over `pg` (the same statements, no HTTP).
 */
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { replay, type Statement } from './registry-sql';
import type { HttpRequest } from './registry-scenarios';
import {
  closedLoop as sharedClosedLoop,
  poolRuns,
  type LoopRun,
  type RunOutcome,
} from './shared/closed-loop';
import { summarize, type LatencySummary } from './shared/stats';

const REQUEST_TIMEOUT_MS = 30_000;

/** One request of a scenario, for input number `input`; throws when it did not answer as expected. */
export type Call = (input: number) => Promise<void>;

/** Latencies (ms) of one closed-loop run of requests. */
export type Samples = LoopRun<number>;

export interface LoadResult extends RunOutcome {
  requests: number;
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

/** `requests` requests from `concurrency` callers, each request's input taken from `cursor`; latency per request. */
export function closedLoop(
  concurrency: number,
  requests: number,
  cursor: InputCursor,
  call: Call,
): Promise<Samples> {
  return sharedClosedLoop(concurrency, requests, async () => {
    const input = cursor.take();
    const at = performance.now();
    await call(input);
    return performance.now() - at;
  });
}

/** The rounds of one side at one level, pooled: percentiles over every sample, throughput over summed wall time. */
export function summarizeSamples(runs: readonly Samples[]): LoadResult {
  const { count, samples, outcome } = poolRuns(runs);
  return { requests: count, ...outcome, latency: summarize(samples) };
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
