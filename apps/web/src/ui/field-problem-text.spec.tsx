import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIELD_PROBLEM_CODES, type FieldProblemDetail } from '@personnel/contracts';
import { en } from '../i18n/en';
import { fieldProblemSentencesEn } from '../i18n/field-problem-sentences.en';
import { fieldProblemSentencesVi } from '../i18n/field-problem-sentences.vi';
import { vi } from '../i18n/vi';
import { renderPanel } from '../test/render';
import { fieldProblemText, fieldProblemWords, useFieldProblemText } from './field-problem-text';
import { NameCache, NameProvider } from './names';

/** The registry and the directory as a form's name cache sees them. */
const directory = () =>
  new NameCache({
    cadre: (id: string) =>
      id === 'CB-0011'
        ? Promise.resolve({ fullName: 'Lê Văn Giữ' } as never)
        : Promise.reject(new Error('unknown')),
    post: (id: string) =>
      id === 'KT-PGD'
        ? Promise.resolve({ title: 'Phó Giám đốc' } as never)
        : Promise.reject(new Error('unknown')),
    units: () =>
      Promise.resolve({
        items: [
          { code: 'DH-QA', name: 'Xã Quảng An', parentCode: null, localityCode: 'QA' },
          { code: 'DH-QL', name: 'Xã Quảng Lâm', parentCode: null, localityCode: 'QL' },
        ],
        total: 2,
      } as never),
    users: () =>
      Promise.resolve([
        {
          username: 'U-QL-1',
          fullName: 'Đỗ Thị Nhận',
          roles: ['approver'],
          unitCode: 'DH-QL',
          cadreId: null,
        },
      ]),
  });

function Problems({ details }: { details: FieldProblemDetail[] }) {
  const say = useFieldProblemText(details);
  return (
    <ul>
      {details.map((d, i) => (
        <li key={i}>{say(d)}</li>
      ))}
    </ul>
  );
}

const plainWords = (locale: 'vi' | 'en') =>
  fieldProblemWords(locale === 'vi' ? vi : en, locale, {
    cadre: String,
    post: String,
    unit: String,
    user: String,
  });

describe('field problems in the user’s language, from their code and params', () => {
  it('writes every code of the contracts in Vietnamese and English', () => {
    for (const code of FIELD_PROBLEM_CODES) {
      const detail = { field: 'x', problem: 'english', code, params: {} };
      expect(fieldProblemText(detail, 'vi', plainWords('vi'))).toMatch(/\S/);
      expect(fieldProblemText(detail, 'en', plainWords('en'))).toMatch(/\S/);
    }
    expect(Object.keys(fieldProblemSentencesVi).sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
    expect(Object.keys(fieldProblemSentencesEn).sort()).toEqual([...FIELD_PROBLEM_CODES].sort());
  });

  it('writes the calendar’s weekend rule, a file’s header and the paths with their values', () => {
    const say = (
      code: FieldProblemDetail['code'],
      params: FieldProblemDetail['params'],
      locale: 'vi' | 'en',
    ) => fieldProblemText({ field: 'x', problem: 'english', code, params }, locale, plainWords(locale));
    expect(say('weekday_working_day', { date: '2026-01-09' }, 'vi')).toBe(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 09/01/2026 là ngày thường, vốn đã là ngày làm việc.',
    );
    expect(say('weekday_working_day', { date: '2026-01-09' }, 'en')).toBe(
      'A swapped working day must be a Saturday or Sunday; 09/01/2026 is a weekday, worked anyway.',
    );
    expect(say('header_missing', { columns: ['code', 'fullName'] }, 'vi')).toBe(
      'Tệp thiếu dòng tiêu đề: dòng đầu tiên phải nêu tên các cột (code, fullName).',
    );
    expect(say('nested_too_deep', { max: 32 }, 'en')).toBe('Nested deeper than 32 levels.');
    expect(say('not_sequence', { maxDigits: 18 }, 'vi')).toBe('Phải là số thứ tự sự kiện gồm 1-18 chữ số.');
    expect(say('not_document_key', { example: 'conference_minutes.0' }, 'en')).toBe(
      'Not a document key, e.g. conference_minutes.0.',
    );
  });

  it('names the people, cadres, posts and units, and writes dates dd/mm/yyyy', async () => {
    const details: FieldProblemDetail[] = [
      {
        field: 'collective.headId',
        problem: 'names U-QL-1 of unit DH-QL, who can neither see nor act in unit DH-QA',
        code: 'user_out_of_reach',
        params: { user: 'U-QL-1', userUnit: 'DH-QL', unit: 'DH-QA' },
      },
      {
        field: 'toPostId',
        problem: 'is a post of unit DH-QL, not of DH-QA',
        code: 'post_of_other_unit',
        params: { post: 'KT-PGD', postUnit: 'DH-QL', unit: 'DH-QA' },
      },
      {
        field: 'cadreId',
        problem: 'names a cadre who is retired (CB-0011)',
        code: 'cadre_not_active',
        params: { cadre: 'CB-0011', status: 'retired' },
      },
      {
        field: 'endDate',
        problem: 'must be on or after startDate (2026-03-02)',
        code: 'before_start',
        params: { startField: 'startDate', start: '2026-03-02' },
      },
    ];
    renderPanel(
      <NameProvider cache={directory()}>
        <Problems details={details} />
      </NameProvider>,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Đỗ Thị Nhận (U-QL-1) thuộc Xã Quảng Lâm, không xem và xử lý được hồ sơ của Xã Quảng An.',
        'Chức danh Phó Giám đốc thuộc Xã Quảng Lâm, không thuộc Xã Quảng An.',
        'Cán bộ Lê Văn Giữ đã nghỉ hưu.',
        'Không được trước ngày bắt đầu (02/03/2026).',
      ]),
    );
  });

  it('writes them in English for an English user, the names the same', async () => {
    const detail: FieldProblemDetail = {
      field: 'members[0].userId',
      problem: 'names no active user of the directory (U-QL-1)',
      code: 'unknown_user',
      params: { user: 'U-QL-1' },
    };
    renderPanel(
      <NameProvider cache={directory()}>
        <Problems details={[detail]} />
      </NameProvider>,
      { locale: 'en' },
    );
    await waitFor(() =>
      expect(screen.getByRole('listitem').textContent).toBe('There is no active user Đỗ Thị Nhận (U-QL-1).'),
    );
  });

  it('keeps the API’s own words for a code it does not know, and for a detail without one', () => {
    const words = plainWords('vi');
    expect(
      fieldProblemText(
        { field: 'x', problem: 'Lời của máy chủ', code: 'from_the_future' as never },
        'vi',
        words,
      ),
    ).toBe('Lời của máy chủ');
    expect(fieldProblemText({ field: 'x', problem: 'older server words' }, 'vi', words)).toBe(
      'older server words',
    );
  });
});
