import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { DecisionRequest, DecisionResponse } from '../api/types';
import { renderPanel } from '../test/render';
import { DecisionForm, MAX_COMMENT } from './decision-form';

const nomination = {
  id: 'nomination/CB-0001/DH-QA-CT-UBND/1',
  approverIds: ['U-TCNV-01', 'U-BT-01'],
  currentApproverId: 'U-TCNV-01',
  state: 'pending' as const,
};

function setup(
  username: string,
  decide: (id: string, body: DecisionRequest) => Promise<DecisionResponse>,
  locale: 'vi' | 'en' = 'vi',
) {
  const onDecided = vi.fn();
  renderPanel(
    <DecisionForm nomination={nomination} username={username} decide={decide} onDecided={onDecided} />,
    {
      locale,
    },
  );
  return { onDecided, user: userEvent.setup() };
}

describe('the decision form', () => {
  it('tells the approver it is their turn and sends the decision with the trimmed comment', async () => {
    const decide = vi.fn(() =>
      Promise.resolve<DecisionResponse>({ accepted: true, state: 'pending', nextApproverId: 'U-BT-01' }),
    );
    const { onDecided, user } = setup('U-TCNV-01', decide);
    expect(screen.getByText('Đến lượt bạn quyết định.')).toBeTruthy();
    await user.type(screen.getByLabelText('Ý kiến (không bắt buộc)'), '  Đủ tiêu chuẩn, đồng ý.  ');
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(decide).toHaveBeenCalledWith(nomination.id, {
      decision: 'approve',
      comment: 'Đủ tiêu chuẩn, đồng ý.',
    });
    const message = 'Đã ghi nhận quyết định. Tiếp theo: U-BT-01.';
    await waitFor(() => expect(screen.getByTestId('announcer-polite').textContent).toBe(message));
    expect(onDecided).toHaveBeenCalledWith(
      { accepted: true, state: 'pending', nextApproverId: 'U-BT-01' },
      message,
    );
    expect((screen.getByLabelText('Ý kiến (không bắt buộc)') as HTMLTextAreaElement).value).toBe('');
  });

  it('sends no comment field when the comment is empty, and says when the chain is done', async () => {
    const decide = vi.fn(() =>
      Promise.resolve<DecisionResponse>({ accepted: true, state: 'rejected', nextApproverId: null }),
    );
    const { onDecided, user } = setup('U-TCNV-01', decide, 'en');
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    expect(decide).toHaveBeenCalledWith(nomination.id, { decision: 'reject' });
    await waitFor(() =>
      expect(onDecided).toHaveBeenCalledWith(
        { accepted: true, state: 'rejected', nextApproverId: null },
        'Decision recorded. The nomination is now: Rejected.',
      ),
    );
  });

  it("says whose turn it is to an approver out of turn, and shows the API's refusal when they try", async () => {
    const refusal = new ApiError(409, {
      statusCode: 409,
      error: 'Conflict',
      message: "it is U-TCNV-01's turn to decide, not U-BT-01's",
      code: 'out_of_turn',
    });
    const decide = vi.fn(() => Promise.reject(refusal));
    const { onDecided, user } = setup('U-BT-01', decide);
    expect(screen.getByText(/Hiện đang chờ U-TCNV-01 quyết định/)).toBeTruthy();
    await user.type(screen.getByLabelText('Ý kiến (không bắt buộc)'), 'Nhất trí');
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa đến lượt bạn quyết định.');
    expect(alert.textContent).toContain("it is U-TCNV-01's turn to decide, not U-BT-01's");
    expect(onDecided).not.toHaveBeenCalled();
    // The comment is kept for another try.
    expect((screen.getByLabelText('Ý kiến (không bắt buộc)') as HTMLTextAreaElement).value).toBe('Nhất trí');
  });

  it('explains a decision already taken', async () => {
    const decide = vi.fn(() =>
      Promise.reject(new ApiError(409, { message: 'U-TCNV-01 already decided', code: 'already_decided' })),
    );
    const { user } = setup('U-TCNV-01', decide, 'en');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You have already decided on this nomination.',
    );
  });

  it('refuses a comment longer than the API takes, before sending', async () => {
    const decide = vi.fn();
    const { user } = setup('U-TCNV-01', decide);
    const box = screen.getByLabelText('Ý kiến (không bắt buộc)');
    await user.click(box);
    await user.paste('x'.repeat(MAX_COMMENT + 1));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Ý kiến dài quá 2000 ký tự/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Đồng ý' }) as HTMLButtonElement).disabled).toBe(true);
    expect(decide).not.toHaveBeenCalled();
  });

  it('disables both buttons while a decision is on its way', async () => {
    let resolve: (r: DecisionResponse) => void = () => undefined;
    const decide = vi.fn(() => new Promise<DecisionResponse>((r) => (resolve = r)));
    const { user } = setup('U-TCNV-01', decide);
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect((screen.getByRole('button', { name: 'Đang gửi…' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Không đồng ý' }) as HTMLButtonElement).disabled).toBe(true);
    resolve({ accepted: true, state: 'pending', nextApproverId: 'U-BT-01' });
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Đồng ý' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });
});
