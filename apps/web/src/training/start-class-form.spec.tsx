import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { TrainingClassView, TrainingCourseView } from '../api/training-types';
import { renderPanel } from '../test/render';
import { StartClassForm } from './start-class-form';
import { UNITS } from './training-fixtures';

const COURSES = [{ code: 'CT05', title: 'Chỉ thị 05-CT/TW' }] as TrainingCourseView[];

async function fill(user: ReturnType<typeof userEvent.setup>, end = '2022-08-19') {
  await user.type(screen.getByLabelText('Mã lớp'), 'CT05-2022-08');
  await user.selectOptions(screen.getByLabelText('Khóa học'), 'Chỉ thị 05-CT/TW');
  await user.type(screen.getByLabelText('Tên lớp'), 'Lớp học tập Chỉ thị 05');
  await user.type(screen.getByLabelText('Ngày khai giảng'), '2022-08-15');
  await user.type(screen.getByLabelText('Ngày kết thúc'), end);
  await user.type(screen.getByLabelText('Địa điểm'), 'Trung tâm Chính trị huyện');
  await user.selectOptions(screen.getByLabelText('Đơn vị tổ chức'), 'Xã Quảng An');
  await user.type(screen.getByLabelText('Số học viên tối đa (không bắt buộc)'), '40');
}

describe('the form that opens a training class', () => {
  it('opens a class of a course chosen by name', async () => {
    const start = vi.fn((_b: unknown) =>
      Promise.resolve({ id: 'training/CT05-2022-08', classCode: 'CT05-2022-08' } as TrainingClassView),
    );
    const onStarted = vi.fn();
    renderPanel(<StartClassForm courses={COURSES} units={UNITS} start={start} onStarted={onStarted} />);
    const user = userEvent.setup();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Mở lớp' }));
    expect(start).toHaveBeenCalledWith({
      classCode: 'CT05-2022-08',
      courseCode: 'CT05',
      title: 'Lớp học tập Chỉ thị 05',
      startDate: '2022-08-15',
      endDate: '2022-08-19',
      place: 'Trung tâm Chính trị huyện',
      unitCode: 'DH-QA',
      capacity: 40,
    });
    expect(onStarted).toHaveBeenCalled();
  });

  it('refuses an end before the start at its field, before sending', async () => {
    const start = vi.fn();
    renderPanel(<StartClassForm courses={COURSES} units={UNITS} start={start} onStarted={vi.fn()} />);
    const user = userEvent.setup();
    await fill(user, '2022-08-14');
    await user.click(screen.getByRole('button', { name: 'Mở lớp' }));
    expect(start).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Ngày kết thúc').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ngày kết thúc phải từ ngày khai giảng trở đi.')).toBeTruthy();
  });

  it('places the API’s 409 on a code in use at the class code', async () => {
    const start = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'A class with code CT05-2022-08 already exists',
          details: [{ field: 'classCode', problem: 'CT05-2022-08 is already in use' }],
        }),
      ),
    );
    renderPanel(<StartClassForm courses={COURSES} units={UNITS} start={start} onStarted={vi.fn()} />);
    const user = userEvent.setup();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Mở lớp' }));
    expect(await screen.findByText('Mã lớp: CT05-2022-08 is already in use')).toBeTruthy();
  });

  it('writes the API’s coded problems in Vietnamese, the course and the date as people read them', async () => {
    const start = vi.fn(() =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu chưa hợp lệ ở trường: courseCode, endDate.',
          details: [
            {
              field: 'courseCode',
              problem: 'Khóa bồi dưỡng CT05 đã ngừng sử dụng.',
              reason: 'training course CT05 is deactivated',
              code: 'inactive_course',
              params: { course: 'CT05' },
            },
            {
              field: 'endDate',
              problem: 'Trường endDate không được trước startDate (2022-08-15).',
              reason: 'must be on or after startDate (2022-08-15)',
              code: 'before_start',
              params: { startField: 'startDate', start: '2022-08-15' },
            },
          ],
        }),
      ),
    );
    renderPanel(<StartClassForm courses={COURSES} units={UNITS} start={start} onStarted={vi.fn()} />);
    const user = userEvent.setup();
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Mở lớp' }));
    expect(
      await screen.findByText('Khóa học: Khóa bồi dưỡng Chỉ thị 05-CT/TW đã ngừng sử dụng.'),
    ).toBeTruthy();
    expect(screen.getByText('Ngày kết thúc: Không được trước ngày bắt đầu (15/08/2022).')).toBeTruthy();
  });
});
