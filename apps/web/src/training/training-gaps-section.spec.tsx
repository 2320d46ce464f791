import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TrainingGaps } from '../api/training-types';
import { renderPanel } from '../test/render';
import { TrainingGapsSection } from './training-gaps-section';

const GAPS: TrainingGaps = {
  cadreId: 'CB-1',
  asOf: '2026-12-01',
  posts: [
    {
      postCode: 'DH-QA-CT-UBND',
      postTitle: 'Chủ tịch UBND',
      unitName: 'Xã Quảng An',
      term: '2025-2030',
      missingCourses: [{ code: 'CT05', title: 'Chỉ thị 05-CT/TW' }],
      unmet: [
        {
          rule: 'required_training',
          passed: false,
          detail: 'The cadre has not completed CT05',
          citation: 'Tiêu chuẩn chức danh; QĐ 377',
          parameters: {},
        },
        {
          rule: 'political_theory_standard',
          passed: false,
          detail: '…',
          citation: 'Tiêu chuẩn chức danh; QĐ 377',
          parameters: {},
        },
      ],
    },
    {
      postCode: 'DH-TB-PCT',
      postTitle: 'Phó Chủ tịch UBND',
      unitName: 'Xã Tân Bình',
      term: '2025-2030',
      missingCourses: [],
      unmet: [],
    },
  ],
};

describe('the training gaps of a cadre’s profile', () => {
  it('lists per planned post the courses missing by name, the other standards and their basis', async () => {
    renderPanel(<TrainingGapsSection cadreCode="CB-1" load={vi.fn(() => Promise.resolve(GAPS))} />);
    expect(screen.getByRole('heading', { name: 'Còn thiếu cho chức danh quy hoạch' })).toBeTruthy();
    const list = await screen.findByTestId('training-gaps');
    expect(list.textContent).toContain('Chủ tịch UBND, Xã Quảng An');
    expect(list.textContent).toContain(
      'Khóa bồi dưỡng còn thiếu: Chỉ thị 05-CT/TW (Căn cứ: Tiêu chuẩn chức danh; QĐ 377)',
    );
    expect(list.textContent).not.toContain('CT05 ');
    expect(list.textContent).toContain('Tiêu chuẩn khác chưa đạt: Lý luận chính trị');
    expect(list.textContent).toContain('Phó Chủ tịch UBND, Xã Tân Bình');
    expect(list.textContent).toContain('Đã đủ tiêu chuẩn của chức danh.');
  });

  it('says so in English when the cadre is planned for nothing', async () => {
    renderPanel(
      <TrainingGapsSection cadreCode="CB-1" load={vi.fn(() => Promise.resolve({ ...GAPS, posts: [] }))} />,
      { locale: 'en' },
    );
    expect(screen.getByRole('heading', { name: 'Missing for planned posts' })).toBeTruthy();
    expect(await screen.findByText('The cadre is in planning for no post (within your scope).')).toBeTruthy();
  });
});
