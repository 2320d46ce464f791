import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConfidenceTallyRequest } from '../api/confidence-types';
import { renderPanel } from '../test/render';
import { ConfidenceTallyForm } from './confidence-tally-form';

const HOLDERS = [
  { cadreId: 'CB-1', name: 'Nguyễn Văn An', post: 'Chủ tịch UBND xã' },
  { cadreId: 'CB-2', name: 'Trần Thị Bình', post: 'Phó Chủ tịch UBND xã' },
];
const SEAL = 'a1'.repeat(32);

function setup(attending = 9, locale: 'vi' | 'en' = 'vi') {
  const submit = vi.fn((_body: ConfidenceTallyRequest) =>
    Promise.resolve({ stage: 'closed' as const, awaitingHead: [] }),
  );
  const onDone = vi.fn();
  renderPanel(
    <ConfidenceTallyForm
      summoned={9}
      attending={attending}
      holders={HOLDERS}
      submit={submit}
      onDone={onDone}
    />,
    { locale },
  );
  return { submit, onDone, user: userEvent.setup() };
}

describe('the three-level tally form of a confidence vote', () => {
  it('shows the quorum, each holder’s live outcome with the citation, and sends counts and the seal only', async () => {
    const { submit, onDone, user } = setup();
    expect(screen.getByTestId('quorum').textContent).toContain('Có mặt 9/9');
    expect(screen.getByTestId('rule').textContent).toContain('QĐ 96-QĐ/TW 2023');
    const type = (label: string, value: string) => user.type(screen.getByLabelText(label), value);
    await type('Tín nhiệm cao — Nguyễn Văn An', '2');
    await type('Tín nhiệm — Nguyễn Văn An', '2');
    await type('Tín nhiệm thấp — Nguyễn Văn An', '5');
    await type('Tín nhiệm cao — Trần Thị Bình', '3');
    await type('Tín nhiệm — Trần Thị Bình', '0');
    await type('Tín nhiệm thấp — Trần Thị Bình', '6');
    // 5 of 9 low: just over 1/2; 6 of 9: exactly 2/3.
    expect(screen.getByTestId('outcome-CB-1').textContent).toContain('Đưa ra khỏi quy hoạch');
    expect(screen.getByTestId('outcome-CB-2').textContent).toContain('Đề nghị cho thôi giữ chức vụ');

    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('mã niêm phong');

    await user.type(screen.getByLabelText(/dán mã SHA-256/), SEAL);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(submit).toHaveBeenCalledWith({
      ballotsCast: 9,
      confidence: [
        { candidateId: 'CB-1', high: 2, confidence: 2, low: 5 },
        { candidateId: 'CB-2', high: 3, confidence: 0, low: 6 },
      ],
      sheetSha256: SEAL,
    });
    expect(onDone).toHaveBeenCalledWith('Đã ghi nhận kết quả kiểm phiếu.');
  });

  it('names counts over the ballots cast and sends nothing', async () => {
    const { submit, user } = setup();
    await user.clear(screen.getByLabelText('Số phiếu thu về'));
    await user.type(screen.getByLabelText('Số phiếu thu về'), '8');
    for (const [label, value] of [
      ['Tín nhiệm cao — Nguyễn Văn An', '4'],
      ['Tín nhiệm — Nguyễn Văn An', '4'],
      ['Tín nhiệm thấp — Nguyễn Văn An', '1'],
      ['Tín nhiệm cao — Trần Thị Bình', '8'],
      ['Tín nhiệm — Trần Thị Bình', '0'],
      ['Tín nhiệm thấp — Trần Thị Bình', '0'],
    ])
      await user.type(screen.getByLabelText(label), value);
    await user.type(screen.getByLabelText(/dán mã SHA-256/), SEAL);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Tổng ba mức của Nguyễn Văn An vượt quá 8 phiếu thu về.',
    );
    expect(submit).not.toHaveBeenCalled();
  });

  it('offers no tally when fewer than 2/3 attend, and speaks English when asked', () => {
    setup(5, 'en');
    expect(screen.getByTestId('quorum').textContent).toContain('5 of 9 summoned attend — fewer than 2/3');
    expect((screen.getByRole('button', { name: 'Record the tally' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
