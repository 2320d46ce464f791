import type { Page } from 'playwright-core';
// The e2e project's starter of the whole system (tools/start.js on free ports), shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/**
 * The panel signs in through a real OpenID provider in Chromium: `npm start -- --oidc` runs the dev
 * provider (oidc-provider, the demo users as a province's IdP) beside the system; the user leaves for
 * its login and consent pages, comes back with a code the panel redeems (PKCE), lands on the inbox,
 * then signs out at the provider, after which the API refuses the old token.
 */
describe('sign-in through the identity provider, in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest({ oidc: true }), launchBrowser()]);
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
  const token = (page: Page) =>
    page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('personnel.session') ?? 'null') as { accessToken: string } | null)
          ?.accessToken,
    );

  it('signs in through the provider’s login and consent pages, lands on the inbox, and logs out there', async () => {
    const page = await browser.newTab();
    await page.goto(`${base}/tasks`);
    await page.getByRole('button', { name: 'Đăng nhập qua cổng định danh' }).click();

    // The provider's own pages, on its own origin.
    await page.waitForURL((url) => url.href.startsWith(system.oidcIssuer as string));
    await heading(page).getByText('Đăng nhập vào Hệ thống công tác cán bộ').waitFor();
    await page.getByLabel('Tên đăng nhập').fill('U-BT-01');
    await page.getByLabel('Mật khẩu').fill('sai');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page
      .getByRole('alert')
      .getByText(/Sai tên đăng nhập hoặc mật khẩu/)
      .waitFor();
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await heading(page).getByText('xin quyền truy cập').waitFor();
    await browser.screenshot(page, 'oidc-01-consent');
    await page.getByRole('button', { name: 'Cho phép' }).click();

    // Back in the panel, at the page first asked for, as the provider's account with its roles.
    await page.waitForURL(`${base}/tasks`);
    await heading(page).getByText('Việc cần xử lý').waitFor();
    await page.getByText('Phạm Đức Thắng').waitFor();
    await page.getByText('U-BT-01 · Lãnh đạo, Người phê duyệt').waitFor();
    await browser.screenshot(page, 'oidc-02-inbox');
    const accessToken = await token(page);
    expect(accessToken?.split('.')).toHaveLength(3);
    const me = await fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await me.json()).toMatchObject({
      username: 'U-BT-01',
      roles: ['leader', 'approver'],
      unitCode: 'DH',
    });

    // Logout ends the provider's session too: its page asks, then sends the user back to sign-in.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.href.startsWith(system.oidcIssuer as string));
    await heading(page).getByText('Đăng xuất khỏi cổng định danh?').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${base}/login`));
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await browser.screenshot(page, 'oidc-03-signed-out');
    expect(await token(page)).toBeUndefined();
    // The provider told the API (back-channel logout): the old token no longer opens anything.
    const after = await fetch(`${base}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(after.status).toBe(401);

    // Signing in again needs the provider's password again: its session is over.
    await page.getByRole('button', { name: 'Đăng nhập qua cổng định danh' }).click();
    await heading(page).getByText('Đăng nhập vào Hệ thống công tác cán bộ').waitFor();
    await page.close();
  });
});
