import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TaskCommandAnswer, UserDirectoryEntry } from '../api/appointment-types';
import { renderPanel } from '../test/render';
import { DelegateForm } from './delegate-form';

const ID = 'appointment/DH-QA-CT-UBND/1';
const users: UserDirectoryEntry[] = [
  { username: 'U-PBT-01', fullName: 'Trần Thị Hoa', roles: ['approver'], unitCode: null, cadreId: null },
  { username: 'U-PBT-02', fullName: 'Lê Văn Nam', roles: ['approver'], unitCode: null, cadreId: null },
];
const answer: TaskCommandAnswer = {
  workflowId: ID,
  state: 'in_progress',
  stage: 'sign_off',
  sequence: 12,
  tasks: [],
};

function setup(delegate = vi.fn(() => Promise.resolve(answer))) {
  const onDone = vi.fn();
  renderPanel(
    <DelegateForm
      appointmentId={ID}
      taskKey="sign-off-1"
      users={users}
      me="U-PBT-01"
      delegate={delegate}
      onDone={onDone}
    />,
  );
  return { delegate, onDone, user: userEvent.setup() };
}

describe('delegating a task', () => {
  it('offers the others by name, sends the window as ISO days, and hands the answer to the page', async () => {
    const { delegate, onDone, user } = setup();
    const to = screen.getByLabelText('Người được ủy quyền');
    expect(screen.queryByRole('option', { name: /Trần Thị Hoa/ })).toBeNull();
    await user.selectOptions(to, 'U-PBT-02');
    await user.type(screen.getByLabelText('Từ ngày (dd/mm/yyyy)'), '07/12/2026');
    await user.type(screen.getByLabelText('Đến hết ngày (dd/mm/yyyy)'), '11/12/2026');
    await user.type(screen.getByLabelText('Lý do ủy quyền'), '  Đi công tác  ');
    await user.click(screen.getByRole('button', { name: 'Ủy quyền' }));
    expect(delegate).toHaveBeenCalledWith(ID, 'sign-off-1', {
      toUserId: 'U-PBT-02',
      validFrom: '2026-12-07',
      validUntil: '2026-12-11',
      reason: 'Đi công tác',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã ủy quyền.', answer));
  });

  it('refuses an end before the start without sending', async () => {
    const { delegate, onDone, user } = setup();
    await user.selectOptions(screen.getByLabelText('Người được ủy quyền'), 'U-PBT-02');
    await user.type(screen.getByLabelText('Từ ngày (dd/mm/yyyy)'), '11/12/2026');
    await user.type(screen.getByLabelText('Đến hết ngày (dd/mm/yyyy)'), '07/12/2026');
    await user.type(screen.getByLabelText('Lý do ủy quyền'), 'Đi công tác');
    await user.click(screen.getByRole('button', { name: 'Ủy quyền' }));
    expect(screen.getByRole('alert').textContent).toBe('Ngày kết thúc không được trước ngày bắt đầu.');
    expect(delegate).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
