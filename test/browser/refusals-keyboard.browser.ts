import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient, type ApiAnswer } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { expectStatus, outsideAppointmentAtSignOff } from '../demo-appointment';
import { useAppointmentSystem } from './appointment-system';
import { personLabel } from './conference-keyboard';
import { expectText } from './eventually';
import { PHONE, sidewaysOverflow, tabAndEnter } from './keyboard';
import { hasFocus, signInByKeyboard, switchToEnglish } from './keyboard-walk';
import { holdableTaskList } from './stale-list';

const STEP = 'Cơ quan Tổ chức - Nội vụ thẩm định';
const TASK_KEY = 'r1-org-office';
const CLAIMER = 'U-TCNV-01';
const LATE = 'U-PBT-01';

/** The inbox's words in each language (apps/web/src/i18n/inbox.*.ts, procedure.*.ts). */
const WORDS = {
  vi: {
    inbox: 'Việc cần xử lý',
    showGroup: 'Xem việc nhóm',
    claim: 'Nhận việc',
    failed: `Không thực hiện được: ${STEP}`,
    claimedBy: (who: string) => `${who} đã nhận nhiệm vụ này.`,
  },
  en: {
    inbox: 'My work',
    showGroup: 'Show group tasks',
    claim: 'Claim',
    failed: `Could not be done: ${STEP}`,
    claimedBy: (who: string) => `${who} has already claimed this task.`,
  },
};

/**
 * A refusal in the user's language, the person by name, focus on it, at a phone's width with the
 * keyboard alone, in Chromium against the real system. The sign-off of an appointment is a group task
 * (U-TCNV-01 or U-PBT-01, one claims it); U-PBT-01's inbox shows it still open to claim when U-TCNV-01
 * has just claimed it (the list is held as it was, the race made certain: stale-list.ts), and U-PBT-01
 * claims it too: the API refuses (409 claimed_by_other) and the panel says who holds it, by name, in
 * Vietnamese; then in English after U-TCNV-01 gave it back and claimed it again. (A non-secretary is
 * never offered the tally form, so that refusal cannot be met in the panel: conference-keyboard.browser.ts
 * holds that the panel names the secretary instead.)
 */
describe('a refusal at phone width, with the keyboard alone: who holds the task, by name, in the user’s language', () => {
  const ctx = useAppointmentSystem();
  let api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;
  let taskPath: string;

  beforeAll(async () => {
    api = apiClient(ctx.system.apiUrl).api;
    const { id: workflowId } = await outsideAppointmentAtSignOff(api, ctx.candidate, {
      label: STEP,
      assigneeIds: [CLAIMER, LATE],
    });
    taskPath = `/tasks/${workflowId.split('/').map(encodeURIComponent).join('/')}/${TASK_KEY}`;
  }, 300_000);

  afterEach(() => {
    expect(ctx.browser.problems).toEqual([]);
  });

  /**
   * U-PBT-01 on a phone, in the language of `w`, sees the group task open to claim; U-TCNV-01 claims it
   * meanwhile; U-PBT-01 claims it with Enter: answers the tab, on the refusal.
   */
  async function claimTooLate(w: (typeof WORDS)['vi'], english: boolean): Promise<Page> {
    const page = await ctx.browser.newTab(PHONE);
    const list = await holdableTaskList(page);
    await signInByKeyboard(page, ctx.system.apiUrl, LATE);
    if (english) await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: w.inbox }).waitFor();
    await tabAndEnter(page, page.getByTestId('group-waiting').getByRole('link', { name: w.showGroup }));
    const claim = page
      .getByRole('row')
      .filter({ hasText: STEP })
      .first()
      .getByRole('button', { name: w.claim });
    await claim.waitFor();
    list.hold();
    expectStatus(await api(`${taskPath}/claim`, CLAIMER, {}));
    await tabAndEnter(page, claim);
    return page;
  }

  /** The refusal has the focus and says, in the user's language, who holds the task by name. */
  async function expectRefusal(page: Page, w: (typeof WORDS)['vi']) {
    const result = page.getByTestId('row-result');
    await expectText(result, w.failed);
    // One sentence naming who holds it, as the refusal's title (not "someone else" above the API's words).
    await expectText(result.getByRole('alert').locator('.notice-title'), w.claimedBy(personLabel(CLAIMER)));
    expect(await result.innerText()).not.toMatch(/Người khác|Someone else/);
    expect(await hasFocus(result)).toBe(true);
    // What shows names the user id only beside the name, never in its place (the server's own English
    // words stay folded away under "technical detail", for whoever supports the user).
    expect(await result.innerText()).not.toMatch(new RegExp(`(?<!\\()${CLAIMER}(?!\\))`));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  }

  it('in Vietnamese', async () => {
    const page = await claimTooLate(WORDS.vi, false);
    try {
      await expectRefusal(page, WORDS.vi);
      await ctx.browser.screenshot(page, '85-refusal-claimed-by-other-phone-vi');
    } catch (error) {
      await ctx.browser.screenshot(page, 'fail-refusal-vi').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });

  it('in English', async () => {
    expectStatus(await api(`${taskPath}/unclaim`, CLAIMER, {}));
    const page = await claimTooLate(WORDS.en, true);
    try {
      await expectRefusal(page, WORDS.en);
      await ctx.browser.screenshot(page, '86-refusal-claimed-by-other-phone-en');
    } catch (error) {
      await ctx.browser.screenshot(page, 'fail-refusal-en').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
