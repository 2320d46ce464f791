import type { Page } from 'playwright-core';
import { waitUntil } from '@personnel/dev-runtime';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient, type ApiAnswer } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { outsideAppointmentAtSignOff } from '../demo-appointment';
import { useAppointmentSystem } from './appointment-system';
import { expectText } from './eventually';
import { PHONE, sidewaysOverflow, tabAndEnter, tabTo } from './keyboard';
import { followNav, hasFocus, signInByKeyboard, switchToEnglish } from './keyboard-walk';
import { SCREEN_WORDS, type ScreenWords } from './screens-words';

const STEP = 'Cơ quan Tổ chức - Nội vụ thẩm định';
const BODY = 'DH-LYK';
const ADDRESSEE = { username: 'U-XEM-01', fullName: 'Hoàng Thu Trang' };
/** A cadre's code as the registry writes them, or a unit's or locality's (CB-…, DH-QA, QN-DH-QA). */
const CODE = /\b(CB|DH|QN)-[A-Z0-9]/;

/**
 * The screens no keyboard test walked yet, at a phone's width with the keyboard alone (Tab, Shift+Tab,
 * Enter, Space; no mouse), in Vietnamese and in English, in Chromium against the real system: the
 * cadre registry (search with and without diacritics, the next page, a cadre's profile by names, and
 * back), the inbox (its tabs and counts, its search, a group task claimed and given back), the
 * administrator's standing bodies and users' addresses (and a non-administrator not offered them), and
 * one's own notification switch. Where an action replaces what had the focus, the focus must land on
 * what answers it (a result, the saved row), never on <body>.
 */
