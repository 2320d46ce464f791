import { performance } from 'node:perf_hooks';
import { elapsed, type Iteration } from './load';
import { http, unexpected } from './shared/http';
import { signIn } from './shared/sign-in';

/** How long a decision keeps being retried while the API answers 404 (proposal not in Postgres yet). */
const NOT_FOUND_RETRY_FOR_MS = 20_000;
/** Backoff of those retries: 5 ms, doubled up to 50 ms, so waiting decisions do not flood the API. */
const NOT_FOUND_FIRST_DELAY_MS = 5;
const NOT_FOUND_MAX_DELAY_MS = 50;

/** Demo accounts that `startSystem` creates in embedded mode: the proposer and the approver of side A. */
export const BENCH_PROPOSER = 'U-HR-01';
export const BENCH_APPROVER = 'U-PBT-01';

export interface ApiTokens {
  proposer: string;
  approver: string;
}

/** Signs in the two demo accounts once; every iteration reuses their tokens, as a web panel would. */
export async function signInBenchUsers(apiUrl: string): Promise<ApiTokens> {
  return { proposer: await signIn(apiUrl, BENCH_PROPOSER), approver: await signIn(apiUrl, BENCH_APPROVER) };
}

/**
 * Side A: one nomination through the HTTP API with one approver. POST /nominations, then, right after
 * the 201, POST .../decisions with "approve", each with the bearer token of its demo account. The decision latency runs from its first attempt to the
 * 200. Should the API answer 404 because the worker has not recorded the proposal in Postgres yet, the
 * decision is retried with a short backoff; the retries are counted and their time is in the latency
 * (the baseline's Update waits for the proposal inside the workflow instead).
 */
export function apiIteration(apiUrl: string, tokens: ApiTokens, phase: string): Iteration {
  const nominations = `${apiUrl}/api/v1/nominations`;
  return async (index) => {
    const cadreId = `CB-${phase}-${index}`;
    const startedAt = performance.now();
    const started = await http('POST', nominations, tokens.proposer, {
      cadreId,
      postId: 'BENCH-POST',
      approverIds: [BENCH_APPROVER],
    });
    const startMs = elapsed(startedAt);
    const id = (started.body as { id?: unknown } | undefined)?.id;
    if (started.status !== 201 || typeof id !== 'string') throw unexpected('POST /nominations', started);

    const decisionsUrl = `${nominations}/${encodeURIComponent(id)}/decisions`;
    const decidedAt = performance.now();
    let decisionRetries = 0;
    let delayMs = NOT_FOUND_FIRST_DELAY_MS;
    for (;;) {
      const decided = await http('POST', decisionsUrl, tokens.approver, { decision: 'approve' });
      if (decided.status === 200) {
        const state = (decided.body as { state?: unknown }).state;
        if (state !== 'approved') throw unexpected('POST decisions', decided);
        break;
      }
      if (decided.status !== 404 || elapsed(decidedAt) > NOT_FOUND_RETRY_FOR_MS)
        throw unexpected('POST decisions', decided);
      decisionRetries++;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, delayMs));
      delayMs = Math.min(delayMs * 2, NOT_FOUND_MAX_DELAY_MS);
    }
    return { startMs, decisionMs: elapsed(decidedAt), decisionRetries };
  };
}
