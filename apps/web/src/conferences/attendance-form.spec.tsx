import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { conferenceView } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { AttendanceForm } from './attendance-form';

const view = conferenceView();
const SUMMONED = view.summonedIds;

function show(locale: 'vi' | 'en', refusal?: ApiError) {
  const sent: string[][] = [];
  renderPanel(
    <AttendanceForm
      view={view}
      name={(id) => `Người ${id.slice(-2)} (${id})`}
      appointmentId={view.appointmentId}
      record={(_id, _index, present) => {
        sent.push(present);
        if (refusal) return Promise.reject(refusal);
        return Promise.resolve({ stage: 'attendance_recorded', attending: present.length, awaitingHead: [] });
      }}
      onDone={() => undefined}
    />,
    { locale },
  );
  return { sent, user: userEvent.setup() };
}

describe('the attendance of a sitting', () => {
  it('ticks everyone summoned with one button, then lets the secretary untick whoever is absent', async () => {
    const { sent, user } = show('vi');
    expect(screen.getByTestId('quorum').textContent).toContain('Chưa đủ số lượng');
    await user.click(screen.getByRole('button', { name: 'Đánh dấu tất cả có mặt' }));
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual(SUMMONED.map(() => true));
    expect(screen.getByTestId('quorum').textContent).toContain('Đủ số lượng Có mặt 6/6');
    // Everyone is ticked: the button has nothing left to do.
    expect(
      (screen.getByRole('button', { name: 'Đánh dấu tất cả có mặt' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Người 05 (U-MR-05)' }));
    await user.click(screen.getByRole('button', { name: 'Ghi điểm danh' }));
    await waitFor(() => expect(sent).toEqual([SUMMONED.filter((m) => m !== 'U-MR-05')]));
  });

  it('says it in English too', async () => {
    const { sent, user } = show('en');
    await user.click(screen.getByRole('button', { name: 'Mark everyone present' }));
    await user.click(screen.getByRole('button', { name: 'Record attendance' }));
    await waitFor(() => expect(sent).toEqual([SUMMONED]));
  });

  it('puts the focus on a refusal, said by the panel in the user’s language', async () => {
    const refusal = new ApiError(409, {
      statusCode: 409,
      error: 'Conflict',
      code: 'attendance_recorded',
      message: 'Attendance already recorded',
    });
    const { user } = show('en', refusal);
    await user.click(screen.getByRole('button', { name: 'Mark everyone present' }));
    await user.click(screen.getByRole('button', { name: 'Record attendance' }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.notice-title')?.textContent).toBe('Attendance is already recorded.');
    await waitFor(() => expect(document.activeElement).toBe(alert.parentElement));
  });
});
