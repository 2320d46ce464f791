import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { excuseDemoDossier } from '../demo-dossier';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  COLLECTIVE,
  eligibleCandidate,
  HOME_UNIT_CONSULTATION,
  QUANG_AN_CHAIRMAN,
} from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';
import { expectCount, expectSelectedOption, expectText } from './eventually';

const POST = QUANG_AN_CHAIRMAN;
const ORG_OFFICE = 'Cơ quan Tổ chức - Nội vụ thẩm định';
const DEPUTY = 'Phó Bí thư Thường trực';

/**
 * The appointment procedure walked through the panel only, in Chromium against the real system: HR
 * starts it for an outside candidate, each conference's secretary records attendance and the tally with
 * the sheet's SHA-256, the two approvers sign off in parallel (one refused from a stale tab), the leader
 * signs the decision; HR's open page follows without a reload; a viewer sees no actions. Reading Postgres
 * and the API only picks the candidate and checks. Screenshots in test/browser/artifacts/ (30-…).
 */
describe('the appointment procedure in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let base: string;
  let candidate: string;
  let procedureUrl: string;
  let hrPage: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    candidate = await eligibleCandidate(pg, apiClient(base).api);
  }, 240_000);

  afterAll(async () => {
    await pg?.end();
    await browser?.close();
    await system?.stop();
  });

  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  /** A cadre in planning for the post whom POST /eligibility finds eligible (test/appointment.e2e.spec.ts). */
  /** On a failure, every open tab's screen goes to artifacts/fail-<n>-<i>.png to be looked at. */
  async function guarded(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      for (const [i, page] of browser.pages().entries())
        await browser.screenshot(page, `fail-${name}-${i}`).catch(() => undefined);
      throw error;
    }
  }

  /** The procedure HR started: the later steps need it. */
  const started = () => {
    if (!procedureUrl) throw new Error('no procedure: HR could not start it (see the first failure)');
    return procedureUrl;
  };

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const timeline = (page: Page) => page.getByTestId('timeline').getByRole('listitem');

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  it('HR starts the procedure from the form, with a dossier document, and lands on its page', () =>
    guarded('1', async () => {
      const page = (hrPage = await browser.newTab());
      await signIn(page, 'U-HR-01');
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Quy trình bổ nhiệm' })
        .click();
      await page.getByRole('link', { name: 'Bắt đầu quy trình mới' }).click();
      await heading(page).getByText('Bắt đầu quy trình bổ nhiệm').waitFor();
      const form = page.getByRole('form', { name: 'Bắt đầu quy trình bổ nhiệm' });

      await form.getByLabel('Tìm cán bộ').fill(candidate);
      await form.getByLabel('Tìm cán bộ').press('Enter');
      await form.getByRole('button', { name: new RegExp(`^Thêm .*\\(${candidate}\\)$`) }).click();
      await form.getByRole('list', { name: 'Người được đề nghị' }).getByText(candidate).waitFor();

      await form.getByRole('searchbox', { name: 'Tìm chức danh' }).fill(POST);
      await form.getByRole('button', { name: 'Tìm chức danh' }).click();
      await form.getByRole('button', { name: new RegExp(`^Chọn: .*\\(${POST}\\)$`) }).click();

      await form.getByRole('radio', { name: 'Nguồn từ nơi khác' }).check();
      // The registry's standing bodies: the district's committee is the collective already; the
      // consultation where the candidate works is picked in one action.
      await expectSelectedOption(
        page.getByRole('group', { name: 'Tập thể lãnh đạo', exact: true }).getByLabel('Chọn tập thể'),
        `Ban Thường vụ Huyện ủy Đầm Hà (${COLLECTIVE.summonedIds.length} thành viên)`,
      );
      await page
        .getByRole('group', { name: 'Lấy ý kiến nơi công tác', exact: true })
        .getByLabel('Chọn tập thể')
        .selectOption({
          label: `Tổ lấy ý kiến nơi công tác (khối huyện) (${HOME_UNIT_CONSULTATION.summonedIds.length} thành viên)`,
        });

      // The post's sign-off template: two parallel steps and the signer, step codes never shown.
      await form.getByText('Trình tự ký duyệt lấy theo mẫu').waitFor();
      expect(await form.getByRole('radio', { name: 'Song song' }).isChecked()).toBe(true);
      const steps = form.locator('.sign-off-step');
      await expectCount(steps, (n) => n === 2, 'the two steps of the template');
      expect(await steps.nth(0).getByLabel('Tên bước').inputValue()).toBe(ORG_OFFICE);
      expect(await steps.nth(1).getByLabel('Tên bước').inputValue()).toBe(DEPUTY);
      expect(await form.getByLabel('Mã bước').count()).toBe(0);
      expect(await form.getByLabel('Người ký quyết định').inputValue()).toBe('U-BT-01');

      const dossier = form.getByRole('group', { name: 'Tài liệu hồ sơ' });
      await dossier.getByLabel('Loại tài liệu').selectOption('other');
      await dossier.getByLabel('Tệp', { exact: true }).setInputFiles({
        name: 'so-yeu-ly-lich.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% Sơ yếu lý lịch\n'),
      });
      await dossier.getByRole('button', { name: 'Tải lên' }).click();
      await dossier.getByText('so-yeu-ly-lich.pdf').waitFor();
      await browser.screenshot(page, '30-start-appointment-filled');

      await form.getByRole('button', { name: 'Bắt đầu quy trình' }).click();
      const started = page.getByTestId('appointment-started');
      await started.waitFor();
      await started.getByRole('link', { name: 'Mở quy trình' }).click();
      await page.waitForURL(new RegExp(`/appointments/${POST}/\\d+$`));
      procedureUrl = page.url();
      await heading(page).getByText('Quy trình bổ nhiệm').waitFor();
      await page.getByText(candidate).first().waitFor();
      await page.getByText('so-yeu-ly-lich.pdf').first().waitFor();
      await expectCount(timeline(page), (n) => n >= 2, 'the proposal and the eligibility check');
      await expectText(timeline(page).nth(0), 'Đề xuất');
      await browser.screenshot(page, '31-procedure-proposed');
    }));

  async function holdConference(index: number, body: typeof COLLECTIVE, stepName: string, shot: string) {
    const page = await browser.newTab();
    await signIn(page, body.secretaryId);
    // A conference task is held by its secretary and its head together: in "my tasks", nothing to claim.
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Việc cần xử lý' })
      .click();
    await page.getByRole('link', { name: 'Việc của tôi' }).click();
    const row = page.getByTestId('task-row').filter({ hasText: 'Hội nghị' }).filter({ hasText: stepName });
    await row.first().waitFor({ timeout: 30_000 });
    if (index === 1) await browser.screenshot(page, `${shot}-inbox`);
    await row.first().getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/appointments/${POST}/\\d+/conferences/${index}$`));
    await heading(page).getByText('Hội nghị:').waitFor();

    const quorum = page.getByTestId('quorum');
    await expectText(quorum, 'Chưa đủ số lượng');
    const boxes = page.getByRole('group', { name: 'Có mặt' }).getByRole('checkbox');
    await expectCount(boxes, (n) => n === body.summonedIds.length, 'one box per member summoned');
    for (const box of await boxes.all()) await box.check();
    await expectText(quorum, `Đủ số lượng Có mặt ${body.summonedIds.length}/${body.summonedIds.length}`);
    await browser.screenshot(page, `${shot}-attendance`);
    await page.getByRole('button', { name: 'Ghi điểm danh' }).click();

    await page.getByRole('heading', { name: 'Kiểm phiếu' }).waitFor();
    expect(await page.getByLabel('Số phiếu phát ra').inputValue()).toBe(String(body.summonedIds.length));
    // The secretary reads the candidate's name, the code beside it: "Số phiếu đồng ý cho <name> (<code>)".
    await page
      .getByLabel(new RegExp(`^Số phiếu đồng ý cho \\S.* \\(${candidate}\\)$`))
      .fill(String(body.summonedIds.length));
    const sheet = Buffer.from(
      `Biên bản kiểm phiếu hội nghị ${index}: ${candidate} ${body.summonedIds.length} phiếu\n`,
    );
    await page
      .getByLabel('Biên bản kiểm phiếu (tệp)')
      .setInputFiles({ name: `bien-ban-${index}.txt`, mimeType: 'text/plain', buffer: sheet });
    await expectText(
      page.getByTestId('sheet-sha'),
      `SHA-256: ${createHash('sha256').update(sheet).digest('hex')}`,
    );
    await browser.screenshot(page, `${shot}-tally`);
    await page.getByRole('button', { name: 'Gửi kết quả kiểm phiếu' }).click();
    const result = page.getByTestId('conference-result');
    await expectText(result, 'Đạt');
    // Who goes on by name, the code beside it.
    await expectText(result, new RegExp(`Đi tiếp: \\S.* \\(${candidate}\\)`));
    await browser.screenshot(page, `${shot}-result`);
    await page.close();
  }

  it('the secretaries hold the three conferences: attendance with the quorum, the tally with the sheet', () =>
    guarded('2', async () => {
      started();
      // The demo's candidate has no dossier documents: the signer excuses it (the kit's dossier gate).
      const path = new URL(procedureUrl).pathname;
      await excuseDemoDossier(apiClient(base).api, `appointment${path.slice(path.indexOf('/', 1))}`);
      await holdConference(1, COLLECTIVE, 'Tập thể lãnh đạo thảo luận, đề xuất', '32-conference-1');
      await holdConference(
        2,
        HOME_UNIT_CONSULTATION,
        'Lấy ý kiến nơi cán bộ đang công tác',
        '33-conference-2',
      );
      await holdConference(3, COLLECTIVE, 'Tập thể lãnh đạo biểu quyết', '34-conference-3');
      // HR's page, open all along, has followed the conferences without a reload.
      await expectCount(hrPage.getByTestId('steps').getByRole('listitem'), (n) => n === 3, 'three steps');
    }));

  async function openSignOff(page: Page, username: string, label: string) {
    await signIn(page, username);
    await heading(page).getByText('Việc cần xử lý').waitFor();
    const row = page.getByTestId('task-row').filter({ hasText: label });
    await row.first().waitFor({ timeout: 30_000 });
    return row.first();
  }

  it('the approvers sign off in parallel, one refused from a stale tab; HR sees each step land', () =>
    guarded('3', async () => {
      started();
      const tcnv = await browser.newTab();
      const row = await openSignOff(tcnv, 'U-TCNV-01', ORG_OFFICE);
      await browser.screenshot(tcnv, '35-approver-inbox');
      await row.getByRole('link', { name: ORG_OFFICE }).click();
      await tcnv.waitForURL(/\/appointments\/DH-QA-CT-UBND\/\d+\?task=r1-org-office$/);
      const checks = tcnv.getByTestId('candidate-eligibility').locator('.checks > li');
      await checks.first().waitFor();
      expect(await checks.count()).toBeGreaterThan(5);
      for (const check of await checks.all())
        await expectText(check.locator('.check-citation'), /Căn cứ: \S+/);
      await expectCount(timeline(tcnv), (n) => n >= 9, 'the steps so far');
      const before = await timeline(hrPage).count();
      const form = tcnv.getByTestId('task-r1-org-office');
      await form.getByLabel('Ý kiến').fill('Hồ sơ đầy đủ, đủ tiêu chuẩn.');
      await browser.screenshot(tcnv, '36-sign-off-task');
      await form.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await expectText(tcnv.getByTestId('action-feedback'), 'Đã ghi nhận: đồng ý.');

      // HR's page, open in another browser context all along, shows the new step without a reload.
      await expectCount(timeline(hrPage), (n) => n > before, 'the org office sign-off on HR’s page', 20_000);
      await expectText(timeline(hrPage).last(), /Hồ sơ đầy đủ, đủ tiêu chuẩn\./);
      await browser.screenshot(hrPage, '37-hr-page-live');

      // U-PBT-01 has the task open in two tabs; the second one, left in the background, is stale.
      const pbtA = await browser.newTab();
      const pbtB = await browser.newTab();
      await openSignOff(pbtA, 'U-PBT-01', DEPUTY);
      await signIn(pbtB, 'U-PBT-01');
      await pbtB.goto(`${started()}?task=r1-deputy-secretary`);
      await pbtB.getByTestId('task-r1-deputy-secretary').waitFor();
      await hide(pbtB);
      await pbtA.goto(`${started()}?task=r1-deputy-secretary`);
      const formA = pbtA.getByTestId('task-r1-deputy-secretary');
      await formA.getByLabel('Ý kiến').fill('Đồng ý đề nghị của Ban Tổ chức.');
      await formA.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await expectText(pbtA.getByTestId('action-feedback'), 'Đã ghi nhận: đồng ý.');

      await pbtB
        .getByTestId('task-r1-deputy-secretary')
        .getByRole('button', { name: 'Đồng ý', exact: true })
        .click();
      const refusal = pbtB.getByTestId('task-r1-deputy-secretary').getByRole('alert');
      await expectText(refusal, 'Nhiệm vụ này đã được xử lý.');
      await browser.screenshot(pbtB, '38-refused-task-closed');
      await Promise.all([tcnv.close(), pbtA.close(), pbtB.close()]);
    }));

  it('the leader signs the decision and the procedure is appointed, in term, with every step', () =>
    guarded('4', async () => {
      started();
      const page = await browser.newTab();
      const row = await openSignOff(page, 'U-BT-01', 'Ký quyết định');
      await row.getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Ký quyết định bổ nhiệm' }).waitFor();
      await page.getByLabel('Số quyết định').fill('125/QĐ-HU');
      await page.getByLabel('Ngày hiệu lực (dd/mm/yyyy)').fill('04/01/2027');
      await browser.screenshot(page, '39-sign-decision');
      await page.getByRole('button', { name: 'Ký quyết định' }).click();
      await expectText(page.getByTestId('action-feedback'), 'Đã ký quyết định.');
      await expectText(page.getByTestId('decision'), 'Số 125/QĐ-HU, hiệu lực từ 04/01/2027');
      await expectText(page.getByTestId('decision'), 'Nhiệm kỳ đến hết 03/01/2032');
      const summary = page.locator('.card-header').first();
      await expectText(summary, 'Đã bổ nhiệm');
      await expectText(summary, 'Trong nhiệm kỳ');
      const text = async () => (await page.getByTestId('timeline').textContent()) ?? '';
      await expectText(page.getByTestId('timeline'), 'Bắt đầu nhiệm kỳ');
      const all = await text();
      for (const step of [
        'Đề xuất',
        'Kiểm tra tiêu chuẩn',
        'Triệu tập hội nghị',
        'Kết thúc hội nghị',
        'Mở ký duyệt',
        'Ký duyệt: Đồng ý',
        'Ký quyết định',
        'Bổ nhiệm',
      ])
        expect(all).toContain(step);
      expect(all).not.toMatch(/_/);
      await browser.screenshot(page, '40-procedure-appointed');
      // HR's page stopped waiting: it shows the same end without a reload.
      await expectText(hrPage.getByTestId('decision'), '125/QĐ-HU');
      // The candidate's profile lists the procedure with its milestones (the cadre timeline).
      await page.goto(`${base}/cadres/${encodeURIComponent(candidate)}`);
      const procedure = page.getByTestId('cadre-procedure').first();
      await expectText(procedure, 'Đã bổ nhiệm');
      for (const milestone of ['Đề xuất', 'Kiểm tra tiêu chuẩn', 'Kết thúc hội nghị', 'Bổ nhiệm'])
        await expectText(procedure, milestone);
      await procedure.scrollIntoViewIfNeeded();
      await browser.screenshot(page, '40b-cadre-procedures');
      await page.close();
    }));

  it('shows a viewer the procedure without actions, and refuses them the inbox and the conference', () =>
    guarded('5', async () => {
      const page = await browser.newTab();
      await signIn(page, 'U-XEM-01');
      await page.goto(started());
      await page.getByTestId('decision').waitFor();
      await page.getByTestId('timeline').waitFor();
      // Reading the papers (preview, download) is for every reader; no other button is offered.
      await page.getByTestId('documents').waitFor();
      const buttons = await page.locator('main').getByRole('button').count();
      const documentButtons = await page.getByTestId('documents').getByRole('button').count();
      expect(buttons - documentButtons).toBe(0);
      expect(await page.locator('aside').count()).toBe(0);
      await browser.screenshot(page, '41-viewer-procedure');

      await page.goto(`${started()}/conferences/1`);
      await page.getByTestId('conference-result').waitFor();
      expect(await page.locator('main').getByRole('button').count()).toBe(0);
      expect(await page.getByRole('checkbox').count()).toBe(0);
      await browser.screenshot(page, '42-viewer-conference');

      await page.goto(`${base}/tasks`);
      await expectText(page.getByTestId('viewer-note'), 'Bạn chỉ có quyền xem.');
      expect(
        await page
          .locator('main')
          .getByRole('button', { name: /Đồng ý|Nhận việc/ })
          .count(),
      ).toBe(0);
      await browser.screenshot(page, '43-viewer-inbox-refused');
      await hrPage.close();
      await page.close();
    }));
});

/** A background tab: the page's pollers pause as they do when the user switches tabs. */
async function hide(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
