import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { eligibleCandidate, outsideAppointmentAtSignOff } from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';
import { PHONE, sidewaysOverflow, tabAndEnter, tabTo } from './keyboard';

/**
 * The inbox in Chromium against the real system: a group sign-off (U-TCNV-01 or U-PBT-01) waits; U-PBT-01
 * lands on "Việc của tôi", sees the count of the group tab and the notice, claims the task from the list
 * and approves it there; the result stays on screen with focus on it, and the done tab counts it. First
 * the same at a phone's width with the keyboard alone, in English: claimed and given back.
 * The procedure is driven to its sign-off over the API (the panel's path there is another test's).
 */
describe('the task inbox in Chromium: claim and decide from the list', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let workflowId: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    const { api } = apiClient(system.apiUrl);
    const candidate = await eligibleCandidate(pg, api);
    workflowId = (
      await outsideAppointmentAtSignOff(api, candidate, {
        label: 'Cơ quan Tổ chức - Nội vụ thẩm định',
        assigneeIds: ['U-TCNV-01', 'U-PBT-01'],
      })
    ).id;
  }, 300_000);

  afterAll(async () => {
    await pg?.end();
    await browser?.close();
    await system?.stop();
  });

  it('at phone width, with the keyboard alone, in English: signs in, claims the group task and gives it back', async () => {
    const page = await browser.newTab(PHONE);
    try {
      await page.goto(`${system.apiUrl}/login`);
      await tabTo(page, page.getByLabel('Tên đăng nhập'));
      await page.keyboard.type('U-PBT-01');
      await page.keyboard.press('Tab');
      await page.keyboard.type('demo');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();

      await tabAndEnter(page, page.getByRole('button', { name: 'Switch to English' }));
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

      await tabAndEnter(
        page,
        page.getByTestId('group-waiting').getByRole('link', { name: 'Show group tasks' }),
      );
      const row = page.getByRole('row').filter({ hasText: 'Cơ quan Tổ chức - Nội vụ thẩm định' }).first();
      await tabAndEnter(page, row.getByRole('button', { name: 'Claim' }));
      const result = page.getByTestId('row-result');
      await result.getByText(/^Claimed: /).waitFor();
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await browser.screenshot(page, '59-inbox-phone-claimed');

      await tabAndEnter(page, page.getByTestId('tab-mine'));
      const mine = page.getByRole('row').filter({ hasText: 'Cơ quan Tổ chức - Nội vụ thẩm định' }).first();
      await tabAndEnter(page, mine.getByRole('button', { name: 'Give back' }));
      await result.getByText(/^Given back to the group: /).waitFor();
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      const { rows } = await pg.query(
        `SELECT claimed_by FROM procedure_task WHERE workflow_id = $1 AND task_key = 'r1-org-office'`,
        [workflowId],
      );
      expect(rows).toEqual([{ claimed_by: null }]);
    } catch (error) {
      await browser.screenshot(page, 'fail-inbox-phone').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
    expect(browser.problems).toEqual([]);
  });

  it('claims the group task and approves it from the list; the result keeps focus; the done tab counts it', async () => {
    const page = await browser.newTab();
    try {
      await page.goto(`${system.apiUrl}/login`);
      await page.getByLabel('Tên đăng nhập').fill('U-PBT-01');
      await page.getByLabel('Mật khẩu').fill('demo');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();

      await page.getByTestId('group-waiting').waitFor();
      const claimableTab = page.getByTestId('tab-claimable');
      expect(await claimableTab.textContent()).toMatch(/^Việc nhóm chờ nhận \([1-9]\d*\)$/);
      await page.getByTestId('group-waiting').getByRole('link', { name: 'Xem việc nhóm' }).click();

      const row = page.getByRole('row').filter({ hasText: 'Cơ quan Tổ chức - Nội vụ thẩm định' }).first();
      await row.getByRole('button', { name: 'Nhận việc' }).click();
      const result = page.getByTestId('row-result');
      await result.getByText(/^Đã nhận việc: /).waitFor();
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.getByTestId('tab-mine').click();
      const mine = page.getByRole('row').filter({ hasText: 'Cơ quan Tổ chức - Nội vụ thẩm định' }).first();
      await mine.getByRole('button', { name: 'Đồng ý' }).click();
      await result.getByText(/^Đã ghi nhận quyết định: /).waitFor();
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      await browser.screenshot(page, '60-inbox-decided-from-the-list');

      await page.waitForFunction(
        () =>
          /\((\d+)\)$/.exec(document.querySelector('[data-testid="tab-done"]')?.textContent ?? '')?.[1] ===
          '1',
      );
      await result.getByRole('button', { name: 'Đóng' }).click();
      expect(await page.getByTestId('row-result').count()).toBe(0);
      const { rows } = await pg.query(
        `SELECT completed_by, outcome FROM procedure_task WHERE workflow_id = $1 AND task_key = 'r1-org-office'`,
        [workflowId],
      );
      expect(rows).toEqual([{ completed_by: 'U-PBT-01', outcome: 'approve' }]);
    } catch (error) {
      await browser.screenshot(page, 'fail-inbox').catch(() => undefined);
      throw error;
    }
    expect(browser.problems).toEqual([]);
  });
});
