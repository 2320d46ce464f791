import { Webhook } from 'standardwebhooks';
import type { DeliveryAttemptStatus, PersonnelCloudEvent } from '@personnel/contracts';

export interface PostOutcome {
  status: DeliveryAttemptStatus;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

/**
 * One delivery, signed the Standard Webhooks way (the `standardwebhooks` package): `webhook-id` is the
 * event id (the same on every retry and replay: the subscriber's de-duplication key), `webhook-timestamp`
 * the sending time in seconds, `webhook-signature` `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`
 * under the subscription's `whsec_` secret. The body is the CloudEvent in structured JSON. Any 2xx is
 * delivered; another status, a network error or no answer within the timeout is not.
 */
export async function postSignedEvent(
  url: string,
  secret: string,
  event: PersonnelCloudEvent,
  timeoutMs: number,
): Promise<PostOutcome> {
  const body = JSON.stringify(event);
  const now = new Date();
  const signature = new Webhook(secret).sign(event.id, now, body);
  const signal = AbortSignal.timeout(timeoutMs);
  const started = Date.now();
  const took = () => Date.now() - started;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        'webhook-id': event.id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signature,
        'user-agent': 'personnel-webhooks/1',
      },
      body,
      redirect: 'manual',
      signal,
    });
    // The body is not read past what the connection already holds: a subscriber's answer means nothing.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return {
      status: ok ? 'delivered' : 'failed',
      httpStatus: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      durationMs: took(),
      attemptedAt: now.toISOString(),
    };
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      status: timedOut ? 'timeout' : 'failed',
      httpStatus: null,
      error: timedOut ? `no answer within ${timeoutMs} ms` : describe(error),
      durationMs: took(),
      attemptedAt: now.toISOString(),
    };
  }
}

/** The network error in a line: fetch's "fetch failed" says nothing without its cause's code. */
function describe(error: unknown): string {
  // Duck-typed: errors from undici may come from another realm than this module's Error.
  const e = error as { message?: string; cause?: { code?: string; message?: string } } | null;
  const message = e?.message ?? String(error);
  const cause = e?.cause;
  return cause?.code
    ? `${message}: ${cause.code}`
    : cause?.message
      ? `${message}: ${cause.message}`
      : message;
}
