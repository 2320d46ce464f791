import type { Locator, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { COLLECTIVE, QUANG_AN_CHAIRMAN } from '../demo-appointment';
import { useAppointmentSystem } from './appointment-system';
import { expectCount, expectText } from './eventually';
import { pickCandidateAndPost, uploadCvAndStart } from './local-appointment-start';
import { countUserActions, signIn } from './user-actions';

/** Issue 13's aim for a whole local-source appointment (it took 209 actions and 11 sign-ins). */
const MOST_ACTIONS = 99;

/**
 * The people a local-source appointment of Quảng An's chairman needs, each signing in once: HR starts
 * it; the district secretary (Bí thư) excuses the dossier's missing papers and signs the decision; the
 * secretaries of the district standing committee (three sittings), the expanded conference and the
 * key-cadre conference record theirs; the two approvers sign off.
 */
const PEOPLE = {
  hr: 'U-HR-01',
  signer: 'U-BT-01',
  standingCommittee: COLLECTIVE.secretaryId,
  expanded: 'U-MR-02',
  keyCadres: 'U-CC-02',
  orgOffice: 'U-TCNV-01',
  deputy: 'U-PBT-01',
} as const;

/** The five sittings of a local candidate (NĐ 138 Art. 46), as the inbox labels them, with their sizes. */
const SITTINGS = [
  { label: 'Tập thể lãnh đạo thảo luận, đề xuất', secretary: PEOPLE.standingCommittee, members: 7 },
  { label: 'Hội nghị mở rộng giới thiệu nhân sự', secretary: PEOPLE.expanded, members: 6 },
  { label: 'Tập thể lãnh đạo lựa chọn nhân sự', secretary: PEOPLE.standingCommittee, members: 7 },
  { label: 'Hội nghị cán bộ chủ chốt', secretary: PEOPLE.keyCadres, members: 5 },
  { label: 'Tập thể lãnh đạo biểu quyết', secretary: PEOPLE.standingCommittee, members: 7 },
];

/**
 * A whole local-source appointment through the panel only, in Chromium against the real system, every
 * person in a browser of their own, from HR's start form to the signed decision. Every click, fill,
 * choice, key press and file picked is counted (user-actions.ts), and every sign-in: the walk must take
 * fewer than 100 actions and one sign-in per person. Reading Postgres and the API only picks the
 * candidate. Screenshots in test/browser/artifacts/ (71-…, 72-…).
 */
describe('a local-source appointment from the start form to the decision, counting user actions', () => {
  const ctx = useAppointmentSystem();

  const actions = countUserActions();
  /** When each part of the walk ended, from the start of the test (printed, to see where time goes). */
  const marks: string[] = [];
  let began = 0;
  const mark = (what: string) => marks.push(`${what} ${((Date.now() - began) / 1000).toFixed(1)} s`);
  /** Who signed in, once for each browser opened: one browser (one sign-in) per person. */
  const signIns: string[] = [];
  const browsers = new Map<string, Page>();

  /** The person's browser, opened and signed into the first time they are needed. */
  async function as(username: string): Promise<Page> {
    const open = browsers.get(username);
    if (open) return open;
    const page = await (await ctx.browser.newBrowser()).newPage();
    browsers.set(username, page);
    await signIn(actions, page, ctx.system.apiUrl, username);
    signIns.push(username);
    return page;
  }

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name });

  /** From wherever the person is, their inbox: landing there on sign-in, else one click in the menu. */
  async function inboxRow(page: Page, label: string): Promise<Locator> {
    if (new URL(page.url()).pathname !== '/tasks') await actions.click(nav(page, 'Việc cần xử lý'));
    const row = page.getByTestId('task-row').filter({ hasText: label }).first();
    await row.waitFor({ timeout: 30_000 });
    return row;
  }

  async function holdSitting(index: number, sitting: (typeof SITTINGS)[number]) {
    const page = await as(sitting.secretary);
    const row = await inboxRow(page, sitting.label);
    await actions.click(row.getByRole('link', { name: sitting.label }));
    await page.waitForURL(new RegExp(`/appointments/${QUANG_AN_CHAIRMAN}/\\d+/conferences/${index}$`));

    // Those summoned by name (the user id beside it), everyone ticked with one button.
    const present = page.getByRole('group', { name: 'Có mặt' });
    const boxes = present.getByRole('checkbox');
    await expectCount(
      boxes,
      (n) => n === sitting.members,
      `the ${sitting.members} summoned to ${sitting.label}`,
    );
    for (const box of await boxes.all())
      expect(await box.evaluate((b) => b.parentElement?.textContent?.trim())).toMatch(
        /^\S.* \(U-[A-Z]+-\d+\)$/,
      );
    await actions.click(present.getByRole('button', { name: 'Đánh dấu tất cả có mặt' }));
    await expectText(page.getByTestId('quorum'), `Đủ số lượng Có mặt ${sitting.members}/${sitting.members}`);
    await actions.click(page.getByRole('button', { name: 'Ghi điểm danh' }));

    // The ballots cast are those present already; the candidate by name, the code beside it.
    await page.getByRole('heading', { name: 'Kiểm phiếu' }).waitFor();
    await actions.fill(
      page.getByLabel(new RegExp(`^Số phiếu đồng ý cho \\S.* \\(${ctx.candidate}\\)$`)),
      String(sitting.members),
    );
    await actions.pickFile(page.getByLabel('Biên bản kiểm phiếu (tệp)'), {
      name: `bien-ban-${index}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(
        `Biên bản kiểm phiếu hội nghị ${index}: ${ctx.candidate} ${sitting.members} phiếu\n`,
      ),
    });
    await page.getByTestId('sheet-sha').waitFor();
    if (index === 2) await ctx.browser.screenshot(page, '71-walk-expanded-conference-tally');
    await actions.click(page.getByRole('button', { name: 'Gửi kết quả kiểm phiếu' }));
    const result = page.getByTestId('conference-result');
    await expectText(result, 'Đạt');
    await expectText(result, new RegExp(`Đi tiếp: \\S.* \\(${ctx.candidate}\\)`));
    mark(`sitting ${index}`);
  }

  it('takes fewer than 100 actions and one sign-in per person, and ends appointed', async () => {
    began = Date.now();
    try {
      const hr = await as(PEOPLE.hr);
      const beforeStartForm = actions.count;
      const form = await pickCandidateAndPost(actions, hr, ctx.candidate, QUANG_AN_CHAIRMAN);
      await form.getByText('Trình tự ký duyệt lấy theo mẫu').waitFor();
      await uploadCvAndStart(actions, hr);
      const startFormActions = actions.count - beforeStartForm;
      mark('started');

      // One 'other' document is not a whole dossier: the signer excuses the rest from his inbox.
      const signer = await as(PEOPLE.signer);
      const exception = 'Xem xét ngoại lệ về hồ sơ chưa đầy đủ';
      await actions.click((await inboxRow(signer, exception)).getByRole('link', { name: exception }));
      await actions.fill(
        signer.getByLabel('Lý do (ít nhất 20 ký tự)'),
        'Hồ sơ giấy đã được Ban Tổ chức thẩm định, bản điện tử bổ sung sau',
      );
      await actions.click(signer.getByRole('button', { name: 'Chấp thuận ngoại lệ' }));
      await signer.getByText('Đã chấp thuận ngoại lệ về hồ sơ.').first().waitFor();
      mark('dossier excused');

      for (const [i, sitting] of SITTINGS.entries()) await holdSitting(i + 1, sitting);

      // The two sign-offs run in parallel: each approver agrees from the row of their inbox.
      for (const [who, step] of [
        [PEOPLE.orgOffice, 'Cơ quan Tổ chức - Nội vụ thẩm định'],
        [PEOPLE.deputy, 'Phó Bí thư Thường trực'],
      ] as const) {
        const page = await as(who);
        const row = await inboxRow(page, step);
        await actions.click(row.getByRole('button', { name: 'Đồng ý', exact: true }));
        await page
          .getByTestId('row-result')
          .getByText(/^Đã ghi nhận quyết định: /)
          .waitFor();
        mark(`signed off by ${who}`);
      }

      const decision = 'Ký quyết định';
      await actions.click((await inboxRow(signer, decision)).getByRole('link', { name: decision }));
      await signer.getByRole('heading', { name: 'Ký quyết định bổ nhiệm' }).waitFor();
      await actions.fill(signer.getByLabel('Số quyết định'), '126/QĐ-HU');
      await actions.fill(signer.getByLabel('Ngày hiệu lực (dd/mm/yyyy)'), '04/01/2027');
      await actions.click(signer.getByRole('button', { name: 'Ký quyết định' }));
      await expectText(signer.getByTestId('action-feedback'), 'Đã ký quyết định.');
      await expectText(signer.locator('.card-header').first(), 'Đã bổ nhiệm');
      mark('decision signed');
      // Every step of the journal in words: none is shown by its kind, as a code.
      await expectText(signer.getByTestId('timeline'), 'Bắt đầu nhiệm kỳ');
      const steps = await signer.getByTestId('timeline').evaluate((timeline) =>
        Array.from(timeline.querySelectorAll('li')).map((li) => ({
          kind: Array.from(li.classList)
            .find((c) => c.startsWith('timeline-') && c !== 'timeline-step')
            ?.slice(9),
          title: li.querySelector('.timeline-title strong')?.textContent,
        })),
      );
      expect(steps.map((step) => step.kind)).toEqual(
        expect.arrayContaining(['dossier_checked', 'dossier_exception_granted', 'term_started']),
      );
      for (const { kind, title } of steps) expect(title).not.toBe(kind?.replace(/_/g, ' '));
      await ctx.browser.screenshot(signer, '72-walk-appointed');

      // Printed for the report: the totals, then every action in order.
      process.stdout.write(
        `local-source appointment, start form to decision: ${actions.count} user actions ` +
          `(start form ${startFormActions}), ${signIns.length} sign-ins (${signIns.join(', ')})\n` +
          `  ${marks.join(' · ')}\n  ` +
          `${actions.log.join('\n  ')}\n`,
      );
      expect(actions.count).toBeLessThanOrEqual(MOST_ACTIONS);
      expect([...signIns].sort()).toEqual(Object.values(PEOPLE).sort());
    } catch (error) {
      for (const [i, page] of ctx.browser.pages().entries())
        await ctx.browser.screenshot(page, `fail-walk-${i}`).catch(() => undefined);
      throw error;
    }
    expect(ctx.browser.problems).toEqual([]);
  });
});
