import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/**
 * The appointment procedure's screens in Chromium against the real system: each role's navigation and
 * main screen (inbox, procedures, start form, dashboard, CSV import with its per-row report), a viewer
 * without the actions. Screenshots go to test/browser/artifacts/. The full procedure walk (HR starts,
 * secretaries tally each conference, approvers sign off, the leader signs) is appointment-procedure.browser.ts.
 */
describe('the appointment panel in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    process.env.APPOINTMENT_TIMING_OVERRIDES = 'true';
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
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  it('gives an approver the procedure inbox, laptop and phone', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-TCNV-01');
    await nav(page).getByRole('link', { name: 'Việc cần xử lý' }).click();
    await heading(page).getByText('Việc cần xử lý').waitFor();
    await page.getByRole('link', { name: 'Việc nhóm chờ nhận' }).waitFor();
    await page
      .getByText(/\d+ việc/)
      .first()
      .waitFor();
    await browser.screenshot(page, '20-task-inbox');
    await page.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot(page, '21-task-inbox-phone');
    await page.close();
  });

  it('gives HR the start form with the user directory, and the list of their procedures', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    // HR holds tasks too (a returned proposal to revise, a dossier to complete): the inbox is in their navigation.
    expect(await nav(page).getByRole('link', { name: 'Việc cần xử lý' }).count()).toBe(1);
    await nav(page).getByRole('link', { name: 'Quy trình bổ nhiệm' }).click();
    await heading(page).getByText('Quy trình tôi đề xuất').waitFor();
    await browser.screenshot(page, '22-my-procedures');
    await page.getByRole('link', { name: 'Bắt đầu quy trình mới' }).click();
    await heading(page).getByText('Bắt đầu quy trình bổ nhiệm').waitFor();
    // Sending it empty: every problem named before anything is sent.
    await page.getByRole('button', { name: 'Bắt đầu quy trình' }).click();
    await page.getByRole('alert').getByText('Chưa gửi được: vui lòng sửa các lỗi sau.').waitFor();
    expect(await page.locator('select option').count()).toBeGreaterThan(3);
    await browser.screenshot(page, '23-start-appointment');
    await page.close();
  });

  it('shows HR the per-row report of a refused CSV import', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await nav(page).getByRole('link', { name: 'Nhập CSV' }).click();
    await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'code,fullName,gender,birthDate,hometownLocalityCode,ethnicity,education,politicalTheory,stateManagement,partyMember,status\r\nCB-9X1,Nguyễn Văn A,male,not-a-date,QN-DH-QA,Kinh,bachelor,advanced,principal,true,active\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await page.getByTestId('import-report').getByText('Không nhập dòng nào vì có dòng lỗi.').waitFor();
    await page.getByTestId('import-report').getByRole('cell', { name: 'birthDate', exact: true }).waitFor();
    await browser.screenshot(page, '24-csv-import-report');
    await page.close();
  });

  it('gives the leader the dashboard', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-BT-01');
    await nav(page).getByRole('link', { name: 'Tổng quan' }).click();
    await page.getByRole('heading', { name: 'Người đứng đầu không phải người địa phương' }).waitFor();
    await browser.screenshot(page, '25-dashboard');
    await page.close();
  });

  it('shows a viewer no inbox, no import, no start button', async () => {
    const page = await browser.newTab();
    await signIn(page, 'U-XEM-01');
    expect(await nav(page).getByRole('link', { name: 'Việc cần xử lý' }).count()).toBe(0);
    expect(await nav(page).getByRole('link', { name: 'Nhập CSV' }).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Quy trình bổ nhiệm' }).click();
    await heading(page).getByText('Quy trình bổ nhiệm').waitFor();
    expect(await page.getByRole('link', { name: 'Bắt đầu quy trình mới' }).count()).toBe(0);
    await page.close();
  });
});
