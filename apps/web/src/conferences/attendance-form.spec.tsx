import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { conferenceView } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { AttendanceForm } from './attendance-form';

const view = conferenceView();
const SUMMONED = view.summonedIds;

function show(locale: 'vi' | 'en') {
  const sent: string[][] = [];
  renderPanel(
    <AttendanceForm
      view={view}
      name={(id) => `Người ${id.slice(-2)} (${id})`}
      appointmentId={view.appointmentId}
      record={(_id, _index, present) => {
        sent.push(present);
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
});
