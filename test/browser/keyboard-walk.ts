import type { Locator, Page } from 'playwright-core';
import { tabAndEnter, tabTo } from './keyboard';

/**
 * The steps a keyboard user takes on any screen of the panel, shared by the phone/keyboard tests:
 * signing in, switching the language, and walking a form's focus order. No mouse anywhere.
 */

/** Whether `target` has the focus now. */
export const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement);

/** Signs in on the panel's own form with the keyboard alone; answers once the panel has let them in. */
export async function signInByKeyboard(page: Page, panelUrl: string, username: string, password = 'demo') {
  await page.goto(`${panelUrl}/login`);
  await tabTo(page, page.getByLabel('Tên đăng nhập'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** The header's language switch, by keyboard: the panel speaks English until switched back. */
export async function switchToEnglish(page: Page) {
  await tabAndEnter(page, page.getByRole('button', { name: 'Switch to English' }));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A main navigation entry reached with Tab and followed with Enter. */
export async function followNav(page: Page, name: string, navName = 'Điều hướng chính') {
  await tabAndEnter(page, page.getByRole('navigation', { name: navName }).getByRole('link', { name }));
}

/** What a control in a focus walk is: its tag, type and accessible name, as a failure message shows it. */
interface Stop {
  index: number;
  what: string;
}

/**
 * Every control of `container` that Tab must reach, marked with its place in the document: links,
 * buttons, fields and a <details>'s summary that are shown and enabled (not inside a closed <details>); of a group of radios only the
 * checked one (arrow keys move within the group). Answers them in document order.
 */
async function markTabStops(container: Locator): Promise<Stop[]> {
  return container.evaluate((root) => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const stops: { index: number; what: string }[] = [];
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
      el.removeAttribute('data-tab-stop');
      // A closed <details> shows its summary only (Chromium still lays out what it hides).
      const closed = el.closest('details:not([open])');
      if (closed && el.parentElement !== closed) continue;
      if ((el as HTMLInputElement).disabled || el.tabIndex < 0 || !shown(el)) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        const group = Array.from(
          root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`),
        );
        if (el !== (group.find((r) => r.checked) ?? group[0])) continue;
      }
      el.setAttribute('data-tab-stop', String(stops.length));
      const name =
        el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent;
      stops.push({
        index: stops.length,
        what: `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} “${(name ?? '').trim().replace(/\s+/g, ' ')}”`,
      });
    }
    return stops;
  });
}

/**
 * Walks `container` backwards with Shift+Tab from `last` (reached with Tab) until the focus leaves it,
 * and answers what Tab order was met, first to last, next to what it must reach: every control shown,
 * in the order of the document (the order the screen shows at phone width, one column).
 */
export async function focusOrder(
  page: Page,
  container: Locator,
  last: Locator,
  maxPresses = 120,
): Promise<{ reached: string[]; expected: string[] }> {
  const stops = await markTabStops(container);
  await tabTo(page, last, maxPresses);
  const reached: number[] = [];
  for (let presses = 0; presses < maxPresses; presses++) {
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.hasAttribute('data-tab-stop') ? Number(el.getAttribute('data-tab-stop')) : null;
    });
    const inside = await container.evaluate((root) => root.contains(document.activeElement));
    if (!inside) break;
    if (at !== null) reached.unshift(at);
    await page.keyboard.press('Shift+Tab');
  }
  const name = (i: number) => stops[i]?.what ?? `#${i}`;
  return { reached: reached.map(name), expected: stops.map((s) => s.what) };
}
