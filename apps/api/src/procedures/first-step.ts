/** How long a start waits for the worker to record the procedure's first step before answering. */
export const FIRST_STEP_VISIBLE_WAIT_MS = 3_000;

/**
 * The 201 of a start shows the procedure once the worker recorded its first step, if that happens
 * soon: polls `read` with a growing delay (10 ms … 200 ms) for up to `waitMs`; undefined after that
 * (the procedure is durable anyway, the answer then says so from the input).
 */
export async function awaitFirstStep<T>(
  read: () => Promise<T | undefined>,
  waitMs = FIRST_STEP_VISIBLE_WAIT_MS,
): Promise<T | undefined> {
  const deadline = Date.now() + waitMs;
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() + delay > deadline) return undefined;
    await new Promise((r) => setTimeout(r, delay));
  }
}
