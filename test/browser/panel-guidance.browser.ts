import type { Locator, Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
import { waitUntil } from '@personnel/dev-runtime';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  COLLECTIVE,
  eligibleCandidate,
  holdDemoConference,
  HOME_UNIT_CONSULTATION,
  proposeOutsideCandidate,
} from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/** A phone held upright. */
const PHONE = { width: 390, height: 844 };

/** The words the tests read and press, in each language of the panel. */
const WORDS = {
  vi: {
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    signOut: 'Đăng xuất',
    toOther: 'Switch to English',
    signedOut: 'Bạn đã đăng xuất.',
    signInHeading: 'Đăng nhập',
    next: 'Bước tiếp theo',
    openNext: 'Mở hội nghị tiếp theo: Lấy ý kiến nơi cán bộ đang công tác',
    see: 'Xem: Cơ quan Tổ chức - Nội vụ thẩm định',
    heldBy: 'Người xử lý: Trần Văn Minh (U-TCNV-01)',
    withdraw: 'Rút quy trình',
    withdrawReason: 'Lý do rút',
  },
  en: {
    username: 'Username',
    password: 'Password',
    signOut: 'Sign out',
    toOther: 'Chuyển sang tiếng Việt',
    signedOut: 'You have signed out.',
    signInHeading: 'Sign in',
    next: 'What comes next',
    openNext: 'Open the next conference: Lấy ý kiến nơi cán bộ đang công tác',
    see: 'See: Cơ quan Tổ chức - Nội vụ thẩm định',
    heldBy: 'Held by: Trần Văn Minh (U-TCNV-01)',
    withdraw: 'Withdraw the procedure',
    withdrawReason: 'Reason',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/**
 * The panel as people use it (issue 13), in Chromium at phone width, with the keyboard alone (Tab,
 * Enter, Space; the URL typed in): after a conference result the screen says what comes next and links
 * to it; one sign-in serves every tab of a browser and a sign-out in one tab reaches the others; a
 * collapsed part shows that it opens and opens from the keyboard. Each in Vietnamese and in English.
 * The procedure is started and its conferences held over the API (the panel's path there is
 * appointment-procedure.browser.ts).
 */
describe('the panel as people use it, on a phone, by keyboard, in Vietnamese and English', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let base: string;
  let api: ReturnType<typeof apiClient>['api'];
  let apiPath: string;
  /** The procedure's page in the panel. */
  let pagePath: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    api = apiClient(system.apiUrl).api;
    const candidate = await eligibleCandidate(pg, api);
    const started = await proposeOutsideCandidate(api, candidate);
    apiPath = started.base;
    pagePath = started.base;
    await holdDemoConference(api, apiPath, 1, COLLECTIVE);
  }, 300_000);

  afterAll(async () => {
    await pg?.end();
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  /** Presses Tab until `target` has the focus: what a keyboard user does to reach it. */
  async function tabTo(page: Page, target: Locator, most = 200): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < most; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${most} presses of Tab never reached ${target.toString()}`);
  }

  async function signIn(page: Page, username: string, w: Words = WORDS.vi): Promise<void> {
    await page.goto(`${base}/login`);
    await tabTo(page, page.getByLabel(w.username));
    await page.keyboard.type(username);
    await tabTo(page, page.getByLabel(w.password));
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: w.signOut }).waitFor();
  }

  async function switchLanguage(page: Page, from: Words): Promise<void> {
    await tabTo(page, page.getByRole('button', { name: from.toOther }));
    await page.keyboard.press('Enter');
  }

  async function expectText(locator: Locator, expected: string, timeoutMs = 30_000): Promise<void> {
    await locator.waitFor();
    let text = '';
    await waitUntil(
      `“${expected}”`,
      async () => {
        text = ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
        return text.includes(expected);
      },
      timeoutMs,
      200,
    ).catch(() => {
      throw new Error(`expected “${expected}” in “${text}”`);
    });
  }

  it('says what comes next after each conference result and links to it, in Vietnamese and English', async () => {
    const context = await browser.newBrowser(PHONE);
    const page = await context.newPage();
    try {
      await signIn(page, COLLECTIVE.secretaryId);
      // Conference 1 is over: the next is the consultation where the candidate works.
      await page.goto(`${base}${pagePath}/conferences/1`);
      const next = page.getByTestId('conference-next');
      for (const w of [WORDS.vi, WORDS.en]) {
        await expectText(next.getByRole('heading', { level: 2 }), w.next);
        const link = next.getByRole('link', { name: w.openNext });
        await tabTo(page, link);
        await browser.screenshot(page, `guidance-1-next-conference-${w === WORDS.vi ? 'vi' : 'en'}`);
        await page.keyboard.press('Enter');
        await page.waitForURL(`${base}${pagePath}/conferences/2`);
        await page.goBack();
        if (w === WORDS.vi) await switchLanguage(page, WORDS.vi);
      }
      await switchLanguage(page, WORDS.en);

      // The last conference lets the candidate go on: next is the sign-off, which this secretary only sees.
      await holdDemoConference(api, apiPath, 2, HOME_UNIT_CONSULTATION);
      await holdDemoConference(api, apiPath, 3, COLLECTIVE);
      await page.goto(`${base}${pagePath}/conferences/3`);
      for (const w of [WORDS.vi, WORDS.en]) {
        await expectText(next, w.see);
        // Who holds it, by name.
        await expectText(next, w.heldBy);
        await tabTo(page, next.getByRole('link', { name: w.see }));
        await browser.screenshot(page, `guidance-2-next-sign-off-${w === WORDS.vi ? 'vi' : 'en'}`);
        await page.keyboard.press('Enter');
        await page.waitForURL(`${base}${pagePath}?task=r1-org-office`);
        await page.goBack();
        if (w === WORDS.vi) await switchLanguage(page, WORDS.vi);
      }
    } finally {
      await context.close();
    }
  });

  it('signs in once for every tab of the browser, and a sign-out in one tab signs out the others', async () => {
    for (const w of [WORDS.vi, WORDS.en]) {
      const context = await browser.newBrowser(PHONE);
      try {
        const first = await context.newPage();
        await signIn(first, 'U-TCNV-01');
        // The language is the browser's too: chosen in the first tab, the second opens in it.
        if (w === WORDS.en) await switchLanguage(first, WORDS.vi);
        const second = await context.newPage();
        await second.goto(`${base}${pagePath}`);
        // Signed in already: the procedure, not the sign-in page.
        await second.getByRole('button', { name: w.signOut }).waitFor();
        await expectText(second.locator('.userbox'), 'Trần Văn Minh');
        await browser.screenshot(second, `guidance-3-second-tab-signed-in-${w === WORDS.vi ? 'vi' : 'en'}`);

        await tabTo(first, first.getByRole('button', { name: w.signOut }));
        await first.keyboard.press('Enter');
        await expectText(first.getByRole('heading', { level: 1 }), w.signInHeading);
        // The other tab follows at once, saying why, without a reload.
        await expectText(second.getByRole('heading', { level: 1 }), w.signInHeading);
        await second.getByText(w.signedOut).waitFor();
        expect(await second.getByRole('button', { name: w.signOut }).count()).toBe(0);
        await browser.screenshot(second, `guidance-4-second-tab-signed-out-${w === WORDS.vi ? 'vi' : 'en'}`);
        // Nothing of the session is left for a reload to find.
        await second.reload();
        await expectText(second.getByRole('heading', { level: 1 }), w.signInHeading);
      } finally {
        await context.close();
      }
    }
  });

  it('shows that a collapsed part opens, and opens and closes it by keyboard alone', async () => {
    // HR proposed the procedure: withdrawing it is tucked away in a collapsed part of the page.
    const context = await browser.newBrowser(PHONE);
    const page = await context.newPage();
    try {
      await signIn(page, 'U-HR-01');
      await page.goto(`${base}${pagePath}`);
      for (const w of [WORDS.vi, WORDS.en]) {
        const summary = page.locator('summary', { hasText: w.withdraw });
        const chevron = summary.locator('.disclosure-chevron');
        const reason = page
          .locator('details', { has: summary })
          .getByLabel(w.withdrawReason, { exact: true });
        await summary.waitFor();
        expect(await summary.getAttribute('aria-expanded')).toBe('false');
        // The chevron is there to be seen, and the form it hides is not.
        const box = await chevron.boundingBox();
        expect(box && box.width > 4 && box.height > 4).toBe(true);
        expect(await reason.isVisible()).toBe(false);
        const closedTurn = await chevron.evaluate((el) => getComputedStyle(el).transform);

        await tabTo(page, summary);
        await browser.screenshot(page, `guidance-5-collapsed-${w === WORDS.vi ? 'vi' : 'en'}`);
        await page.keyboard.press('Enter');
        await waitUntil(
          'opened',
          async () => (await summary.getAttribute('aria-expanded')) === 'true',
          5_000,
          100,
        );
        expect(await reason.isVisible()).toBe(true);
        await waitUntil(
          'the chevron turned',
          async () => (await chevron.evaluate((el) => getComputedStyle(el).transform)) !== closedTurn,
          5_000,
          100,
        );
        await browser.screenshot(page, `guidance-6-opened-${w === WORDS.vi ? 'vi' : 'en'}`);
        await page.keyboard.press('Space');
        await waitUntil(
          'closed',
          async () => (await summary.getAttribute('aria-expanded')) === 'false',
          5_000,
          100,
        );
        expect(await reason.isVisible()).toBe(false);
        if (w === WORDS.vi) await switchLanguage(page, WORDS.vi);
      }
    } finally {
      await context.close();
    }
  });
});
