import type { Locator, Page } from 'playwright-core';

/**
 * What a person does on a screen, counted: every click, fill, choice, key press, tick and file picked
 * goes through here, so a test can hold the number of actions a task takes (issue 13: the start form of
 * a local-source appointment took 63). Waiting and reading are not actions.
 */
export interface UserActions {
  click(target: Locator): Promise<void>;
  fill(target: Locator, value: string): Promise<void>;
  select(target: Locator, option: string | { label: string }): Promise<void>;
  press(target: Locator, key: string): Promise<void>;
  check(target: Locator): Promise<void>;
  pickFile(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  /** How many actions so far, and each in order (for the report when the count creeps up). */
  readonly count: number;
  readonly log: readonly string[];
}

export function countUserActions(): UserActions {
  const log: string[] = [];
  const act = async (what: string, target: Locator, run: () => Promise<unknown>) => {
    log.push(`${what} ${String(target)}`);
    await run();
  };
  return {
    click: (t) => act('click', t, () => t.click()),
    fill: (t, value) => act('fill', t, () => t.fill(value)),
    select: (t, option) => act('select', t, () => t.selectOption(option)),
    press: (t, key) => act(`press ${key}`, t, () => t.press(key)),
    check: (t) => act('check', t, () => t.check()),
    pickFile: (t, file) => act('pick file', t, () => t.setInputFiles(file)),
    get count() {
      return log.length;
    },
    log,
  };
}

/**
 * A person signs in on the panel's own form (three counted actions) and lands where the panel sends
 * them; opening the panel's address is not counted. The sign-in holds for every tab of that browser.
 */
export async function signIn(
  actions: UserActions,
  page: Page,
  panelUrl: string,
  username: string,
  password = 'demo',
): Promise<void> {
  await page.goto(`${panelUrl}/login`);
  await actions.fill(page.getByLabel('Tên đăng nhập'), username);
  await actions.fill(page.getByLabel('Mật khẩu'), password);
  await actions.click(page.getByRole('button', { name: 'Đăng nhập' }));
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
