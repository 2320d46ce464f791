import type { Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient, type ApiAnswer } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { COLLECTIVE } from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

const BOARD = '/plans/DH/2025-2030';

interface Pair {
  post: string;
  cadre: string;
  name: string;
}

/**
 * The planning board in Chromium against the real system: the district's plan for 2025-2030 (opened by
 * HR through the API), its 222 posts grouped by unit with names and counts; HR picks a cadre for a post
 * and sees every rule checked live, cited — a cadre the rules refuse leaves "Add" disabled, an
 * admissible one is added and shows on the board. Screenshots in test/browser/artifacts/ (60-…).
 */
describe('the planning board in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let base: string;
  let api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
    api = apiClient(base).api;
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    const opened = await api('/plans', 'U-HR-01', {
      unitCode: 'DH',
      term: '2025-2030',
      keyCadre: COLLECTIVE,
      collective: COLLECTIVE,
      signerId: 'U-BT-01',
    });
    if (opened.status !== 201) throw new Error(`the plan was not opened: ${JSON.stringify(opened.body)}`);
  }, 240_000);

  afterAll(async () => {
    await pg?.end();
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  /** Commune chair or deputy-secretary posts with room, and vice chairs of a commune to plan for them. */
  async function pairs(): Promise<{ admissible: Pair; refused: Pair }> {
    const { rows } = await pg.query<Pair & { rank: string }>(
      `WITH open_posts AS (
         SELECT p.id, p.code, p.level FROM post p JOIN unit u ON u.id = p.unit_id
         WHERE p.active AND p.rank_group IN ('chair', 'deputy_secretary') AND u.level = 'commune'
           AND (SELECT count(*) FROM planning_entry e WHERE e.post_id = p.id AND e.term = '2025-2030'
                AND e.to_date IS NULL) < 3)
       SELECT op.code AS post, c.code AS cadre, c.full_name AS name, held.rank_group AS rank
       FROM open_posts op
       JOIN assignment a ON a.to_date IS NULL
       JOIN post held ON held.id = a.post_id AND held.level = op.level AND held.rank_group IN ('vice_chair', 'secretary')
       JOIN cadre c ON c.id = a.cadre_id AND c.status = 'active'
       WHERE NOT EXISTS (SELECT 1 FROM planning_entry e WHERE e.cadre_id = c.id AND e.post_id = op.id)
       ORDER BY op.code, c.code LIMIT 200`,
    );
    let admissible: Pair | undefined;
    let refused: Pair | undefined;
    for (const row of rows) {
      if (admissible && refused) break;
      const check = await api(`${BOARD}/candidates/check`, 'U-HR-01', {
        postCode: row.post,
        cadreId: row.cadre,
      });
      if (check.status !== 200) continue;
      if (!admissible && check.body.admissible && row.rank === 'vice_chair') admissible = row;
      // A commune secretary is not planned for a lower post: the rule refuses, with its citation.
      if (!refused && !check.body.admissible && row.rank === 'secretary') refused = row;
    }
    if (!admissible || !refused) throw new Error(`no pair found among ${rows.length}`);
    return { admissible, refused };
  }

  it('shows the district’s posts and checks a candidate live before HR adds them', async () => {
    const { admissible, refused } = await pairs();
    const page = await browser.newTab({ width: 1366, height: 900 });
    await signIn(page, 'U-HR-01');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Quy hoạch' })
      .click();
    await page
      .getByRole('link', { name: /Huyện Đầm Hà/ })
      .first()
      .click();
    const board = page.getByTestId('plan-board');
    await board.waitFor();
    expect(await board.locator('[data-testid^="plan-post-"]').count()).toBe(222);
    expect(await board.getByRole('columnheader', { name: 'Chức danh' }).count()).toBe(1);
    await browser.screenshot(page, '60-plan-board');

    const pick = async (pair: Pair) => {
      await page
        .getByTestId(`plan-post-${pair.post}`)
        .getByRole('button', { name: /^Thêm người vào quy hoạch/ })
        .click();
      const panel = page.getByTestId('add-candidate');
      await panel.getByRole('searchbox', { name: 'Tìm cán bộ theo tên hoặc mã' }).fill(pair.cadre);
      await panel.getByRole('button', { name: 'Tìm cán bộ', exact: true }).click();
      await panel.getByRole('button', { name: `Chọn ${pair.name}` }).click();
      await panel.getByTestId('candidate-checks').waitFor();
      return panel;
    };

    const refusedPanel = await pick(refused);
    await refusedPanel.getByText('Chưa đủ điều kiện', { exact: false }).first().waitFor();
    expect(await refusedPanel.getByRole('button', { name: 'Thêm vào quy hoạch' }).isDisabled()).toBe(true);
    expect(await refusedPanel.textContent()).toContain('QĐ');
    await browser.screenshot(page, '61-plan-candidate-refused');
    await refusedPanel.getByRole('button', { name: 'Đóng' }).click();

    const panel = await pick(admissible);
    await panel.getByText('Đủ điều kiện đưa vào quy hoạch').waitFor();
    await panel.getByRole('button', { name: 'Thêm vào quy hoạch' }).click();
    const row = page.getByTestId(`plan-post-${admissible.post}`);
    await row.getByText(admissible.name).waitFor();
    await row.getByText('Đề xuất').first().waitFor();
    await browser.screenshot(page, '62-plan-candidate-added');

    const { rows } = await pg.query(
      `SELECT data->>'status' AS status, data->>'addedBy' AS "addedBy" FROM procedure_item
       WHERE workflow_id = 'plan/DH/2025-2030' AND item_key = $1`,
      [`${admissible.post}/${admissible.cadre}`],
    );
    expect(rows).toEqual([{ status: 'candidate', addedBy: 'U-HR-01' }]);
    await page.close();
  });
});
