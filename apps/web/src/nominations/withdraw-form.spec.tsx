import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { WithdrawForm } from './withdraw-form';

const ID = 'nomination/CB-0001/DH-QA-CT-UBND/1';

function setup(withdraw: (id: string, body: { reason: string }) => Promise<unknown>) {
  const onWithdrawn = vi.fn();
  renderPanel(<WithdrawForm nominationId={ID} withdraw={withdraw} onWithdrawn={onWithdrawn} />);
  return { onWithdrawn, user: userEvent.setup() };
}

describe('the withdraw form', () => {
  it('opens on request, needs a reason, and sends it trimmed', async () => {
    const withdraw = vi.fn(() => Promise.resolve({ state: 'withdrawn' }));
    const { onWithdrawn, user } = setup(withdraw);
    await user.click(screen.getByRole('button', { name: 'Rút đề nghị…' }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận rút đề nghị' }));
    expect(screen.getByRole('alert').textContent).toBe('Vui lòng nêu lý do.');
    expect(withdraw).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Lý do rút đề nghị'), '  Cán bộ xin rút vì lý do sức khỏe.  ');
    await user.click(screen.getByRole('button', { name: 'Xác nhận rút đề nghị' }));
    expect(withdraw).toHaveBeenCalledWith(ID, { reason: 'Cán bộ xin rút vì lý do sức khỏe.' });
    await waitFor(() => expect(onWithdrawn).toHaveBeenCalledWith('Đã rút đề nghị.'));
  });

  it("shows the API's refusal", async () => {
    const withdraw = vi.fn(() =>
      Promise.reject(
        new ApiError(409, { message: 'only the proposer U-HR-02 may withdraw', code: 'not_proposer' }),
      ),
    );
    const { onWithdrawn, user } = setup(withdraw);
    await user.click(screen.getByRole('button', { name: 'Rút đề nghị…' }));
    await user.type(screen.getByLabelText('Lý do rút đề nghị'), 'Nhầm hồ sơ');
    await user.click(screen.getByRole('button', { name: 'Xác nhận rút đề nghị' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chỉ người đề xuất mới được rút đề nghị.');
    expect(alert.textContent).toContain('only the proposer U-HR-02 may withdraw');
    expect(onWithdrawn).not.toHaveBeenCalled();
  });

  it('can be closed again without sending anything', async () => {
    const withdraw = vi.fn();
    const { user } = setup(withdraw);
    await user.click(screen.getByRole('button', { name: 'Rút đề nghị…' }));
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Rút đề nghị…' })).toBeTruthy();
    expect(withdraw).not.toHaveBeenCalled();
  });
});
