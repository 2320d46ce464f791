import { waitUntil } from '@personnel/dev-runtime';
import type { Locator, Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient, type ApiAnswer } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { excuseDemoDossier } from '../demo-dossier';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { COLLECTIVE } from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

/** The receiving unit's user who confirms the hand-over and evaluates each year. */
const RECEIVING = 'U-PBT-01';
/** A year of the rotation lasts this long here (APPOINTMENT_TIMING_OVERRIDES). */
const YEAR_MS = 20_000;

interface StaffMove {
  cadre: string;
  name: string;
  post: string;
  to_post: string;
  to_unit: string;
}

/**
 * The rotation panel in Chromium against the real system: HR proposes a rotation in the form (the panel's
 * request given short years on its way, as the timing override allows), the procedure's middle steps go
 * through the API, the receiving unit evaluates the first year on the rotation page, and a batch's
 * screen fills in live. Screenshots in test/browser/artifacts/ (50-…).
 */
describe('the rotation panel in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let base: string;
  let api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;
  let moves: StaffMove[];
  let rotationUrl = '';

  beforeAll(async () => {
    process.env.APPOINTMENT_TIMING_OVERRIDES = 'true';
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
    api = apiClient(base).api;
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    // Staff (not head) posts at a commune, each to the post of the same title at another commune.
    ({ rows: moves } = await pg.query<StaffMove>(
      `WITH cur AS (
         SELECT c.code AS cadre, c.full_name AS name, p.code AS post, p.title, u.code AS unit
         FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = p.unit_id
         WHERE a.to_date IS NULL AND NOT p.single_holder AND p.active AND u.level = 'commune' AND c.status = 'active')
       SELECT DISTINCT ON (cur.cadre) cur.cadre, cur.name, cur.post, d.code AS to_post, du.code AS to_unit
       FROM cur JOIN post d ON d.title = cur.title AND NOT d.single_holder AND d.active
       JOIN unit du ON du.id = d.unit_id AND du.level = 'commune' AND du.code <> cur.unit
       ORDER BY cur.cadre, du.code LIMIT 3`,
    ));
  }, 240_000);

  afterAll(async () => {
    await pg?.end();
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  async function guarded(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      for (const [i, page] of browser.pages().entries())
        await browser.screenshot(page, `fail-rotation-${name}-${i}`).catch(() => undefined);
      throw error;
    }
  }

  const ok = (answer: ApiAnswer, status = 200) => {
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  async function pickUsers(scope: Locator, label: string | RegExp, users: string[]) {
    const select = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' });
    for (const user of users) {
      await select.selectOption(user);
      await scope.getByRole('button', { name: 'Thêm', exact: true }).click();
    }
  }

  it('HR proposes a rotation in the form and lands on its page', () =>
    guarded('1', async () => {
      const move = moves[0];
      const page = await browser.newTab();
      await signIn(page, 'U-HR-01');
      // The form sends no timing; the test gives this rotation short years on its way to the API.
      await page.route('**/api/v1/rotations', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        const body = {
          ...route.request().postDataJSON(),
          timing: { yearMs: YEAR_MS, evaluationGraceMs: 600_000 },
        };
        await route.continue({ postData: JSON.stringify(body) });
      });
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Luân chuyển' })
        .click();
      await page.getByRole('link', { name: 'Đề xuất luân chuyển' }).click();
      const form = page.getByRole('form', { name: 'Đề xuất luân chuyển cán bộ' });

      await form.getByRole('searchbox', { name: 'Tìm cán bộ theo tên hoặc mã' }).fill(move.cadre);
      await form.getByRole('button', { name: 'Tìm cán bộ', exact: true }).click();
      await form.getByRole('button', { name: `Chọn ${move.name}` }).click();
      await form.getByTestId('from-post').waitFor();

      await form.getByRole('searchbox', { name: 'Tìm chức danh' }).fill(move.to_post);
      await form.getByRole('button', { name: 'Tìm chức danh' }).click();
      await form.getByRole('button', { name: new RegExp(`^Chọn: .*\\(${move.to_post}\\)$`) }).click();
      await form.getByRole('radio', { name: 'Đào tạo, rèn luyện cán bộ' }).check();

      // The district's one standing committee is the collective already: its 7 members, no picking.
      const collective = form.getByRole('group', { name: 'Tập thể lãnh đạo xem xét, biểu quyết' });
      await collective.getByText(`Xem, điều chỉnh thành viên (${COLLECTIVE.summonedIds.length})`).waitFor();
      const chosen = await collective
        .getByRole('combobox', { name: 'Chọn tập thể' })
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
      expect(chosen).toContain('Ban Thường vụ Huyện ủy Đầm Hà');
      await form.getByRole('button', { name: 'Thêm bước ký duyệt' }).click();
      const step = form.locator('.sign-off-step').first();
      await step.getByLabel('Tên bước').fill('Cơ quan Tổ chức - Nội vụ thẩm định');
      await step.getByLabel('Mã bước').fill('org-office');
      await pickUsers(step, /^Người ký \(/, ['U-TCNV-01']);
      await form.getByRole('combobox', { name: /^Người ký quyết định/ }).selectOption('U-BT-01');
      await pickUsers(form.getByRole('group', { name: /^Người của đơn vị nhận/ }), /^Người của đơn vị nhận/, [
        RECEIVING,
      ]);
      await browser.screenshot(page, '50-rotation-form');

      await form.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }).click();
      await page.getByTestId('rotation-started').waitFor();
      await page.getByRole('link', { name: 'Mở quy trình' }).click();
      await page.getByTestId('rotation-from').waitFor();
      rotationUrl = page.url();
      expect(rotationUrl).toContain(`/rotations/${move.cadre}/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(move.name);
      await page.getByTestId('rotation-eligibility').waitFor();
      await browser.screenshot(page, '51-rotation-page');
      await page.close();
    }));

  it('the receiving unit evaluates the first year on the rotation page', () =>
    guarded('2', async () => {
      if (!rotationUrl) throw new Error('no rotation: HR could not propose it (see the first failure)');
      const path = `/rotations/${new URL(rotationUrl).pathname.split('/').slice(2).join('/')}`;
      const id = `rotation${path.slice('/rotations'.length)}`;
      const stage = async () => ok(await api(path, 'U-HR-01')).stage as string;
      await waitUntil(
        'the eligibility check',
        async () => (await stage()) !== 'eligibility_check',
        30_000,
        200,
      );
      if ((await stage()) === 'awaiting_exception')
        ok(
          await api(`${path}/exception`, 'U-BT-01', {
            reason: 'Luân chuyển để đào tạo theo kế hoạch của Ban Thường vụ',
          }),
        );
      await excuseDemoDossier(api, id);
      const conference = `${path}/conferences/1`;
      await waitUntil(
        'the consultation',
        async () => (await api(conference, COLLECTIVE.secretaryId)).status === 200,
        30_000,
        200,
      );
      ok(await api(`${conference}/attendance`, COLLECTIVE.secretaryId, { present: COLLECTIVE.summonedIds }));
      ok(
        await api(`${conference}/tally`, COLLECTIVE.secretaryId, {
          ballotsCast: COLLECTIVE.summonedIds.length,
          votes: [{ candidateId: moves[0].cadre, votes: COLLECTIVE.summonedIds.length }],
          sheetSha256: 'e'.repeat(64),
        }),
      );
      await waitUntil('the sign-off', async () => (await stage()) === 'sign_off', 30_000, 200);
      ok(await api(`/tasks/${id}/r1-org-office/decide`, 'U-TCNV-01', { verdict: 'approve' }));
      await waitUntil('the decision task', async () => (await stage()) === 'awaiting_decision', 30_000, 200);
      ok(await api(`${path}/decision`, 'U-BT-01', { number: '501/QĐ-HU', effectiveDate: '2027-01-04' }));
      ok(await api(`${path}/hand-over`, RECEIVING, {}));

      const page = await browser.newTab();
      await signIn(page, RECEIVING);
      await page.goto(`${base}${path}`);
      const form = page.getByRole('form', { name: 'Đánh giá cán bộ luân chuyển, năm thứ 1' });
      await form.waitFor({ timeout: YEAR_MS + 30_000 });
      await form.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' }).check();
      await form.getByLabel('Nhận xét').fill('Nắm chắc địa bàn, phối hợp tốt với Đảng ủy xã.');
      await form.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
      await page.getByTestId('action-feedback').getByText('Đã ghi nhận đánh giá.').waitFor();
      const evaluations = page.getByTestId('rotation-evaluations');
      await evaluations.getByText('Nắm chắc địa bàn, phối hợp tốt với Đảng ủy xã.').waitFor();
      expect(await evaluations.textContent()).toContain('Hoàn thành tốt nhiệm vụ');
      await browser.screenshot(page, '52-rotation-evaluated');
      await page.close();
    }));

  it('the batch screen fills in live', () =>
    guarded('3', async () => {
      const batch = ok(
        await api('/rotation-batches', 'U-HR-01', {
          idempotencyKey: 'browser-luan-chuyen',
          parties: {
            collective: COLLECTIVE,
            signOffMode: 'sequential',
            signOff: [
              { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
            ],
            signerId: 'U-BT-01',
            receivingIds: [RECEIVING],
          },
          rotations: moves.slice(1).map((m) => ({
            cadreId: m.cadre,
            fromPostId: m.post,
            toUnitCode: m.to_unit,
            toPostId: m.to_post,
            reason: 'development',
          })),
        }),
        202,
      );
      const page = await browser.newTab();
      await signIn(page, 'U-HR-01');
      await page.goto(`${base}/rotations/batches/${batch.id}`);
      await page.getByTestId('batch-progress').waitFor();
      await page.getByText('Đã khởi tạo xong mọi trường hợp.').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('batch-progress-text').textContent()).toContain(
        `Đã xử lý 2/2 trường hợp`,
      );
      const rows = page.getByTestId('batch-row');
      expect(await rows.count()).toBe(2);
      expect(await rows.first().textContent()).toContain(moves[1].name);
      expect(await page.getByTestId('batch-count-total').textContent()).toBe('2');
      await browser.screenshot(page, '53-rotation-batch');
      await page.close();
    }));
});
