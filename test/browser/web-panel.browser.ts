import type { Page } from 'playwright-core';
// The e2e project's starter of the whole system (tools/start.js on free ports), shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/**
 * The web panel in a real browser against the real system (API, worker, Temporal, Postgres, started as
 * `npm start` starts them): HR finds a cadre and proposes; the approvers sign off in turn, one of them
 * refused first for deciding out of turn; a viewer sees and cannot act; without a token, the sign-in.
 * Every main screen is saved to test/browser/artifacts/ to be looked at.
 */
describe('the web panel in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let base: string;
  let nominationUrl: string;
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
    await page.goto(`${base}/nominations`);
    await expectText(heading(page), 'Đăng nhập');
    await page.getByText('Vui lòng đăng nhập để tiếp tục.').waitFor();
    await browser.screenshot(page, '01-login');
    await page.getByLabel('Tên đăng nhập').fill('U-HR-01');
    await page.getByLabel('Mật khẩu').fill('wrong');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await page.close();
  });

  it('HR finds a cadre without diacritics, opens the profile, checks eligibility and proposes', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await expectText(heading(page), 'Hồ sơ đề nghị');
    // HR proposes but does not decide: no decision inbox, no decision buttons.
    expect(await page.getByRole('link', { name: 'Chờ tôi quyết định' }).count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tra cứu cán bộ' })
      .click();
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

    // Start the nomination: U-TCNV-01 then U-BT-01.
    expect(await page.getByLabel('Mã chức danh').inputValue()).toBe('DH-QA-CT-UBND');
    await page.getByLabel('Mã người phê duyệt').fill('U-TCNV-01');
    await page.getByRole('button', { name: 'Thêm' }).click();
    await page.getByLabel('Mã người phê duyệt').fill('U-BT-01');
    await page.getByLabel('Mã người phê duyệt').press('Enter');
    // The proposer cannot be an approver: refused as it is typed.
    await page.getByLabel('Mã người phê duyệt').fill('U-HR-01');
    await page.getByRole('button', { name: 'Thêm' }).click();
    await page.getByText('Người đề xuất không được phê duyệt hồ sơ mình đề xuất.').waitFor();
    await page.getByLabel('Mã người phê duyệt').fill('');
    await browser.screenshot(page, '04-start-nomination-form');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const open = page.getByRole('link', { name: 'Mở hồ sơ' });
    await open.waitFor();
    await open.click();
    await page.waitForURL(/\/nominations\/nomination\/CB-\d+\/DH-QA-CT-UBND\/\d+$/);
    nominationUrl = page.url();
    await page.getByText('Đang chờ phê duyệt').first().waitFor();
    await expectText(page.locator('.chain-current'), /U-TCNV-01/);
    expect(await page.getByRole('button', { name: 'Đồng ý', exact: true }).count()).toBe(0);
    const temporal = page.getByRole('link', { name: /Temporal UI/ });
    expect(await temporal.getAttribute('href')).toMatch(
      /:8233\/namespaces\/default\/workflows\/nomination%2FCB-\d+%2FDH-QA-CT-UBND%2F\d+$/,
    );
    await browser.screenshot(page, '05-nomination-proposed');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await page.close();
  });

  it('refuses the second approver deciding first, then the approvers sign off in turn', async () => {
    // U-BT-01 tries first: the API refuses (409 out_of_turn) and the page says why.
    const bt = await browser.newTab();
    await signIn(bt, 'U-BT-01');
    await bt.goto(nominationUrl);
    await bt.getByText(/Hiện đang chờ U-TCNV-01 quyết định/).waitFor();
    await bt.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    const refusal = bt.getByRole('alert');
    await expectText(refusal, 'Chưa đến lượt bạn quyết định.');
    await expectText(refusal, /U-TCNV-01's turn/);
    await browser.screenshot(bt, '06-refused-out-of-turn');

    // U-TCNV-01 finds it in the inbox and approves with a comment.
    const tcnv = await browser.newTab();
    await signIn(tcnv, 'U-TCNV-01');
    // Who takes tasks lands on the procedure task inbox; the nominations are one click away.
    await expectText(heading(tcnv), 'Việc cần xử lý');
    await tcnv
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Hồ sơ đề nghị' })
      .click();
    const row = tcnv
      .getByRole('row')
      .filter({ hasText: 'Đến lượt bạn' })
      .filter({ hasText: 'DH-QA-CT-UBND' });
    await row.first().waitFor();
    await browser.screenshot(tcnv, '07-approver-inbox');
    await tcnv.goto(nominationUrl);
    await tcnv.getByText('Đến lượt bạn quyết định.').waitFor();
    await tcnv.getByLabel('Ý kiến (không bắt buộc)').fill('Đủ tiêu chuẩn, đồng ý đề nghị.');
    await tcnv.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await tcnv
      .getByTestId('decision-feedback')
      .getByText('Đã ghi nhận quyết định. Tiếp theo: U-BT-01.')
      .waitFor();

    // U-BT-01's open page notices without a reload that it is now their turn (polling).
    await bt.getByText('Đến lượt bạn quyết định.').waitFor({ timeout: 20_000 });
    await bt.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot(bt, '08a-approver-turn-phone');
    await bt.setViewportSize({ width: 1280, height: 860 });
    await bt.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await bt
      .getByTestId('decision-feedback')
      .getByText('Đã ghi nhận quyết định. Trạng thái hồ sơ: Đã phê duyệt.')
      .waitFor();
    await bt.locator('.badge-approved').waitFor();
    const steps = bt.getByTestId('timeline').getByRole('listitem');
    await expectCount(steps, 3);
    await expectText(steps.nth(0), 'Đề xuất');
    await expectText(
      steps.nth(1),
      /Quyết định: Đồng ý[\s\S]*U-TCNV-01[\s\S]*Đủ tiêu chuẩn, đồng ý đề nghị\./,
    );
    await expectText(steps.nth(2), /Quyết định: Đồng ý[\s\S]*U-BT-01/);
    expect(await bt.getByRole('button', { name: 'Đồng ý', exact: true }).count()).toBe(0);
    await browser.screenshot(bt, '08b-nomination-approved');
    await bt.close();
    await tcnv.close();
  });

  it('shows a viewer everything and no decision buttons, also on a phone-sized screen', async () => {
    const page = await browser.newTab({ width: 390, height: 844 });
    await signIn(page, 'U-XEM-01');
    await expectText(heading(page), 'Hồ sơ đề nghị');
    await page.locator('.badge-approved').first().waitFor();
    await browser.screenshot(page, '09-viewer-list-phone');
    await page.goto(nominationUrl);
    await page.getByRole('heading', { name: 'Trình tự phê duyệt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Đồng ý', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Không đồng ý' }).count()).toBe(0);
    await browser.screenshot(page, '10-viewer-nomination-phone');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Approval chain' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
    await browser.screenshot(page, '11-viewer-nomination-english');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.close();
  });

  it('lets HR withdraw a nomination of their own, with a reason', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await page.goto(cadreUrl);
    await page.getByRole('searchbox', { name: 'Tìm chức danh' }).fill('DH-QA-CT-UBND');
    await page.getByRole('button', { name: 'Tìm chức danh' }).click();
    await page.getByRole('button', { name: /^Chọn: .*\(DH-QA-CT-UBND\)$/ }).click();
    await page.getByLabel('Mã người phê duyệt').fill('U-PBT-01');
    await page.getByLabel('Mã người phê duyệt').press('Enter');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.waitForURL(/\/DH-QA-CT-UBND\/\d+$/);
    expect(page.url()).not.toBe(nominationUrl);
    await page.getByRole('button', { name: 'Rút đề nghị…' }).click();
    await page.getByLabel('Lý do rút đề nghị').fill('Cán bộ xin rút vì lý do sức khỏe.');
    await page.getByRole('button', { name: 'Xác nhận rút đề nghị' }).click();
    await page.getByTestId('decision-feedback').getByText('Đã rút đề nghị.').waitFor();
    await page.locator('.badge-withdrawn').waitFor();
    const steps = page.getByTestId('timeline').getByRole('listitem');
    await expectCount(steps, 2);
    await expectText(steps.nth(1), /Rút đề nghị[\s\S]*U-HR-01[\s\S]*Cán bộ xin rút vì lý do sức khỏe\./);
    await browser.screenshot(page, '12-nomination-withdrawn');
    await page.close();
  });

  it('ends a session the API no longer accepts and shows the sign-in with the reason', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-XEM-01');
    await page.evaluate(() => {
      const raw = sessionStorage.getItem('personnel.session') ?? '{}';
      sessionStorage.setItem(
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

async function expectCount(locator: { count(): Promise<number> }, expected: number) {
  const deadline = Date.now() + 10_000;
  let count = 0;
  while (Date.now() < deadline) {
    count = await locator.count();
    if (count === expected) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(count).toBe(expected);
}
