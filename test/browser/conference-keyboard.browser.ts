import type { Page } from 'playwright-core';
import { waitUntil } from '@personnel/dev-runtime';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../api-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  COLLECTIVE,
  expectStatus,
  HOME_UNIT_CONSULTATION,
  proposeOutsideCandidate,
} from '../demo-appointment';
import { useAppointmentSystem } from './appointment-system';
import {
  CONFERENCE_WORDS,
  enterTallyByKeyboard,
  personLabel,
  recordAttendanceByKeyboard,
  type ConferenceWords,
} from './conference-keyboard';
import { expectText } from './eventually';
import { PHONE, sidewaysOverflow, tabAndEnter } from './keyboard';
import { signInByKeyboard, switchToEnglish } from './keyboard-walk';
import { holdableAnswers } from './stale-list';

/**
 * The conference screen at a phone's width with the keyboard alone, in Chromium against the real
 * system: an outside candidate's appointment (started over the API) convenes the district standing
 * committee, then the consultation where the candidate works. In Vietnamese, a member who is not the
 * secretary is told who records, by name, and is offered no form; the secretary (U-BTV-07) ticks everyone
 * with Enter, unticks one absent with Space, records, and types the tally: no "whole number" error
 * before anything is typed, one for 2.5, none once whole; the sheet from the file chooser; passed. Then
 * the same for the consultation in English (secretary U-BTV-06). Last, the third sitting: the secretary's
 * screen still offers the attendance when it was recorded meanwhile elsewhere (the screen held as it was:
 * stale-list.ts), and recording it again is refused in words, focus on the refusal. The tests hold the
 * sittings in the procedure's order, one after the other. Nothing scrolls sideways.
 */
describe('the conference screen at phone width, with the keyboard alone', () => {
  const ctx = useAppointmentSystem();
  let conferenceUrl: (index: number) => string;
  let waitForConference: (index: number) => Promise<void>;
  let candidateLabel: string;
  let base: string;

  beforeAll(async () => {
    const { api } = apiClient(ctx.system.apiUrl);
    ({ base } = await proposeOutsideCandidate(api, ctx.candidate));
    conferenceUrl = (index) => `${ctx.system.apiUrl}${base}/conferences/${index}`;
    waitForConference = (index) =>
      waitUntil(
        `conference ${index}`,
        async () => (await api(`${base}/conferences/${index}`, 'U-HR-01')).status === 200,
        60_000,
        300,
      );
    const { rows } = await ctx.pg.query<{ full_name: string }>(
      'SELECT full_name FROM cadre WHERE code = $1',
      [ctx.candidate],
    );
    candidateLabel = `${rows[0].full_name} (${ctx.candidate})`;
  }, 120_000);

  afterEach(() => {
    expect(ctx.browser.problems).toEqual([]);
  });

  /** A person's phone, signed in by keyboard, in the language asked for, on the conference's screen. */
  async function phoneOn(username: string, index: number, english: boolean): Promise<Page> {
    const page = await ctx.browser.newTab(PHONE);
    await signInByKeyboard(page, ctx.system.apiUrl, username);
    if (english) await switchToEnglish(page);
    await page.goto(conferenceUrl(index));
    return page;
  }

  /** Someone summoned but not the secretary: told who records it, by name, and offered no form. */
  async function expectOnlyTheSecretary(
    member: string,
    secretary: string,
    index: number,
    w: ConferenceWords,
  ) {
    const page = await phoneOn(member, index, w === CONFERENCE_WORDS.en);
    try {
      await expectText(page.locator('main'), w.secretaryOnly(personLabel(secretary)));
      expect(await page.getByRole('button', { name: w.markAll }).count()).toBe(0);
      expect(await page.getByRole('form', { name: w.tally }).count()).toBe(0);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  }

  async function holdByKeyboard(
    index: number,
    body: { secretaryId: string; summonedIds: string[] },
    absent: string,
    w: ConferenceWords,
    shot: string,
  ) {
    await waitForConference(index);
    const page = await phoneOn(body.secretaryId, index, w === CONFERENCE_WORDS.en);
    try {
      await recordAttendanceByKeyboard(page, w, body.summonedIds, absent);
      await enterTallyByKeyboard(page, w, candidateLabel, body.summonedIds.length - 1);
      await ctx.browser.screenshot(page, shot);
    } catch (error) {
      await ctx.browser.screenshot(page, `fail-${shot}`).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  }

  it('in Vietnamese: the standing committee’s secretary records attendance and the tally', async () => {
    const w = CONFERENCE_WORDS.vi;
    await waitForConference(1);
    await expectOnlyTheSecretary('U-BTV-03', COLLECTIVE.secretaryId, 1, w);
    await holdByKeyboard(1, COLLECTIVE, 'U-BTV-05', w, '82-conference-phone-keyboard-vi');
  });

  it('in English: the consultation’s secretary records attendance and the tally', async () => {
    const w = CONFERENCE_WORDS.en;
    await waitForConference(2);
    await expectOnlyTheSecretary('U-BTV-04', HOME_UNIT_CONSULTATION.secretaryId, 2, w);
    await holdByKeyboard(2, HOME_UNIT_CONSULTATION, 'U-BTV-04', w, '83-conference-phone-keyboard-en');
  });

  it('in Vietnamese: attendance recorded meanwhile elsewhere is refused in words, focus on the refusal', async () => {
    const w = CONFERENCE_WORDS.vi;
    await waitForConference(3);
    const page = await ctx.browser.newTab(PHONE);
    try {
      const screenAsItWas = await holdableAnswers(page, (path) => path === `/api/v1${base}/conferences/3`);
      await signInByKeyboard(page, ctx.system.apiUrl, COLLECTIVE.secretaryId);
      await page.goto(conferenceUrl(3));
      await tabAndEnter(page, page.getByRole('button', { name: w.markAll }));
      screenAsItWas.hold();
      const { api } = apiClient(ctx.system.apiUrl);
      expectStatus(
        await api(`${base}/conferences/3/attendance`, COLLECTIVE.secretaryId, {
          present: COLLECTIVE.summonedIds,
        }),
      );
      await tabAndEnter(page, page.getByRole('button', { name: w.record }));
      const refusal = page.getByRole('form', { name: w.attendance }).getByRole('alert');
      await expectText(refusal, w.attendanceRecorded);
      expect(
        await refusal.evaluate(
          (alert) => document.activeElement?.contains(alert) && document.activeElement !== document.body,
        ),
      ).toBe(true);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await ctx.browser.screenshot(page, '84-conference-refusal-phone-vi');
    } catch (error) {
      await ctx.browser.screenshot(page, 'fail-conference-refusal-vi').catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
