import type { Locator } from 'playwright-core';

/**
 * What the browser tests wait for: the panel polls and re-renders, so a text, a count or a choice is
 * expected to appear within a while, not at once. Each fails naming what it saw last.
 */

export async function expectText(
  locator: { textContent(): Promise<string | null>; waitFor(): Promise<void> },
  expected: string | RegExp,
  timeoutMs = 15_000,
) {
  await locator.waitFor();
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(text).toMatch(expected);
}

export async function expectSelectedOption(select: Locator, label: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
    if (shown === label) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected "${label}" to be chosen, saw "${shown}"`);
}

export async function expectCount(
  locator: { count(): Promise<number> },
  ok: (n: number) => boolean,
  what: string,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  let count = 0;
  while (Date.now() < deadline) {
    count = await locator.count();
    if (ok(count)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: ${count} did not satisfy the expectation within ${timeoutMs} ms`);
}
