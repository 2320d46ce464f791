import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { TaskAction, TaskCommandAnswer } from '../api/appointment-types';
import { renderPanel } from '../test/render';
import { ReasonForm } from './reason-form';
import { TaskDecisionForm } from './task-decision-form';

const ID = 'appointment/DH-QA-CT-UBND/1';
/** The API's answer of a task command: what it changed (here the approved task). */
const ANSWER: TaskCommandAnswer = {
  workflowId: ID,
  state: 'in_progress',
  stage: 'sign_off',
  sequence: 14,
  tasks: [],
};
const ok = () => Promise.resolve(ANSWER);

/** The actions the API answers for the signed-in user on the task, as the domain task rule gives them. */
const ACTIONS: Record<'assigned' | 'claimable' | 'claimed_by_me', TaskAction[]> = {
  assigned: ['approve', 'reject', 'return', 'delegate'],
  claimable: ['claim'],
  claimed_by_me: ['unclaim', 'approve', 'reject', 'return', 'delegate'],
};

function setup(
  relation: 'assigned' | 'claimable' | 'claimed_by_me',
  decide = vi.fn(ok),
  claim = vi.fn(ok),
  locale: 'vi' | 'en' = 'vi',
) {
  const onDone = vi.fn();
  renderPanel(
    <TaskDecisionForm
      appointmentId={ID}
      task={{ taskKey: 'r1-org-office', label: 'Thẩm định', actions: ACTIONS[relation] }}
      claim={claim}
      unclaim={vi.fn(ok)}
      decide={decide}
      onDone={onDone}
    />,
    { locale },
  );
  return { onDone, decide, claim, user: userEvent.setup() };
}

describe('the task decision form', () => {
  it('approves a personal task without a comment', async () => {
    const { decide, onDone, user } = setup('assigned');
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect(decide).toHaveBeenCalledWith(ID, 'r1-org-office', { verdict: 'approve' });
    // The page gets the answer with the message, to show the new state without reading the procedure.
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã ghi nhận: đồng ý.', ANSWER));
  });

  it('needs a comment to reject or return, and sends it trimmed', async () => {
    const { decide, user } = setup('assigned');
    await user.click(screen.getByRole('button', { name: 'Trả lại để bổ sung' }));
    expect(decide).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cần nêu lý do khi không đồng ý hoặc trả lại.',
    );
    await user.type(screen.getByLabelText('Ý kiến'), '  Thiếu bản kê khai tài sản  ');
    await user.click(screen.getByRole('button', { name: 'Trả lại để bổ sung' }));
    expect(decide).toHaveBeenCalledWith(ID, 'r1-org-office', {
      verdict: 'return',
      comment: 'Thiếu bản kê khai tài sản',
    });
  });

  it('offers only Claim on a group task, and says so when someone else took it first', async () => {
    const claim = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'U-PBT-01 has claimed r1-org-office',
          code: 'claimed_by_other',
        }),
      ),
    );
    const { user } = setup('claimable', vi.fn(ok), claim, 'en');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Claim' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else already took this task.');
    expect(alert.textContent).toContain('U-PBT-01 has claimed r1-org-office');
  });

  it('shows the refusal of a decision in Vietnamese with the API message kept', async () => {
    const decide = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'task r1-org-office is done',
          code: 'task_closed',
        }),
      ),
    );
    const { user } = setup('claimed_by_me', decide);
    expect(screen.getByRole('button', { name: 'Trả việc về nhóm' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nhiệm vụ này đã được xử lý.');
  });
});

describe('the reasoned forms', () => {
  it('refuses an exception reason under 20 characters before sending', async () => {
    const submit = vi.fn(ok);
    renderPanel(
      <ReasonForm
        title="Ngoại lệ"
        label="Lý do"
        submitLabel="Chấp thuận"
        minLength={20}
        requiredText="Cần lý do"
        doneText="Xong"
        submit={submit}
        onDone={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Lý do'), 'Quá ngắn');
    await user.click(screen.getByRole('button', { name: 'Chấp thuận' }));
    expect(submit).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Lý do cần ít nhất 20 ký tự (hiện có 8).',
    );
    await user.type(screen.getByLabelText('Lý do'), ' nhưng đã được bổ sung đủ');
    await user.click(screen.getByRole('button', { name: 'Chấp thuận' }));
    expect(submit).toHaveBeenCalledWith('Quá ngắn nhưng đã được bổ sung đủ');
  });
});

describe('the task decision form offers exactly the actions the task answers', () => {
  it('shows no decision buttons for a task whose actions the API left empty', () => {
    renderPanel(
      <TaskDecisionForm
        appointmentId={ID}
        task={{ taskKey: 'r1-org-office', label: 'Thẩm định', actions: [] }}
        claim={vi.fn(ok)}
        unclaim={vi.fn(ok)}
        decide={vi.fn(ok)}
        onDone={vi.fn()}
      />,
    );
    for (const name of ['Đồng ý', 'Không đồng ý', 'Trả lại để bổ sung', 'Nhận việc', 'Trả việc về nhóm'])
      expect(screen.queryByRole('button', { name })).toBeNull();
  });
});
