import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { DecidePlanRequest, PlanView } from '../api/plan-types';
import { renderPanel } from '../test/render';
import { planView } from '../test/plan-fixtures';
import { PlanDecisionForm } from './plan-decision-form';
import { toDecision } from './plan-decision-logic';

function setup(decide = vi.fn((_id: string, _body: DecidePlanRequest) => Promise.resolve(planView()))) {
  const onDone = vi.fn();
  renderPanel(
    <PlanDecisionForm planId="plan/DH-QA/2025-2030" review={false} decide={decide} onDone={onDone} />,
  );
  return { decide, onDone, user: userEvent.setup() };
}
const submit = () => screen.getByRole('button', { name: 'Ghi nhận quyết định' });

describe('the signer’s decision', () => {
  it('asks for a choice first', async () => {
    const { decide, user } = setup();
    await user.click(submit());
    expect(screen.getByRole('alert').textContent).toBe(
      'Vui lòng chọn phê duyệt, trả lại hoặc không phê duyệt.',
    );
    expect(decide).not.toHaveBeenCalled();
  });

  it('asks an approval for the decision number and a real effective date', async () => {
    const { decide, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Phê duyệt' }));
    await user.type(screen.getByLabelText('Ngày hiệu lực (dd/mm/yyyy)'), '31/02/2026');
    await user.click(submit());
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['Vui lòng nhập số quyết định.', 'Ngày không hợp lệ (dd/mm/yyyy).']);
    expect(decide).not.toHaveBeenCalled();
  });

  it('sends an approval with its number and date', async () => {
    const { decide, onDone, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Phê duyệt' }));
    await user.type(screen.getByLabelText('Số quyết định'), '125-QĐ/TU');
    await user.type(screen.getByLabelText('Ngày hiệu lực (dd/mm/yyyy)'), '01/03/2026');
    await user.click(submit());
    expect(decide).toHaveBeenCalledWith('plan/DH-QA/2025-2030', {
      choice: 'approve',
      number: '125-QĐ/TU',
      effectiveDate: '2026-03-01',
    });
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Đã phê duyệt; danh sách được công bố vào quy hoạch.'),
    );
  });

  it('asks a return for its reason, then sends it without number or date', async () => {
    const { decide, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Trả lại để bổ sung' }));
    expect(screen.queryByLabelText('Số quyết định')).toBeNull();
    await user.click(submit());
    expect(screen.getByRole('alert').textContent).toBe('Vui lòng nêu lý do trả lại hoặc không phê duyệt.');
    await user.type(screen.getByLabelText('Lý do'), 'Bổ sung cán bộ nữ');
    await user.click(submit());
    expect(decide).toHaveBeenCalledWith('plan/DH-QA/2025-2030', {
      choice: 'return',
      comment: 'Bổ sung cán bộ nữ',
    });
  });

  it('says what to do next when the API refuses', async () => {
    const decide = vi.fn(() =>
      Promise.reject<PlanView>(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'The plan is not awaiting approval',
        }),
      ),
    );
    const { onDone, user } = setup(decide);
    await user.click(screen.getByRole('radio', { name: 'Không phê duyệt' }));
    await user.type(screen.getByLabelText('Lý do'), 'Không đủ cơ cấu');
    await user.click(submit());
    expect((await screen.findByRole('alert')).textContent).toContain('The plan is not awaiting approval');
    expect(screen.getByTestId('plan-error-next').textContent).toContain('xem lại rồi thử tiếp');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps a note on an approval and trims what is typed', () => {
    expect(toDecision({ choice: 'approve', number: ' 7-QĐ/HU ', date: '1/3/2026', comment: ' ok ' })).toEqual(
      {
        body: { choice: 'approve', number: '7-QĐ/HU', effectiveDate: '2026-03-01', comment: 'ok' },
      },
    );
  });
});
