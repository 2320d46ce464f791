import type { Locator, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { QUANG_AN_CHAIRMAN } from '../demo-appointment';
import { useAppointmentSystem } from './appointment-system';
import { expectSelectedOption, expectText } from './eventually';
import { PHONE, sidewaysOverflow, tabTo } from './keyboard';
import { focusOrder, followNav, hasFocus, signInByKeyboard, switchToEnglish } from './keyboard-walk';

/** The words of the start form in each language, as a person reads them (apps/web/src/i18n). */
const WORDS = {
  vi: {
    nav: 'Điều hướng chính',
    procedures: 'Quy trình bổ nhiệm',
    startNew: 'Bắt đầu quy trình mới',
    title: 'Bắt đầu quy trình bổ nhiệm',
    legends: [
      'Người được đề nghị',
      'Chức danh bổ nhiệm',
      'Nguồn cán bộ',
      'Tập thể lãnh đạo',
      'Hội nghị mở rộng',
      'Hội nghị cán bộ chủ chốt',
      'Tài liệu hồ sơ',
    ],
    findCadre: 'Tìm cán bộ',
    findPost: 'Tìm chức danh',
    choosePost: 'Chọn',
    add: 'Thêm',
    local: 'Nguồn tại chỗ',
    outside: 'Nguồn từ nơi khác',
    homeUnit: 'Lấy ý kiến nơi công tác',
    pickBody: 'Chọn tập thể',
    collective: 'Tập thể lãnh đạo',
    standingCommittee: 'Ban Thường vụ Huyện ủy Đầm Hà (7 thành viên)',
    signer: 'Người ký quyết định',
    fromTemplate: 'Trình tự ký duyệt lấy theo mẫu',
    submit: 'Bắt đầu quy trình',
    invalid: 'Chưa gửi được: vui lòng sửa các lỗi sau.',
    signOut: 'Đăng xuất',
  },
  en: {
    nav: 'Main navigation',
    procedures: 'Appointments',
    startNew: 'Start a new procedure',
    title: 'Start an appointment procedure',
    legends: [
      'Candidates',
      'Post',
      'Source',
      'Leadership collective',
      'Expanded conference',
      'Key-cadre conference',
      'Dossier documents',
    ],
    findCadre: 'Find a cadre',
    findPost: 'Find a post',
    choosePost: 'Choose',
    add: 'Add',
    local: 'Local candidate',
    outside: 'Candidate from outside',
    homeUnit: 'Home unit consultation',
    pickBody: 'Choose a body',
    collective: 'Leadership collective',
    standingCommittee: 'Ban Thường vụ Huyện ủy Đầm Hà (7 members)',
    signer: 'Signs the decision',
    fromTemplate: 'Sign-off chain from the template',
    submit: 'Start the procedure',
    invalid: 'Not sent: please fix these problems.',
    signOut: 'Sign out',
  },
};
type Words = (typeof WORDS)['vi'];

/**
 * The appointment start form at a phone's width with the keyboard alone (Tab, Shift+Tab, Enter, Space,
 * arrow keys; no mouse), in Chromium against the real system: first in Vietnamese, HR sends it empty
 * (refused: focus on the summary, the field to fix marked), then finds the candidate and the post, moves
 * the source with the arrow keys and back, walks the focus order, and starts the procedure (focus on it).
 * Then in English: the same form in English words, and the second start for the same post is refused by
 * the API in English, focus on the refusal. Nothing scrolls sideways at any point.
 */
describe('the appointment start form at phone width, with the keyboard alone', () => {
  const ctx = useAppointmentSystem();

  afterEach(() => {
    expect(ctx.browser.problems).toEqual([]);
  });

  const form = (page: Page, w: Words) => page.getByRole('form', { name: w.title });
  const noSideways = async (page: Page) => expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  async function openForm(page: Page, w: Words): Promise<Locator> {
    await followNav(page, w.procedures, w.nav);
    await tabTo(page, page.getByRole('link', { name: w.startNew }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    const f = form(page, w);
    for (const legend of w.legends) await f.getByRole('group', { name: legend, exact: true }).waitFor();
    await noSideways(page);
    return f;
  }

  /** Sent with nothing chosen: the summary of problems has the focus, the cadre search is the field to fix. */
  async function sendEmpty(page: Page, f: Locator, w: Words) {
    await tabTo(page, f.getByRole('button', { name: w.submit, exact: true }));
    await page.keyboard.press('Enter');
    const summary = f.getByRole('alert').filter({ hasText: w.invalid });
    await summary.waitFor();
    expect(await hasFocus(summary)).toBe(true);
    // The first field marked to fix is the cadre search (no candidate yet), one Tab away from the summary.
    const find = f.getByRole('searchbox', { name: w.findCadre });
    expect(await find.getAttribute('aria-invalid')).toBe('true');
    const first = f.locator('[aria-invalid="true"]').first();
    expect(await first.evaluate((el, other) => el === other, await find.elementHandle())).toBe(true);
    expect(await tabTo(page, find)).toBe(1);
    await noSideways(page);
  }

  /** The candidate by search (Enter), added with Space; the post by search, chosen with Enter. */
  async function pickByKeyboard(page: Page, f: Locator, w: Words, candidate: string) {
    const find = f.getByRole('searchbox', { name: w.findCadre });
    if (!(await hasFocus(find))) await tabTo(page, find);
    await page.keyboard.type(candidate);
    await page.keyboard.press('Enter');
    await tabTo(page, f.getByRole('button', { name: new RegExp(`^${w.add} .*\\(${candidate}\\)$`) }));
    await page.keyboard.press('Space');
    // The candidate chosen reads by name, the code beside it.
    const chosen = f.getByRole('list', { name: w.legends[0] }).getByRole('listitem');
    await expectText(chosen.filter({ hasText: candidate }), new RegExp(`^\\S.* \\(${candidate}\\)`));

    await tabTo(page, f.getByRole('searchbox', { name: w.findPost }));
    await page.keyboard.type(QUANG_AN_CHAIRMAN);
    await page.keyboard.press('Enter');
    await tabTo(
      page,
      f.getByRole('button', { name: new RegExp(`^${w.choosePost}: .*\\(${QUANG_AN_CHAIRMAN}\\)$`) }),
    );
    await page.keyboard.press('Enter');
    // The post's unit and template fill in the rest.
    await f.getByText(w.fromTemplate).waitFor();
    await expectSelectedOption(
      f.getByRole('group', { name: w.collective, exact: true }).getByLabel(w.pickBody, { exact: true }),
      w.standingCommittee,
    );
    expect(await f.getByLabel(w.signer).inputValue()).toBe('U-BT-01');
    await noSideways(page);
  }

  /** The source's radios move with the arrow keys: from outside a home-unit consultation is asked for. */
  async function sourceByArrows(page: Page, f: Locator, w: Words) {
    const local = f.getByRole('radio', { name: w.local });
    await tabTo(page, local);
    await page.keyboard.press('ArrowDown');
    expect(await f.getByRole('radio', { name: w.outside }).isChecked()).toBe(true);
    await f.getByRole('group', { name: w.homeUnit, exact: true }).waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await local.isChecked()).toBe(true);
    expect(await f.getByRole('group', { name: w.homeUnit, exact: true }).count()).toBe(0);
    await f.getByText(w.fromTemplate).waitFor();
  }

  /** Shift+Tab from the submit button back to the first field meets every control, in the screen's order. */
  async function expectFocusOrderWhole(page: Page, f: Locator, w: Words) {
    const { reached, expected } = await focusOrder(
      page,
      f,
      f.getByRole('button', { name: w.submit, exact: true }),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(reached).toEqual(expected);
  }

  it('in Vietnamese: refused when empty, then filled and started; focus lands on each outcome', async () => {
    const page = await ctx.browser.newTab(PHONE);
    const w = WORDS.vi;
    try {
      await signInByKeyboard(page, ctx.system.apiUrl, 'U-HR-01');
      const f = await openForm(page, w);
      await sendEmpty(page, f, w);
      await pickByKeyboard(page, f, w, ctx.candidate);
      await sourceByArrows(page, f, w);
      await expectFocusOrderWhole(page, f, w);
      await ctx.browser.screenshot(page, '80-start-form-phone-keyboard-vi');

      await tabTo(page, f.getByRole('button', { name: w.submit, exact: true }));
      await page.keyboard.press('Enter');
      const started = page.getByTestId('appointment-started');
      await expectText(started, new RegExp(`^Đã bắt đầu quy trình appointment/${QUANG_AN_CHAIRMAN}/\\d+\\.`));
      expect(await hasFocus(started)).toBe(true);
      await noSideways(page);
      // The procedure is there, as the API reads it.
      const id = /appointment\/\S+\/\d+(?=\.)/.exec((await started.textContent()) ?? '')?.[0] ?? '';
      const { api } = apiClient(ctx.system.apiUrl);
      const read = await api(`/appointments/${id.split('/').slice(1).join('/')}`, 'U-HR-01');
      expect([read.status, read.body.candidateIds]).toEqual([200, [ctx.candidate]]);
    } catch (error) {
      await ctx.browser.screenshot(page, 'fail-start-form-phone-vi').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });

  it('in English: the same form in English; a second start for the post is refused in English, focus on it', async () => {
    const page = await ctx.browser.newTab(PHONE);
    const w = WORDS.en;
    try {
      await signInByKeyboard(page, ctx.system.apiUrl, 'U-HR-01');
      await switchToEnglish(page);
      const f = await openForm(page, w);
      await sendEmpty(page, f, w);
      await pickByKeyboard(page, f, w, ctx.candidate);
      await expectFocusOrderWhole(page, f, w);
      // No Vietnamese word of the panel's own is left on the form (the registry's names stay as they are).
      for (const word of WORDS.vi.legends)
        expect(await f.getByRole('group', { name: word, exact: true }).count()).toBe(0);

      await tabTo(page, f.getByRole('button', { name: w.submit, exact: true }));
      await page.keyboard.press('Enter');
      const refused = page.getByTestId('appointment-refused');
      await expectText(
        refused,
        `Post ${QUANG_AN_CHAIRMAN} is already being filled by appointment/${QUANG_AN_CHAIRMAN}/`,
      );
      expect(await hasFocus(refused)).toBe(true);
      expect(await page.getByTestId('appointment-started').count()).toBe(0);
      await noSideways(page);
      await ctx.browser.screenshot(page, '81-start-form-phone-keyboard-en-refused');
    } catch (error) {
      await ctx.browser.screenshot(page, 'fail-start-form-phone-en').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
