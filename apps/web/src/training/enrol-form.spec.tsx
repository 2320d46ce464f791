import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { CADRE, page } from '../test/rotation-fixtures';
import { renderPanel } from '../test/render';
import { EnrolForm } from './enrol-form';
import { classStatus, enrolment, UNITS } from './training-fixtures';

function setup(
  enrol = vi.fn((_body: unknown) => Promise.resolve(classStatus())),
  locale: 'vi' | 'en' = 'vi',
) {
  const onDone = vi.fn();
  const searchCadres = vi.fn(() => Promise.resolve(page([CADRE])));
  renderPanel(
    <EnrolForm enrolledBefore={1} units={UNITS} searchCadres={searchCadres} enrol={enrol} onDone={onDone} />,
    { locale },
  );
  return { enrol, onDone, user: userEvent.setup() };
}

describe('the enrolment form', () => {
  it('enrols a whole unit picked by name and says who was skipped and why', async () => {
    const enrol = vi.fn(() =>
      Promise.resolve(
        classStatus({
          enrolments: [enrolment('CB-1'), enrolment('CB-2'), enrolment('CB-3')],
          lastSkipped: [{ cadreId: 'CB-4', reason: 'already_completed' }],
        }),
      ),
    );
    const { onDone, user } = setup(enrol);
    await user.click(screen.getByRole('radio', { name: 'Cả một đơn vị' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Đơn vị' }), 'Xã Quảng An');
    await user.click(screen.getByRole('button', { name: 'Ghi danh' }));
    expect(enrol).toHaveBeenCalledWith({ unitCode: 'DH-QA' });
    expect(onDone).toHaveBeenCalledWith('Đã ghi danh 2 học viên.');
    expect((await screen.findByTestId('enrol-skipped')).textContent).toContain(
      'CB-4: đã hoàn thành khóa này',
    );
  });

  it('enrols one cadre found by name', async () => {
    const { enrol, user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm cán bộ theo tên hoặc mã' }), 'nguyen van an');
    await user.click(screen.getByRole('button', { name: 'Tìm cán bộ' }));
    await user.click(await screen.findByRole('button', { name: 'Chọn Nguyễn Văn An' }));
    await user.click(screen.getByRole('button', { name: 'Ghi danh' }));
    expect(enrol).toHaveBeenCalledWith({ cadreId: 'CB-0007' });
  });

  it('asks for a cadre or a unit before sending anything', async () => {
    const { enrol, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Ghi danh' }));
    expect(screen.getByRole('alert').textContent).toContain('Hãy chọn một cán bộ hoặc một đơn vị.');
    expect(enrol).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal of a full class in the user’s language', async () => {
    const enrol = vi.fn(() =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'the class is full',
          code: 'capacity_reached',
        }),
      ),
    );
    const { user } = setup(enrol, 'en');
    await user.click(screen.getByRole('radio', { name: 'A whole unit' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'Xã Tân Bình');
    await user.click(screen.getByRole('button', { name: 'Enrol' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The class is full: withdraw someone or open another class.',
    );
  });

  it('places a 422 naming the unit at the field, in words', async () => {
    const enrol = vi.fn(() =>
      Promise.reject(
        new ApiError(422, {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: 'unitCode nobody is currently assigned in unit DH-TB',
          details: [{ field: 'unitCode', problem: 'nobody is currently assigned in unit DH-TB' }],
        }),
      ),
    );
    const { user } = setup(enrol);
    await user.click(screen.getByRole('radio', { name: 'Cả một đơn vị' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Đơn vị' }), 'Xã Tân Bình');
    await user.click(screen.getByRole('button', { name: 'Ghi danh' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Đơn vị: nobody is currently assigned');
  });
});
