import type { Page } from 'playwright-core';
import { DEMO_USERS } from '@personnel/dev-runtime';
import { expectCount, expectText } from './eventually';
import { sidewaysOverflow, tabTo } from './keyboard';
import { hasFocus } from './keyboard-walk';

/**
 * A conference secretary's steps on the conference screen with the keyboard alone (Tab, Enter, Space;
 * the tally sheet picked from the file chooser Space opens), in either language; shared by the phone
 * tests of the conference screen and of refusals.
 */

/** The conference screen's words in each language (apps/web/src/i18n/procedure-screens.*.ts). */
export const CONFERENCE_WORDS = {
  vi: {
    heading: /^Hội nghị: \S/,
    markAll: 'Đánh dấu tất cả có mặt',
    quorumMet: (a: number, s: number) => `Đủ số lượng Có mặt ${a}/${s}`,
    record: 'Ghi điểm danh',
    attendance: 'Điểm danh',
    attendanceRecorded: 'Điểm danh đã được ghi nhận.',
    recorded: 'Đã ghi nhận điểm danh.',
    tally: 'Kiểm phiếu',
    votesFor: (name: string) => `Số phiếu đồng ý cho ${name}`,
    notWhole: (name: string) => `Số phiếu đồng ý cho ${name}: cần một số nguyên không âm.`,
    sheet: 'Biên bản kiểm phiếu (tệp)',
    submit: 'Gửi kết quả kiểm phiếu',
    tallied: 'Đã ghi nhận kết quả kiểm phiếu.',
    passed: 'Đạt',
    secretaryOnly: (who: string) => `Chỉ thư ký (${who}) ghi điểm danh và kiểm phiếu.`,
  },
  en: {
    heading: /^Conference: \S/,
    markAll: 'Mark everyone present',
    quorumMet: (a: number, s: number) => `Quorum met ${a} of ${s} present`,
    record: 'Record attendance',
    attendance: 'Attendance',
    attendanceRecorded: 'Attendance is already recorded.',
    recorded: 'Attendance recorded.',
    tally: 'Tally',
    votesFor: (name: string) => `Votes in favour of ${name}`,
    notWhole: (name: string) => `Votes in favour of ${name}: a whole number of 0 or more is needed.`,
    sheet: 'Tally sheet (file)',
    submit: 'Submit the tally',
    tallied: 'Tally recorded.',
    passed: 'Passed',
    secretaryOnly: (who: string) => `Only the secretary (${who}) records attendance and the tally.`,
  },
};
export type ConferenceWords = (typeof CONFERENCE_WORDS)['vi'];

/** A demo account as the panel labels a person: the name, the user id beside it. */
export function personLabel(username: string): string {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo account ${username}`);
  return `${user.fullName} (${username})`;
}

const noSideways = async (page: Page) => expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

/** Everyone ticked with one button (Enter), one member unticked with Space, and the attendance recorded. */
export async function recordAttendanceByKeyboard(
  page: Page,
  w: ConferenceWords,
  summoned: string[],
  absent: string,
) {
  await page.getByRole('heading', { level: 1, name: w.heading }).waitFor();
  await tabTo(page, page.getByRole('button', { name: w.markAll }));
  await page.keyboard.press('Enter');
  await expectText(page.getByTestId('quorum'), w.quorumMet(summoned.length, summoned.length));
  await tabTo(page, page.getByRole('checkbox', { name: personLabel(absent) }));
  await page.keyboard.press('Space');
  await expectText(page.getByTestId('quorum'), w.quorumMet(summoned.length - 1, summoned.length));
  await noSideways(page);
  await tabTo(page, page.getByRole('button', { name: w.record }));
  await page.keyboard.press('Enter');
  // The attendance form is gone: focus is on what was recorded, and Tab goes on into the tally.
  const feedback = page.getByTestId('conference-feedback');
  await expectText(feedback, w.recorded);
  expect(await hasFocus(feedback)).toBe(true);
}

/**
 * The tally typed in: no "whole number" error before anything is typed; a vote of 2.5 shows it (on that
 * field), a whole number clears it; the sheet picked with Space; sent with Enter, focus on the outcome.
 */
export async function enterTallyByKeyboard(
  page: Page,
  w: ConferenceWords,
  candidateLabel: string,
  votes: number,
) {
  const tally = page.getByRole('form', { name: w.tally });
  await tally.waitFor();
  expect(await tally.getByRole('alert').count()).toBe(0);
  expect(await tally.locator('[aria-invalid="true"]').count()).toBe(0);
  expect(await tally.textContent()).not.toContain(w.notWhole(candidateLabel));

  const field = tally.getByLabel(w.votesFor(candidateLabel));
  await tabTo(page, field);
  await page.keyboard.type('2.5');
  await expectText(tally.getByRole('alert'), w.notWhole(candidateLabel));
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  await noSideways(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(votes));
  await expectCount(tally.getByRole('alert'), (n) => n === 0, 'the error once the votes are whole');
  expect(await field.getAttribute('aria-invalid')).toBeNull();

  const sheet = tally.getByLabel(w.sheet);
  await tabTo(page, sheet);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({
    name: 'bien-ban-kiem-phieu.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Biên bản kiểm phiếu: ${candidateLabel} ${votes} phiếu\n`),
  });
  await tally.getByTestId('sheet-sha').waitFor();
  await tabTo(page, tally.getByRole('button', { name: w.submit }));
  await page.keyboard.press('Enter');
  const result = page.getByTestId('conference-result');
  await expectText(result, w.passed);
  const feedback = page.getByTestId('conference-feedback');
  await expectText(feedback, w.tallied);
  expect(await hasFocus(feedback)).toBe(true);
  await noSideways(page);
}
