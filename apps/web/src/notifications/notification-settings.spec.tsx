import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationPreferencesView } from '@personnel/contracts';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { NotificationSettings } from './notification-settings';

const ON: NotificationPreferencesView = { mailEnabled: true, email: 'u-hr-01@damha.example' };

function setup(
  initial: NotificationPreferencesView = ON,
  save = vi.fn((mailEnabled: boolean) => Promise.resolve({ ...initial, mailEnabled })),
  locale: 'vi' | 'en' = 'vi',
) {
  const load = vi.fn(() => Promise.resolve(initial));
  renderPanel(<NotificationSettings load={load} save={save} />, { locale });
  return { load, save, user: userEvent.setup() };
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

  it('says why no mail can come without an address (English)', async () => {
    setup({ mailEnabled: true, email: null }, undefined, 'en');
    expect(
      await screen.findByRole('checkbox', { name: 'Receive task notifications by e-mail' }),
    ).toBeTruthy();
    expect(screen.getByTestId('notification-address').textContent).toMatch(/no e-mail address yet/);
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
});
