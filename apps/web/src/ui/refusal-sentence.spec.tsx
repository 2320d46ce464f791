import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CONFERENCE_REFUSAL_CODES } from '@personnel/contracts';
import { ApiError } from '../api/client';
import { refusalSentencesEn } from '../i18n/refusal-sentences.en';
import { refusalSentencesVi } from '../i18n/refusal-sentences.vi';
import type { RefusalWords } from '../i18n/refusal-words';
import { renderPanel } from '../test/render';
import { ErrorMessage } from './errors';
import { NameCache, NameProvider } from './names';

/** Two cadres and the secretary, as the registry and the user directory know them. */
const directory = () =>
  new NameCache({
    cadre: (id: string) =>
      id === 'CB-1'
        ? Promise.resolve({ fullName: 'Hoàng Văn Cường' } as never)
        : Promise.reject(new Error('unknown')),
    post: () => Promise.reject(new Error('unknown')),
    users: () =>
      Promise.resolve([
        { username: 'U-RM5', fullName: 'Đinh Thị Thư', roles: ['approver'], unitCode: 'RA', cadreId: null },
      ]),
  });

/** A conference refusal as the API answers it: written in the user's language from code + params (ids). */
const refused = (status: number, code: string, params: Record<string, string | number>, message: string) =>
  new ApiError(status, {
    statusCode: status,
    error: 'x',
    code,
    params,
    message,
    reason: 'the English words',
  });

const show = (error: ApiError, locale: 'vi' | 'en') =>
  renderPanel(
    <NameProvider cache={directory()}>
      <ErrorMessage error={error} />
    </NameProvider>,
    { locale },
  );

describe('conference refusals in the user’s language, people by name', () => {
  it.each([
    {
      locale: 'vi' as const,
      written: 'Tổng ba mức của Hoàng Văn Cường (9) vượt quá 5 phiếu phát ra.',
    },
    {
      locale: 'en' as const,
      written: 'The three counts for Hoàng Văn Cường (9) exceed the 5 ballots cast.',
    },
  ])('names the holder whose counts exceed the ballots cast ($locale)', async ({ locale, written }) => {
    const error = refused(
      400,
      'counts_exceed',
      { candidateId: 'CB-1', sum: 9, ballotsCast: 5 },
      'Tổng ba mức của CB-1 (9) vượt quá 5 phiếu phát ra.',
    );
    show(error, locale);
    await waitFor(() =>
      expect(screen.getByRole('alert').querySelector('.notice-title')?.textContent).toBe(written),
    );
    // The API's sentence with the id is not shown beside it; its English words stay under "technical".
    expect(screen.getByRole('alert').textContent).not.toContain('CB-1 (9)');
    expect(screen.getByRole('alert').textContent).toContain('the English words');
  });

  it('names the secretary who alone records attendance, and a level of a confidence ballot', async () => {
    show(refused(403, 'not_secretary', { secretaryId: 'U-RM5' }, 'x'), 'vi');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Chỉ thư ký hội nghị là Đinh Thị Thư (U-RM5) được ghi điểm danh và nhập kết quả kiểm phiếu.',
      ),
    );
  });

  it('keeps an id the registry does not know, and writes a level by its name', async () => {
    show(refused(400, 'count_negative', { candidateId: 'CB-GONE', level: 'low' }, 'x'), 'en');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The “Low confidence” count for CB-GONE must be a whole number ≥ 0.',
      ),
    );
  });

  it('answers an older worker’s refusal (no code of its own) in words, its English under “technical”', () => {
    show(refused(400, 'conference_refused', {}, 'Hội nghị không nhận thao tác này.'), 'vi');
    expect(screen.getByRole('alert').textContent).toContain('Hội nghị không nhận thao tác này.');
    expect(screen.getByRole('alert').textContent).toContain('the English words');
  });

  it('asks, in words, for the reason a conference is convened again', () => {
    show(refused(400, 'reason_required', { field: 'reason', command: 'reconvene' }, 'x'), 'en');
    expect(screen.getByRole('alert').querySelector('.notice-title')?.textContent).toBe(
      'Say why the conference is convened again.',
    );
  });

  it.each([
    { locale: 'vi' as const, written: 'Đinh Thị Thư (U-RM5) đã nhận nhiệm vụ này.' },
    { locale: 'en' as const, written: 'Đinh Thị Thư (U-RM5) has already claimed this task.' },
  ])('says who claimed a task first, by name, in one sentence ($locale)', async ({ locale, written }) => {
    show(refused(409, 'claimed_by_other', { claimedBy: 'U-RM5' }, 'U-RM5 đã nhận nhiệm vụ này.'), locale);
    await waitFor(() =>
      expect(screen.getByRole('alert').querySelector('.notice-title')?.textContent).toBe(written),
    );
    // Not "someone else" above the API's sentence with the id: the one sentence, with the name.
    expect(screen.getByRole('alert').textContent).not.toMatch(/Người khác|Someone else|U-RM5 đã/);
  });

  it('writes every conference refusal code in Vietnamese and English', () => {
    const words: RefusalWords = { user: String, cadre: String, num: String, level: String };
    for (const code of CONFERENCE_REFUSAL_CODES) {
      expect(refusalSentencesVi[code]({}, words)).toMatch(/\S/);
      expect(refusalSentencesEn[code]({}, words)).toMatch(/\S/);
      expect(refusalSentencesVi[code]({}, words)).not.toBe(refusalSentencesEn[code]({}, words));
    }
  });
});