describe('the remaining screens at phone width, with the keyboard alone, in Vietnamese and English', () => {
  const ctx = useAppointmentSystem();
  let api: (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;
  let candidateName: string;

  beforeAll(async () => {
    api = apiClient(ctx.system.apiUrl).api;
    // A group task (U-TCNV-01 or U-PBT-01 claims it) for the inbox: a procedure driven to its sign-off.
    await outsideAppointmentAtSignOff(api, ctx.candidate, {
      label: STEP,
      assigneeIds: ['U-TCNV-01', 'U-PBT-01'],
    });
    const { rows } = await ctx.pg.query(`SELECT full_name FROM cadre WHERE code = $1 OR id::text = $1`, [
      ctx.candidate,
    ]);
    candidateName = rows[0].full_name;
  }, 300_000);

  afterEach(() => {
    expect(ctx.browser.problems).toEqual([]);
  });

  /** A phone's tab signed in as `username` by keyboard, in the language of `english`; closed after `walk`. */
  async function onPhone(
    username: string,
    english: boolean,
    name: string,
    walk: (page: Page) => Promise<void>,
  ) {
    const page = await ctx.browser.newTab(PHONE);
    try {
      await signInByKeyboard(page, ctx.system.apiUrl, username);
      if (english) await switchToEnglish(page);
      await walk(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await ctx.browser.screenshot(page, name);
    } catch (error) {
      await ctx.browser.screenshot(page, `fail-${name}`).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  }

  /** Replaces what the focused field holds with `text`, by keyboard. */
  async function retype(page: Page, text: string) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  }

  /** The cadre list's rows: each name (a link to the profile), its post and unit as the list shows them. */
  const cadreRows = (page: Page, w: ScreenWords) =>
    page
      .getByRole('table', { name: w.cadresTable })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())),
      );

  async function cadreRegistry(page: Page, w: ScreenWords) {
    await followNav(page, w.cadresNav, w.mainNav);
    await page.getByRole('heading', { level: 1, name: w.cadresTitle }).waitFor();
    const search = page.getByRole('searchbox', { name: w.cadreSearch });
    const status = page.getByRole('status').filter({ hasText: /\d/ });

    await tabTo(page, search);
    await page.keyboard.type('Nguyễn Văn');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Nguy/);
    await expectText(status, /\d+/);
    const withMarks = await cadreRows(page, w);
    expect(withMarks.length).toBeGreaterThan(0);
    for (const [name] of withMarks) expect(name).toMatch(/^Nguyễn V[aăâ]n/);

    // The same search without diacritics finds the same cadres, in the same order.
    await tabTo(page, search);
    await retype(page, 'nguyen van');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=nguyen/);
    await expectText(status, /\d+/);
    await waitUntil(
      'the folded search',
      async () => (await cadreRows(page, w))[0]?.[0] === withMarks[0][0],
      15_000,
      200,
    );
    expect(await cadreRows(page, w)).toEqual(withMarks);

    // The next page, by keyboard: the focus lands on the count of the page read, not on <body>.
    await tabAndEnter(page, page.getByRole('navigation').getByRole('button', { name: w.next }));
    await expectText(status, w.page2);
    expect(await hasFocus(status)).toBe(true);
    const second = await cadreRows(page, w);
    expect(second.length).toBeGreaterThan(0);
    expect(second[0][0]).not.toBe(withMarks[0][0]);

    // A cadre holding a post: their profile names the post and the unit (the list's words), not codes.
    const holder =
      second.find((row) => row[3] && row[4] && row[4] !== '—') ?? withMarks.find((r) => r[4] !== '—');
    expect(holder).toBeDefined();
    const [name, , , postTitle, unitName] = holder as string[];
    await tabAndEnter(page, page.getByRole('link', { name, exact: true }).first());
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) }).waitFor();
    const facts = page.getByRole('region', { name: w.profile });
    await expectText(facts, `${w.currentPost}${postTitle}, ${unitName}`);
    const hometown = await facts.locator('div').filter({ hasText: w.hometown }).locator('dd').innerText();
    expect(hometown.trim()).not.toMatch(CODE);
    expect(postTitle).not.toMatch(CODE);
    expect(unitName).not.toMatch(CODE);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // Back to the same results (the query and the page kept).
    await tabAndEnter(page, page.getByRole('link', { name: w.back }));
    await page.getByRole('heading', { level: 1, name: w.cadresTitle }).waitFor();
    await expectText(status, w.page2);
    expect(await search.inputValue()).toBe('nguyen van');
    expect(await cadreRows(page, w)).toEqual(second);
  }

  async function taskInbox(page: Page, w: ScreenWords) {
    await page.getByRole('heading', { level: 1, name: w.inbox }).waitFor();
    // The tabs say their counts, to the eye and to a screen reader.
    const claimable = page.getByRole('link', { name: w.tabLabel(w.claimableTab) });
    await tabAndEnter(page, claimable);
    await waitUntil(
      'the group tab',
      async () => (await claimable.getAttribute('aria-current')) === 'page',
      15_000,
      200,
    );
    expect(await claimable.innerText()).toMatch(new RegExp(`^${w.claimableTab} \\([1-9]\\d*\\)$`));

    // The search box: the candidate by name finds the procedure's task.
    await tabTo(page, page.getByRole('searchbox', { name: w.inboxSearch }));
    await page.keyboard.type(candidateName);
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    const row = page.getByRole('row').filter({ hasText: STEP }).filter({ hasText: candidateName }).first();
    await tabAndEnter(page, row.getByRole('button', { name: w.claim }));
    const result = page.getByTestId('row-result');
    await result.getByText(w.claimed).waitFor();
    expect(await hasFocus(result)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    const mine = page.getByRole('link', { name: w.tabLabel(w.mineTab) });
    await tabAndEnter(page, mine);
    await waitUntil('my tab', async () => (await mine.getAttribute('aria-current')) === 'page', 15_000, 200);
    const held = page.getByRole('row').filter({ hasText: STEP }).first();
    await tabAndEnter(page, held.getByRole('button', { name: w.giveBack }));
    await result.getByText(w.givenBack).waitFor();
    expect(await hasFocus(result)).toBe(true);
  }

  async function standingBodies(page: Page, w: ScreenWords) {
    const { rows } = await ctx.pg.query(`SELECT name FROM standing_body WHERE code = $1`, [BODY]);
    const before: string = rows[0].name;
    await followNav(page, w.bodiesNav, w.mainNav);
    await page.getByRole('heading', { level: 1, name: w.bodiesTitle }).waitFor();
    await tabAndEnter(page, page.getByRole('button', { name: w.editBody(before), exact: true }));
    // The form opens above the list: the focus goes into it, on the name.
    const nameField = page.getByLabel(w.bodyName);
    await waitUntil('the name has the focus', () => hasFocus(nameField), 15_000, 200);
    await retype(page, w.renamed);
    await tabAndEnter(page, page.getByRole('button', { name: w.saveBody, exact: true }));
    const edit = page.getByRole('button', { name: w.editBody(w.renamed), exact: true });
    await edit.waitFor();
    await expectText(page.getByTestId('standing-bodies'), w.renamed);
    // Back on the saved body's row, not on <body>.
    await waitUntil('the saved row has the focus', () => hasFocus(edit), 15_000, 200);
    const saved = await ctx.pg.query(`SELECT name FROM standing_body WHERE code = $1`, [BODY]);
    expect(saved.rows[0].name).toBe(w.renamed);
  }

  async function userAddresses(page: Page, w: ScreenWords) {
    await followNav(page, w.addressesNav, w.mainNav);
    await page.getByRole('heading', { level: 1, name: w.addressesTitle }).waitFor();
    await tabAndEnter(page, page.getByRole('button', { name: w.editAddress(ADDRESSEE.fullName) }));
    const field = page.getByRole('textbox', { name: w.emailLabel });
    await waitUntil('the address has the focus', () => hasFocus(field), 15_000, 200);

    // A refused address: the message, in the user's language, is the field's own description.
    await retype(page, 'hoang.thu.trang@@sonoivu');
    await page.keyboard.press('Enter');
    await waitUntil(
      'the refusal',
      async () => (await field.getAttribute('aria-invalid')) === 'true',
      15_000,
      200,
    );
    const said = await field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(said).toContain(w.badEmail);
    expect(await hasFocus(field)).toBe(true);

    await retype(page, w.email);
    await page.keyboard.press('Enter');
    await expectText(
      page.getByTestId('user-addresses').getByRole('row').filter({ hasText: ADDRESSEE.fullName }),
      w.email,
    );
    await waitUntil(
      'the saved row has the focus',
      () => hasFocus(page.getByRole('button', { name: w.editAddress(ADDRESSEE.fullName) })),
      15_000,
      200,
    );
    const { rows } = await ctx.pg.query(`SELECT email FROM app_user WHERE username = $1`, [
      ADDRESSEE.username,
    ]);
    expect(rows).toEqual([{ email: w.email }]);
  }

  async function notNavigated(page: Page, w: ScreenWords) {
    const nav = page.getByRole('navigation', { name: w.mainNav });
    await nav.getByRole('link', { name: w.cadresNav }).waitFor();
    const offered = await nav.getByRole('link').allInnerTexts();
    expect(offered).not.toContain(w.bodiesNav);
    expect(offered).not.toContain(w.addressesNav);
    expect(offered).toContain(w.notificationsNav);
  }

  async function notifications(page: Page, w: ScreenWords, username: string) {
    const stored = async () =>
      (await ctx.pg.query(`SELECT mail_notifications FROM app_user WHERE username = $1`, [username])).rows[0]
        .mail_notifications as boolean;
    await followNav(page, w.notificationsNav, w.mainNav);
    const toggle = page.getByRole('checkbox', { name: w.mailEnabled });
    await toggle.waitFor();
    const was = await toggle.isChecked();
    expect(was).toBe(await stored());
    const announced = page.getByTestId('announcer-polite');
    for (const on of [!was, was]) {
      await tabTo(page, toggle);
      await page.keyboard.press('Space');
      await expectText(announced, on ? w.savedOn : w.savedOff);
      expect(await toggle.isChecked()).toBe(on);
      expect(await hasFocus(toggle)).toBe(true);
      await waitUntil('the switch saved', async () => (await stored()) === on, 15_000, 200);
    }
  }

  for (const [lang, english] of [
    ['vi', false],
    ['en', true],
  ] as const) {
    const w = SCREEN_WORDS[lang];
    describe(lang === 'vi' ? 'in Vietnamese' : 'in English', () => {
      it('the cadre registry: search with and without diacritics, the next page, a profile by names, and back', () =>
        onPhone('U-HR-01', english, `90-cadres-phone-${lang}`, (page) => cadreRegistry(page, w)));

      it('the inbox: the tabs with their counts, the search, a group task claimed and given back', () =>
        onPhone('U-PBT-01', english, `91-inbox-phone-${lang}`, (page) => taskInbox(page, w)));

      it('the administrator renames a standing body and sets a user’s address, a wrong one refused first', () =>
        onPhone('U-ADMIN', english, `92-admin-phone-${lang}`, async (page) => {
          await standingBodies(page, w);
          await userAddresses(page, w);
        }));

      it('a non-administrator is not offered them; one’s notification switch is turned by keyboard and saved', () =>
        onPhone('U-TCNV-01', english, `93-notifications-phone-${lang}`, async (page) => {
          await notNavigated(page, w);
          await notifications(page, w, 'U-TCNV-01');
        }));
    });
  }
});
