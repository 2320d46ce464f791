import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { Client as PgClient } from 'pg';
// The e2e project's starter of the whole system and its API client, shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient, type ApiAnswer } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  COLLECTIVE,
  eligibleCandidate,
  expectStatus,
  holdDemoConference,
  journalStep,
  proposeOutsideCandidate,
} from '../demo-appointment';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startSystemUnderTest, type SystemUnderTest } from '../system-under-test';
import { launchBrowser, type Browser } from './browser';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The "Văn bản" section of a real appointment in Chromium: HR proposes over the API, the first
 * conference is held, and the procedure's screen lists the papers issued so far (submission, CV,
 * minutes, ballot count) with their sizes and hashes, and the next conference's as drafts. A preview
 * opens the PDF inline (its bytes are the stored file's), a download saves the same file, a draft is
 * marked and not stored. Screenshots in test/browser/artifacts/ (70-…).
 */
describe('official documents in Chromium', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let pg: PgClient;
  let base: string;
  let api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;
  let workflowId: string;
  let pagePath: string;
  let candidate: string;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystemUnderTest(), launchBrowser()]);
    base = system.apiUrl;
    api = apiClient(base).api;
    pg = new PgClient({ connectionString: system.databaseUrl });
    await pg.connect();
    candidate = await eligibleCandidate(pg, api);
    const started = await proposeOutsideCandidate(api, candidate);
    workflowId = started.id;
    pagePath = started.base;
    await holdDemoConference(api, started.base, 1, COLLECTIVE);
    await journalStep(pg, workflowId, 'conference_closed');
    // The next conference convened: its papers exist as drafts.
    await waitFor(async () => {
      const { rowCount } = await pg.query(
        `SELECT 1 FROM workflow_step WHERE workflow_id = $1 AND kind = 'conference_convened'`,
        [workflowId],
      );
      return rowCount === 2;
    });
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

  const row = (page: Page, key: string) => page.locator(`[data-testid="document-row"][data-key="${key}"]`);

  it('lists the papers issued so far and the next conference as drafts, sizes in KB', async () => {
    const listed = expectStatus(await api(`/procedures/${workflowId}/documents`, 'U-HR-01'));
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await page.goto(`${base}${pagePath}`);
    const section = page.getByRole('region', { name: 'Văn bản' });
    await section.waitFor();
    await row(page, 'submission').waitFor();
    for (const key of ['submission', `cv_2c.${candidate}`, 'conference_minutes.1', 'ballot_count.1'])
      expect(await row(page, key).getAttribute('data-state')).toBe('issued');
    for (const key of ['conference_minutes.2', 'ballot_count.2'])
      expect(await row(page, key).getAttribute('data-state')).toBe('draft');
    const submission = listed.documents.find((d: { key: string }) => d.key === 'submission');
    const kb = (submission.sizeBytes / 1024).toFixed(1).replace('.', ',');
    await row(page, 'submission').getByText(`${kb} KB`).waitFor();
    await row(page, 'submission').getByText('Đã ban hành').waitFor();
    await row(page, 'conference_minutes.2').getByText('Dự thảo').waitFor();
    expect(await section.getByText('0,0 KB').count()).toBe(0);
    await browser.screenshot(page, '70-documents-list');
    await page.close();
  });

  it('previews the submission inline: the frame shows the stored PDF', async () => {
    const listed = expectStatus(await api(`/procedures/${workflowId}/documents`, 'U-HR-01'));
    const stored = listed.documents.find((d: { key: string }) => d.key === 'submission');
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await page.goto(`${base}${pagePath}`);
    // The panel fetches the PDF with the token and shows it from a blob: URL (a plain link would carry none).
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/v1/procedures/${workflowId}/documents/submission`)),
      row(page, 'submission').getByRole('button', { name: 'Xem: Tờ trình' }).click(),
    ]);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline;/);
    // The stored paper, by its hash and size (the download test compares the bytes themselves).
    expect(response.headers()['x-content-sha256']).toBe(stored.sha256);
    expect(Number(response.headers()['content-length'])).toBe(stored.sizeBytes);
    const frame = page.getByTestId('document-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('title')).toBe('Bản xem: Tờ trình');
    expect((await frame.getAttribute('src')) ?? '').toMatch(/^blob:/);
    await page.waitForTimeout(1000);
    await browser.screenshot(page, '71-document-preview');
    await page.getByRole('button', { name: 'Đóng bản xem' }).click();
    expect(await page.getByTestId('document-preview').count()).toBe(0);
    await page.close();
  });

  it('downloads the CV as the stored file, and a draft marked as such without storing it', async () => {
    const listed = expectStatus(await api(`/procedures/${workflowId}/documents`, 'U-HR-01'));
    const cv = listed.documents.find((d: { key: string }) => d.key === `cv_2c.${candidate}`);
    const page = await browser.newTab();
    await signIn(page, 'U-HR-01');
    await page.goto(`${base}${pagePath}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row(page, `cv_2c.${candidate}`)
        .getByRole('button', { name: /^Tải về: / })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(cv.fileName);
    const saved = await readFile((await download.path()) as string);
    expect(sha(saved)).toBe(cv.sha256);

    await row(page, 'conference_minutes.2')
      .getByRole('button', { name: /^Xem: / })
      .click();
    await page.getByTestId('document-preview').waitFor();
    await page.getByText('Chưa ghi nhận bước tạo văn bản: bản xem là dự thảo, không lưu.').waitFor();
    const { rows } = await pg.query(
      `SELECT document_key FROM official_document WHERE workflow_id = $1 ORDER BY document_key`,
      [workflowId],
    );
    expect(rows.map((r) => r.document_key)).toEqual(
      ['ballot_count.1', 'conference_minutes.1', `cv_2c.${candidate}`, 'submission'].sort(),
    );
    await browser.screenshot(page, '72-document-draft-preview');
    await page.close();
  });
});

async function waitFor(done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}
