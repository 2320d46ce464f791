import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RULE_SENTENCE_CODES } from '@personnel/contracts';
import type { RuleCheck } from '../api/types';
import { ruleSentencesEn } from '../i18n/rule-sentences.en';
import { ruleSentencesVi } from '../i18n/rule-sentences.vi';
import { renderPanel } from '../test/render';
import { NameCache, NameProvider } from '../ui/names';
import { RuleCheckList } from './rule-check-list';

const checks: RuleCheck[] = [
  {
    rule: 'active_status',
    passed: true,
    detail: 'Cadre CB-0387 is in active service.',
    code: 'active_status.active',
    params: {},
    citation: 'Registry status',
    parameters: { status: 'active' },
  },
  {
    rule: 'education_standard',
    passed: false,
    detail: "Education: the cadre has 'college', post QA-CT requires at least 'bachelor'.",
    code: 'education_standard.unmet',
    params: { actual: 'college', required: 'bachelor', postCode: 'QA-CT' },
    citation: 'QĐ 377-QĐ/TW 2025',
    parameters: {},
  },
  {
    rule: 'discipline_cooloff',
    passed: false,
    detail: 'The 36-month cool-off … runs until 2028-06-01.',
    code: 'discipline_cooloff.running',
    params: {
      months: 36,
      form: 'warning',
      decidedAt: '2025-06-01',
      endsOn: '2028-06-01',
      asOf: '2026-01-15',
    },
    citation: 'QĐ 377-QĐ/TW 2025',
    parameters: {},
  },
  {
    rule: 'non_local_head',
    passed: false,
    detail: "Post QA-CT must be held by someone not from QN.DH.QA; the cadre's hometown is QN.DH.QA.",
    code: 'non_local_head.same_locality',
    params: { postCode: 'QA-CT', unitLocality: 'QN.DH.QA', hometownLocality: 'QN.DH.QA' },
    citation: 'Chỉ thị 45-CT/TW',
    parameters: {},
  },
];

/** The registry as the name cache reads it: one post, the commune unit of Quảng An and its office. */
const registry = () =>
  new NameCache({
    cadre: () => Promise.reject(new Error('unknown')),
    post: (code) =>
      code === 'QA-CT'
        ? Promise.resolve({ title: 'Chủ tịch UBND xã Quảng An' } as never)
        : Promise.reject(new Error('unknown')),
    units: () =>
      Promise.resolve({
        items: [
          { code: 'DH-QA', name: 'Xã Quảng An', parentCode: 'DH', localityCode: 'QN.DH.QA' },
          { code: 'DH-QA-VP', name: 'Văn phòng xã Quảng An', parentCode: 'DH-QA', localityCode: 'QN.DH.QA' },
        ],
        total: 2,
        limit: 100,
        offset: 0,
      } as never),
  });

const show = (locale: 'vi' | 'en') =>
  renderPanel(
    <NameProvider cache={registry()}>
      <RuleCheckList checks={checks} />
    </NameProvider>,
    { locale },
  );

describe('rule checks in the user’s language', () => {
  it('writes each check in Vietnamese, dates dd/mm/yyyy, levels, posts and localities by name', async () => {
    show('vi');
    expect(screen.getByText(/Cán bộ đang công tác\./)).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByText(
          /Trình độ chuyên môn: cán bộ mới có Cao đẳng, chức danh Chủ tịch UBND xã Quảng An yêu cầu tối thiểu Đại học\./,
        ),
      ).toBeTruthy(),
    );
    expect(
      screen.getByText(
        /Thời hạn 36 tháng sau hình thức Cảnh cáo ngày 01\/06\/2025 còn đến ngày 01\/06\/2028/,
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/cán bộ quê ở Xã Quảng An, cùng địa phương\./)).toBeTruthy());
    // No English sentence, no ISO date, no locality code is left in the Vietnamese panel.
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/active service|\d{4}-\d{2}-\d{2}|QN\.DH\.QA/);
  });

  it('writes them in English for an English user', async () => {
    show('en');
    expect(screen.getByText(/The cadre is in active service\./)).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByText(
          /Education: the cadre has College; post Chủ tịch UBND xã Quảng An requires at least Bachelor/,
        ),
      ).toBeTruthy(),
    );
    expect(screen.getByText(/runs until 01\/06\/2028; no higher post before then\./)).toBeTruthy();
  });

  it('keeps the server’s English, marked as English, for a check recorded before codes existed', () => {
    renderPanel(<RuleCheckList checks={[{ ...checks[0], code: undefined, params: undefined }]} />);
    const english = screen.getByText('Cadre CB-0387 is in active service.');
    expect(english.getAttribute('lang')).toBe('en');
  });

  it('has a Vietnamese and an English sentence for every code the rules can say', () => {
    const values = {
      asOf: '2026-01-15',
      postCode: 'P',
      courses: ['CT05'],
      named: ['30–34'],
      holders: ['CB-1'],
    };
    for (const code of RULE_SENTENCE_CODES) {
      const words = new Proxy({} as never, { get: () => (v: unknown) => String(v ?? '') });
      expect(ruleSentencesVi[code](values, words)).toMatch(/\S/);
      expect(ruleSentencesEn[code](values, words)).toMatch(/\S/);
    }
  });
});
