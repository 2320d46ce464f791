import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type {
  AppointmentBodies,
  AppointmentStatus,
  ChangeBodiesRequest,
  UserDirectoryEntry,
} from '../api/appointment-types';
import { renderPanel } from '../test/render';
import { BodiesSection, mayChangeBodies } from './bodies-section';

const ID = 'appointment/DH-QA-CT-UBND/1';
const USERS = ['U-M1', 'U-M2', 'U-M3', 'U-NEW'].map(
  (username) =>
    ({
      username,
      fullName: `Người ${username}`,
      roles: ['approver'],
      unitCode: 'DH',
    }) as unknown as UserDirectoryEntry,
);
const BODIES: AppointmentBodies = {
  collective: { summonedIds: ['U-M1', 'U-M2'], secretaryId: 'U-M2', headId: 'U-M1' },
  keyCadreConference: { summonedIds: ['U-M1', 'U-M2', 'U-M3'], secretaryId: 'U-M3', headId: 'U-M1' },
};

function setup(
  changeBodies = vi.fn((_id: string, _body: ChangeBodiesRequest) => Promise.resolve({} as AppointmentStatus)),
  locale: 'vi' | 'en' = 'vi',
) {
  const onDone = vi.fn();
  renderPanel(
    <BodiesSection
      appointmentId={ID}
      bodies={BODIES}
      users={USERS}
      changeBodies={changeBodies}
      onDone={onDone}
    />,
    { locale },
  );
  return { changeBodies, onDone, user: userEvent.setup() };
}

describe('changing the conference bodies', () => {
  it('is for HR while the procedure runs or its term does', () => {
    expect(mayChangeBodies('in_progress', ['hr_officer'])).toBe(true);
    expect(mayChangeBodies('appointed', ['hr_officer'])).toBe(true);
    expect(mayChangeBodies('withdrawn', ['hr_officer'])).toBe(false);
    expect(mayChangeBodies('in_progress', ['viewer', 'approver'])).toBe(false);
  });

  it('shows the current bodies with names; needs a reason; sends only the edited body, the reason trimmed', async () => {
    const { changeBodies, onDone, user } = setup();
    expect(screen.getByText('Thành phần hội nghị')).toBeTruthy();
    const keyCadre = screen.getByTestId('body-keyCadreConference');
    expect(keyCadre.textContent).toContain('Người U-M3 (U-M3)');
    await user.click(within(keyCadre).getByRole('button', { name: 'Sửa · Hội nghị cán bộ chủ chốt' }));

    await user.click(within(keyCadre).getByRole('button', { name: 'Bỏ Người U-M3 (U-M3)' }));
    await user.selectOptions(
      within(keyCadre).getByRole('combobox', { name: 'Thành phần triệu tập' }),
      'U-NEW',
    );
    await user.click(within(keyCadre).getByRole('button', { name: 'Thêm' }));
    await user.selectOptions(within(keyCadre).getByLabelText('Thư ký'), 'U-NEW');
    const save = within(keyCadre).getByRole('button', { name: 'Lưu thành phần mới' });
    await user.click(save);
    expect(changeBodies).not.toHaveBeenCalled();
    expect(within(keyCadre).getByRole('alert').textContent).toBe('Vui lòng nêu lý do thay đổi.');

    await user.type(within(keyCadre).getByLabelText('Lý do thay đổi'), '  Đồng chí U-M3 nghỉ hưu.  ');
    await user.click(save);
    expect(changeBodies).toHaveBeenCalledWith(ID, {
      keyCadreConference: { summonedIds: ['U-M1', 'U-M2', 'U-NEW'], secretaryId: 'U-NEW', headId: 'U-M1' },
      reason: 'Đồng chí U-M3 nghỉ hưu.',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã cập nhật thành phần hội nghị.'));
  });

  it('shows the API’s field problems next to the fields, and refusals in words, in English too', async () => {
    const changeBodies = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(400, {
          statusCode: 400,
          message: 'Validation failed',
          details: [
            { field: 'collective.summonedIds[1]', problem: 'names no active user of the directory (U-M2)' },
          ],
        } as never),
      )
      .mockRejectedValueOnce(
        new ApiError(403, {
          statusCode: 403,
          error: 'Forbidden',
          message: 'the proposer or HR changes who sits in the conferences',
          code: 'not_authorised',
        }),
      );
    const { onDone, user } = setup(changeBodies, 'en');
    const collective = screen.getByTestId('body-collective');
    await user.click(within(collective).getByRole('button', { name: /^Edit/ }));
    await user.type(within(collective).getByLabelText('Why the members change'), 'A member left');
    await user.click(within(collective).getByRole('button', { name: 'Save the new members' }));
    await waitFor(() =>
      expect(within(collective).getByRole('alert').textContent).toBe(
        'names no active user of the directory (U-M2)',
      ),
    );
    expect(within(collective).getByRole('combobox', { name: 'Summoned' }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await user.click(within(collective).getByRole('button', { name: 'Save the new members' }));
    await waitFor(() =>
      expect(within(collective).getByRole('alert').textContent).toContain('You are not allowed to do this.'),
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
