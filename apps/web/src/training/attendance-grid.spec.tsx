import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../test/render';
import { AttendanceGrid } from './attendance-grid';
import { classStatus } from './training-fixtures';

const TRAINEES = [
  { cadreId: 'CB-1', name: 'Nguyễn Văn An' },
  { cadreId: 'CB-2', name: 'Trần Thị Bình' },
];

describe('the attendance grid', () => {
  it('records each trainee present or absent with a note, by name', async () => {
    const record = vi.fn((_body: unknown) => Promise.resolve(classStatus()));
    const onDone = vi.fn();
    renderPanel(<AttendanceGrid trainees={TRAINEES} attendance={[]} record={record} onDone={onDone} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Trần Thị Bình có mặt' }));
    await user.type(screen.getByRole('textbox', { name: 'Ghi chú cho Trần Thị Bình' }), 'Nghỉ ốm');
    await user.click(screen.getByRole('button', { name: 'Lưu điểm danh' }));
    expect(record).toHaveBeenCalledWith({
      entries: [
        { cadreId: 'CB-1', attended: true },
        { cadreId: 'CB-2', attended: false, note: 'Nghỉ ốm' },
      ],
    });
    expect(onDone).toHaveBeenCalledWith('Đã lưu điểm danh.');
  });

  it('starts from the attendance already recorded', () => {
    renderPanel(
      <AttendanceGrid
        trainees={TRAINEES}
        attendance={[
          { cadreId: 'CB-1', attended: false, note: 'Công tác', recordedBy: 'U', recordedAt: 'x' },
        ]}
        record={vi.fn()}
        onDone={vi.fn()}
      />,
      { locale: 'en' },
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Nguyễn Văn An present' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('textbox', { name: 'Note for Nguyễn Văn An' }) as HTMLInputElement).value).toBe(
      'Công tác',
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Trần Thị Bình present' }) as HTMLInputElement).checked,
    ).toBe(true);
  });
});
