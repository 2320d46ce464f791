import type { Locator, Page } from 'playwright-core';

/** A phone's screen (iPhone 12–15 class), the width the panel must work at without sideways scrolling. */
export const PHONE = { width: 390, height: 844 };

/**
 * Moves the focus with Tab alone until `target` has it, as a keyboard user reaches a control; fails
 * when `target` is not reachable within `maxTabs` presses (unreachable by keyboard, or buried).
 * Answers how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 80): Promise<number> {
  await target.waitFor();
  for (let presses = 1; presses <= maxTabs; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${String(target)} was not reached with ${maxTabs} presses of Tab`);
}

/** Reaches `target` with Tab and presses Enter on it. */
export async function tabAndEnter(page: Page, target: Locator, maxTabs = 80): Promise<void> {
  await tabTo(page, target, maxTabs);
  await page.keyboard.press('Enter');
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
