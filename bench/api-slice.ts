import { performance } from 'node:perf_hooks';
import { appointmentRequest, PROPOSER, type CandidatePair } from './approval-setup';
import { elapsed, type Iteration } from './load';
import { http, unexpected } from './shared/http';
import { signIn } from './shared/sign-in';

/** How long a withdrawal keeps being retried while the API answers 404 (proposal not in Postgres yet). */
const NOT_FOUND_RETRY_FOR_MS = 20_000;
/** Backoff of those retries: 5 ms, doubled up to 50 ms, so waiting commands do not flood the API. */
const NOT_FOUND_FIRST_DELAY_MS = 5;
const NOT_FOUND_MAX_DELAY_MS = 50;

export interface ApiTokens {
  proposer: string;
}

/** Signs in HR once; every iteration reuses the token, as a web panel would. */
export async function signInBenchUsers(apiUrl: string): Promise<ApiTokens> {
  return { proposer: await signIn(apiUrl, PROPOSER) };
}

/**
 * Side A: one appointment on the procedure kernel through the HTTP API, the shape of the baseline: a
 * start, then one command. HR proposes an outside candidate (POST /appointments: the API checks the
 * registry, the directory and separation of duties, starts the workflow, and answers once the first step
 * is in Postgres or after 3 s), then, right after the 201, withdraws it with a reason (an Update,
 * scope-checked on the procedure row; the workflow cancels whatever it had opened and records the step).
 * Should the API answer 404 because the proposal is not in Postgres yet, the withdrawal is retried with a
 * short backoff; the retries are counted and their time is in the latency.
 */
export function apiIteration(
  apiUrl: string,
  tokens: ApiTokens,
  pairs: readonly CandidatePair[],
  phase: string,
): Iteration {
  return async (index) => {
    const pair = pairs[index % pairs.length];
    const startedAt = performance.now();
    const started = await http(
      'POST',
      `${apiUrl}/api/v1/appointments`,
      tokens.proposer,
      appointmentRequest(pair, 1),
    );
    const startMs = elapsed(startedAt);
    const id = (started.body as { id?: unknown } | undefined)?.id;
    if (started.status !== 201 || typeof id !== 'string')
      throw unexpected(`POST /appointments (${phase})`, started);

    const [, postId, n] = id.split('/');
    const withdrawUrl = `${apiUrl}/api/v1/appointments/${encodeURIComponent(postId)}/${encodeURIComponent(n)}/withdraw`;
    const decidedAt = performance.now();
    let decisionRetries = 0;
    let delayMs = NOT_FOUND_FIRST_DELAY_MS;
    for (;;) {
      const withdrawn = await http('POST', withdrawUrl, tokens.proposer, {
        reason: 'Đo hiệu năng: rút đề nghị',
      });
      if (withdrawn.status === 200) {
        if ((withdrawn.body as { state?: unknown }).state !== 'withdrawn')
          throw unexpected('POST withdraw', withdrawn);
        break;
      }
      if (withdrawn.status !== 404 || elapsed(decidedAt) > NOT_FOUND_RETRY_FOR_MS)
        throw unexpected('POST withdraw', withdrawn);
      decisionRetries++;
      await new Promise((resolveDelay) => setTimeout(resolveDelay, delayMs));
      delayMs = Math.min(delayMs * 2, NOT_FOUND_MAX_DELAY_MS);
    }
    return { startMs, decisionMs: elapsed(decidedAt), decisionRetries };
  };
}
