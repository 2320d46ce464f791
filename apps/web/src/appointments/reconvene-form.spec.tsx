import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { AppointmentStatus } from '../api/appointment-types';
import { step } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { ReconveneForm } from './reconvene-form';
import { StepsSection } from './steps-section';

const ID = 'appointment/DH-QA-CT-UBND/1';
const ok = () => Promise.resolve({} as AppointmentStatus);
const notHeld = step({
  outcome: 'quorum_not_met',
  result: { outcome: 'quorum_not_met', forward: [], summoned: 5, attending: 2 },
});

function setup(reconvene = vi.fn(ok), locale: 'vi' | 'en' = 'vi', taskKey = 'reconvene-1-a1') {
  const onDone = vi.fn();
  renderPanel(
    <ReconveneForm
      appointmentId={ID}
      taskKey={taskKey}
      steps={[notHeld]}
      reconvene={reconvene}
      onDone={onDone}
    />,
    { locale },
  );
  return { onDone, reconvene, user: userEvent.setup() };
}

describe('convening a conference again', () => {
  it('says which conference was not held, needs a reason, and sends it trimmed for the step of the task', async () => {
    const { reconvene, onDone, user } = setup();
    expect(
      screen.getByText(/Tập thể lãnh đạo đề xuất: hội nghị không tổ chức được \(Không đủ số lượng\)/),
    ).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Triệu tập lại hội nghị' });
    await user.click(submit);
    expect(reconvene).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Vui lòng nêu lý do triệu tập lại.');

    const reason = screen.getByLabelText('Lý do triệu tập lại');
    expect(reason.getAttribute('maxlength')).toBe('1000');
    await user.type(reason, '  Không đủ số lượng, họp lại thứ Hai.  ');
    await user.click(submit);
    expect(reconvene).toHaveBeenCalledWith(ID, 1, { reason: 'Không đủ số lượng, họp lại thứ Hai.' });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã triệu tập lại hội nghị.'));
  });

  it('reads the step from the task key (reconvene-<i>-a<n>)', async () => {
    const { reconvene, user } = setup(vi.fn(ok), 'vi', 'reconvene-3-a2');
    await user.type(screen.getByLabelText('Lý do triệu tập lại'), 'Lần ba');
    await user.click(screen.getByRole('button', { name: 'Triệu tập lại hội nghị' }));
    expect(reconvene).toHaveBeenCalledWith(ID, 3, { reason: 'Lần ba' });
  });

  it('shows a refusal in words, in English too', async () => {
    const refused = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'conference 1 is not waiting to be convened again',
          code: 'wrong_stage',
        }),
      ),
    );
    const { onDone, user } = setup(refused, 'en');
    await user.type(screen.getByLabelText('Why it is convened again'), 'Quorum not met');
    await user.click(screen.getByRole('button', { name: 'Convene the conference again' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'The procedure is not at a stage that allows this.',
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('the steps section', () => {
  it('shows the attempt of a step convened again, and none on a first attempt', () => {
    renderPanel(
      <StepsSection
        appointmentId={ID}
        status={
          {
            steps: [step({ index: 1, attempt: 2 }), step({ index: 2, kind: 'expanded_conference' })],
          } as unknown as AppointmentStatus
        }
        names={{}}
      />,
    );
    expect(screen.getByTestId('step-1-attempt').textContent).toBe('(lần 2) ');
    expect(screen.queryByTestId('step-2-attempt')).toBeNull();
  });

  it('says it in English', () => {
    renderPanel(
      <StepsSection
        appointmentId={ID}
        status={{ steps: [step({ attempt: 3 })] } as unknown as AppointmentStatus}
        names={{}}
      />,
      { locale: 'en' },
    );
    expect(screen.getByTestId('step-1-attempt').textContent).toBe('(attempt 3) ');
  });
});
