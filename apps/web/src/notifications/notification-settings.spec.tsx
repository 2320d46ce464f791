import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationPreferencesView, UserDirectoryEntry } from '@personnel/contracts';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { NotificationSettings } from './notification-settings';

const ON: NotificationPreferencesView = { mailEnabled: true, email: 'u-hr-01@damha.example' };

const ADMINISTRATORS: UserDirectoryEntry[] = [
  { username: 'U-QT-01', fullName: 'Phạm Quản Trị', roles: ['admin'], unitCode: 'DH', cadreId: null },
  { username: 'U-QT-02', fullName: 'Đỗ Thị Hà', roles: ['admin'], unitCode: null, cadreId: null },
];

function setup(
  initial: NotificationPreferencesView = ON,
  save = vi.fn((mailEnabled: boolean) => Promise.resolve({ ...initial, mailEnabled })),
  locale: 'vi' | 'en' = 'vi',
  setsAddresses = false,
) {
  const load = vi.fn(() => Promise.resolve(initial));
  const loadAdministrators = vi.fn(() => Promise.resolve(ADMINISTRATORS));
  renderPanel(
    <NotificationSettings
      load={load}
      save={save}
      loadAdministrators={loadAdministrators}
      setsAddresses={setsAddresses}
    />,
    { locale },
  );
  return { load, save, loadAdministrators, user: userEvent.setup() };
}

describe('the notification settings', () => {
  it('shows the switch and the address, and turns mail off then on again (Vietnamese)', async () => {
    const { save, user } = setup();
    const box = await screen.findByRole('checkbox', { name: 'Nhận thông báo nhiệm vụ qua thư điện tử' });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('notification-address').textContent).toBe(
      'Thư được gửi tới u-hr-01@damha.example.',
    );
    await user.click(box);
    expect(save).toHaveBeenLastCalledWith(false);
    expect((box as HTMLInputElement).checked).toBe(false);
    await waitFor(() =>
      expect(screen.getByTestId('announcer-polite').textContent).toBe('Đã tắt thông báo qua thư.'),
    );
    await user.click(box);
    expect(save).toHaveBeenLastCalledWith(true);
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('says why no mail can come without an address, that the office sets it and who can (English)', async () => {
    const { loadAdministrators } = setup({ mailEnabled: true, email: null }, undefined, 'en');
    expect(
      await screen.findByRole('checkbox', { name: 'Receive task notifications by e-mail' }),
    ).toBeTruthy();
    expect(screen.getByTestId('notification-address').textContent).toMatch(
      /no e-mail address yet.*The office keeps addresses: only an administrator can enter or change one/,
    );
    await waitFor(() =>
      expect(screen.getByTestId('notification-address-owner').textContent).toBe(
        'Administrators: Phạm Quản Trị, Đỗ Thị Hà.',
      ),
    );
    expect(loadAdministrators).toHaveBeenCalledTimes(1);
    // Not the user's to set: nothing to type an address into, no pointer to the administrators' page.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByTestId('notification-address-link')).toBeNull();
  });

  it('shows an address read-only, kept by the administrators, without asking who they are (Vietnamese)', async () => {
    const { loadAdministrators } = setup();
    await screen.findByRole('checkbox', { name: 'Nhận thông báo nhiệm vụ qua thư điện tử' });
    expect(screen.getByTestId('notification-address-owner').textContent).toBe(
      'Địa chỉ này do quản trị hệ thống của văn phòng cập nhật; nếu cần đổi, đề nghị quản trị hệ thống sửa.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(loadAdministrators).not.toHaveBeenCalled();
  });

  it('points an administrator without an address to the page where addresses are set', async () => {
    setup({ mailEnabled: true, email: null }, undefined, 'vi', true);
    const link = await screen.findByRole('link', { name: 'Địa chỉ thư của người dùng' });
    expect(link.getAttribute('href')).toBe('/users/addresses');
    expect(screen.getByTestId('notification-address-link').textContent).toContain(
      'Đồng chí là quản trị hệ thống: cập nhật địa chỉ tại trang',
    );
  });

  it('keeps what the API holds when it refuses, and shows why', async () => {
    const save = vi.fn(() =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request: mailEnabled must be true or false',
        }),
      ),
    );
    const { user } = setup(ON, save as never);
    const box = await screen.findByRole('checkbox', { name: 'Nhận thông báo nhiệm vụ qua thư điện tử' });
    await user.click(box);
    expect(await screen.findByText(/mailEnabled must be true or false/)).toBeTruthy();
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the switch focused and enabled while it saves, and ignores a second press meanwhile', async () => {
    let finish: (v: NotificationPreferencesView) => void = () => undefined;
    const save = vi.fn(() => new Promise<NotificationPreferencesView>((resolve) => (finish = resolve)));
    const { user } = setup(ON, save);
    const box = await screen.findByRole('checkbox', { name: 'Nhận thông báo nhiệm vụ qua thư điện tử' });
    box.focus();
    await user.keyboard(' ');
    expect(screen.getByText('Đang lưu…')).toBeTruthy();
    expect((box as HTMLInputElement).disabled).toBe(false);
    expect(box.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard(' ');
    expect(save).toHaveBeenCalledTimes(1);
    finish({ ...ON, mailEnabled: false });
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(document.activeElement).toBe(box);
  });
});
