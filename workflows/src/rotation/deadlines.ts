import { sleep } from '@temporalio/workflow';
import { waitWithDeadlines } from '../kit';
import type { RotationContext } from './context';

/** Waits until `done()`, with the kit's reminders and escalations: a late task escalates to the signer. */
export function waitWithDeadlinesOf(ctx: RotationContext, done: () => boolean): Promise<void> {
  return waitWithDeadlines(ctx, done, () => ctx.input.signerId);
}

/** Waits until the instant `at` (a durable timer) or `stop()`, deadlines firing meanwhile. */
export async function waitUntilInstant(ctx: RotationContext, at: string, stop: () => boolean): Promise<void> {
  let reached = false;
  const ms = Date.parse(at) - Date.now();
  if (ms > 0) void sleep(ms).then(() => (reached = true));
  else reached = true;
  await waitWithDeadlinesOf(ctx, () => reached || stop());
}
