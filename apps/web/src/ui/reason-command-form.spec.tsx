import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MIN_COMMAND_REASON } from '@personnel/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { MIN_REASON, ReasonCommandForm } from './reason-command-form';

const WORDS = {
  title: 'Chấp thuận ngoại lệ về hồ sơ',
  reason: 'Lý do (ít nhất 20 ký tự)',
  reasonNeeded: 'Lý do cần ít nhất 20 ký tự.',
  done: 'Đã chấp thuận ngoại lệ về hồ sơ.',
  submit: 'Chấp thuận ngoại lệ',
};

function setup(send = vi.fn(() => Promise.resolve({})), locale: 'vi' | 'en' = 'vi') {
  const onDone = vi.fn();
  renderPanel(
    <ReasonCommandForm words={WORDS} minLength={MIN_REASON} primary send={send} onDone={onDone} />,
    {
      locale,
    },
  );
  return { send, onDone, user: userEvent.setup() };
}

describe('a reasoned command', () => {
  it('asks for as long a reason as the workflows do', () => {
    expect(MIN_REASON).toBe(MIN_COMMAND_REASON);
  });

  it('sends nothing until the reason is long enough, then sends it trimmed and says it is done', async () => {
    const { send, onDone, user } = setup();
    const reason = screen.getByLabelText(WORDS.reason);
    await user.type(reason, 'Quá ngắn');
    await user.click(screen.getByRole('button', { name: WORDS.submit }));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(WORDS.reasonNeeded);
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    await user.type(reason, ', hồ sơ giấy đã thẩm định   ');
    await user.click(screen.getByRole('button', { name: WORDS.submit }));
    expect(send).toHaveBeenCalledWith('Quá ngắn, hồ sơ giấy đã thẩm định');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(WORDS.done));
    expect(reason.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the refusal in words and does not say it is done', async () => {
    const refused = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'no dossier waits',
          code: 'wrong_stage',
        }),
      ),
    );
    const { onDone, user } = setup(refused, 'en');
    await user.type(screen.getByLabelText(WORDS.reason), 'The paper dossier was checked by the office');
    await user.click(screen.getByRole('button', { name: WORDS.submit }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The procedure is not at a stage that allows this.',
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
