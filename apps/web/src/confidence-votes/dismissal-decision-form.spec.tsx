import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TaskCommandAnswer } from '../api/appointment-types';
import { task } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { DismissalDecisionForm } from './dismissal-decision-form';

const ID = 'confidence-vote/DH-QA/2026/1';
const answer: TaskCommandAnswer = {
  workflowId: ID,
  state: 'completed',
  stage: 'closed',
  sequence: 31,
  tasks: [],
};

function setup(actions: ('approve' | 'reject')[] = ['approve', 'reject']) {
  const decide = vi.fn(() => Promise.resolve(answer));
  const onDone = vi.fn();
  renderPanel(
    <DismissalDecisionForm
      voteId={ID}
      task={task({ taskKey: 'dismissal-CB-0387', kind: 'dismissal_proposal', actions })}
      holderName="Nguyễn Văn Vinh"
      decide={decide}
      onDone={onDone}
    />,
  );
  return { decide, onDone, user: userEvent.setup() };
}

describe("the head's decision on a dismissal proposal", () => {
  it('names the holder, needs the reason, and hands the answer to the page', async () => {
    const { decide, onDone, user } = setup();
    expect(
      screen.getByRole('heading', { name: 'Đề nghị cho thôi giữ chức vụ: Nguyễn Văn Vinh' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Không đồng ý' }));
    expect(screen.getByRole('alert').textContent).toBe('Cần nêu lý do.');
    expect(decide).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Lý do'), '  Chưa đủ căn cứ  ');
    await user.click(screen.getByRole('button', { name: 'Không đồng ý' }));
    expect(decide).toHaveBeenCalledWith(ID, 'dismissal-CB-0387', {
      verdict: 'reject',
      comment: 'Chưa đủ căn cứ',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã ghi nhận.', answer));
  });

  it('offers only the verdicts the task allows', () => {
    setup(['approve']);
    expect(screen.getByRole('button', { name: 'Đồng ý đề nghị' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Không đồng ý' })).toBeNull();
  });
});
