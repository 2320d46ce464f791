import type { Page } from 'playwright-core';
// The e2e project's starter of the whole system (tools/start.js on free ports), shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/**
 * The web panel in a real browser against the real system (API, worker, Temporal, Postgres, started as
 * `npm start` starts them): without a token, the sign-in; HR finds a cadre, checks eligibility and has
 * one way to start a procedure (the appointment); a viewer sees and cannot act, also on a phone; a token
 * the API no longer accepts ends the session. The procedure itself: appointment-procedure.browser.ts.
 * Every main screen is saved to test/browser/artifacts/ to be looked at.
 */
describe('the web panel in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let base: string;
  let cadreUrl: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  it('asks for sign-in when there is no token', async () => {
    const page = await browser.newTab();
    await page.goto(`${base}/tasks`);
    await expectText(heading(page), 'Đăng nhập');
    await page.getByText('Vui lòng đăng nhập để tiếp tục.').waitFor();
    await browser.screenshot(page, '01-login');
    await page.getByLabel('Tên đăng nhập').fill('U-HR-01');
    await page.getByLabel('Mật khẩu').fill('wrong');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await page.close();
  });

  it('HR finds a cadre without diacritics, checks eligibility, and has one way to start: the appointment', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    // HR proposes: they land on their own procedures.
    await expectText(heading(page), 'Quy trình tôi đề xuất');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    // HR's own tasks (a returned proposal, a dossier to complete) are in their inbox.
    expect(await nav.getByRole('link', { name: 'Việc cần xử lý' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Hồ sơ đề nghị' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Tra cứu cán bộ' }).click();
    await page.getByRole('searchbox', { name: 'Tìm cán bộ' }).fill('nguyen van');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\/cadres\?q=nguyen\+van/);
    const firstCadre = page.getByRole('table').getByRole('link').first();
    await expectText(firstCadre, /Nguyễn Văn/);
    await browser.screenshot(page, '02-cadre-search');

    const cadreName = (await firstCadre.textContent()) ?? '';
    await firstCadre.click();
    await expectText(heading(page), cadreName);
    cadreUrl = page.url();
    await page.getByRole('heading', { name: 'Quá trình công tác' }).waitFor();
    await page.getByRole('heading', { name: 'Đào tạo, bồi dưỡng' }).waitFor();

    // Target post: the chairman of the Quảng An commune, found by its code.
    await page.getByRole('searchbox', { name: 'Tìm chức danh' }).fill('DH-QA-CT-UBND');
    await page.getByRole('button', { name: 'Tìm chức danh' }).click();
    await page.getByRole('button', { name: /^Chọn: .*\(DH-QA-CT-UBND\)$/ }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const checks = page.locator('.checks > li');
    await checks.first().waitFor();
    expect(await checks.count()).toBeGreaterThan(5);
    for (const check of await checks.all()) {
      await expectText(check, /Đạt|Không đạt/);
      await expectText(check.locator('.check-citation'), /Căn cứ: \S+/);
    }
    await browser.screenshot(page, '03-cadre-profile-eligibility');

    // One start button, for the appointment, carrying the cadre and the post chosen; no second form.
    const start = page.getByRole('link', { name: 'Bắt đầu quy trình bổ nhiệm…' });
    expect(await start.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Gửi đề nghị' }).count()).toBe(0);
    expect(await start.getAttribute('href')).toMatch(
      /^\/appointments\/new\?cadre=CB-\d+&post=DH-QA-CT-UBND$/,
    );
    await start.click();
    await expectText(heading(page), 'Bắt đầu quy trình bổ nhiệm');
    await browser.screenshot(page, '04-start-from-profile');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await page.close();
  });

  it('shows a viewer the procedures and profiles with nothing to act on, also on a phone-sized screen', async () => {
    const page = await browser.newTab({ width: 390, height: 844 });
    await signIn(page, 'U-XEM-01');
    await expectText(heading(page), 'Quy trình bổ nhiệm');
    await browser.screenshot(page, '09-viewer-procedures-phone');
    await page.goto(cadreUrl);
    await page.getByRole('heading', { name: 'Quá trình công tác' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bắt đầu quy trình bổ nhiệm…' }).count()).toBe(0);
    await browser.screenshot(page, '10-viewer-profile-phone');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Assignment history' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
    await browser.screenshot(page, '11-viewer-profile-english');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.close();
  });

  it('ends a session the API no longer accepts and shows the sign-in with the reason', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-XEM-01');
    await page.evaluate(() => {
      const raw = localStorage.getItem('personnel.session') ?? '{}';
      localStorage.setItem(
        'personnel.session',
        JSON.stringify({ ...JSON.parse(raw), accessToken: 'forged' }),
      );
    });
    await page.reload();
    await page.getByText(/Phiên đăng nhập đã hết hạn/).waitFor();
    await expectText(heading(page), 'Đăng nhập');
    await page.close();
  });
});

async function expectText(
  locator: { textContent(): Promise<string | null>; waitFor(): Promise<void> },
  expected: string | RegExp,
) {
  await locator.waitFor();
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.textContent()) ?? '';
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(text).toMatch(expected);
}
