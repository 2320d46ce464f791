import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { AuthenticatedUser } from '../api/types';
import type { UserAddressView } from '../api/user-address-endpoints';
import { fakePanelFetch, renderSignedInPanel } from '../test/fake-panel-api';
import { jsonReply } from '../test/json-reply';

const ADMIN: AuthenticatedUser = {
  username: 'U-QT-01',
  fullName: 'Phạm Quản Trị',
  roles: ['admin'],
  unitCode: 'DH',
};
const APPROVER: AuthenticatedUser = {
  username: 'U-BT-01',
  fullName: 'Hoàng Văn Cường',
  roles: ['approver'],
  unitCode: 'DH',
};

const BINH: UserAddressView = {
  username: 'U-HR-02',
  fullName: 'Trần Thị Bình',
  unitCode: 'DH',
  email: 'binh@damha.vn',
  changedAt: '2026-12-01T02:30:00.000Z',
  changedBy: 'U-QT-01',
};
const AN: UserAddressView = {
  username: 'U-HR-03',
  fullName: 'Nguyễn Văn An',
  unitCode: 'DH',
  email: null,
  changedAt: null,
  changedBy: null,
};

/** The API as the addresses screen sees it: two users; a PUT answers the row as stored, or a 400. */
function fakeApi(me: AuthenticatedUser = ADMIN) {
  const state = {
    users: [AN, BINH],
    puts: [] as { username: string; email: string | null }[],
    refuse: false,
    lists: [] as string[],
  };
  const directory: UserDirectoryEntry[] = [ADMIN, APPROVER].map((u) => ({ ...u, cadreId: null }));
  const fetchFn = fakePanelFetch(me, directory, (url, init) => {
    if (url.pathname === '/api/v1/users/addresses') {
      state.lists.push(url.search);
      const missing = url.searchParams.get('missing') === 'true';
      const q = url.searchParams.get('q');
      return jsonReply(
        200,
        state.users.filter((u) => (!missing || u.email === null) && (!q || u.fullName.includes(q))),
      );
    }
    const put = /^\/api\/v1\/users\/([^/]+)\/email$/.exec(url.pathname);
    if (put && init?.method === 'PUT') {
      const username = decodeURIComponent(put[1]);
      const { email } = JSON.parse(String(init.body)) as { email: string | null };
      state.puts.push({ username, email });
      if (state.refuse)
        return jsonReply(400, {
          statusCode: 400,
          error: 'Bad Request',
          code: 'invalid_request',
          params: { fields: ['email'] },
          message: 'Dữ liệu chưa hợp lệ ở trường: email.',
          reason: 'Invalid request: email must be an e-mail address such as name@sonoivu.gov.vn',
          details: [
            { field: 'email', problem: 'email must be an e-mail address such as name@sonoivu.gov.vn' },
          ],
        });
      const user = state.users.find((u) => u.username === username);
      if (!user) return jsonReply(404, { statusCode: 404, message: `No active account ${username}` });
      const saved: UserAddressView = {
        ...user,
        email,
        changedAt: '2026-12-04T03:00:00.000Z',
        changedBy: me.username,
      };
      state.users = state.users.map((u) => (u.username === username ? saved : u));
      return jsonReply(200, saved);
    }
    return undefined;
  });
  return { fetchFn, state };
}

function renderPage(api = fakeApi(), path = '/users/addresses') {
  return { api, actor: renderSignedInPanel(api.fetchFn, path) };
}

const LOADED = { timeout: 8_000 };
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByText(name).closest('tr') as HTMLElement;

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the users’ mail addresses (administrators)', () => {
  it('lists users by name with their address, or says they have none, and who changed it last', async () => {
    renderPage();
    const table = await screen.findByTestId('user-addresses', {}, LOADED);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => (r as HTMLTableRowElement).cells[0].textContent),
    ).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(rowOf(table, 'Nguyễn Văn An').textContent).toContain('Chưa có địa chỉ');
    expect(rowOf(table, 'Nguyễn Văn An').textContent).toContain('Chưa sửa lần nào');
    expect(rowOf(table, 'Trần Thị Bình').textContent).toContain('binh@damha.vn');
    await waitFor(
      () =>
        expect(rowOf(table, 'Trần Thị Bình').textContent).toContain('01/12/2026 09:30, bởi Phạm Quản Trị'),
      LOADED,
    );
    const nav = screen.getByRole('navigation', { name: /chính|Main/i });
    expect(within(nav).getByRole('link', { name: 'Địa chỉ thư của người dùng' })).toBeTruthy();
  });

  it('saves an address as the rule writes it (trimmed, the domain lower-cased) and shows the stored row', async () => {
    const { api, actor } = renderPage();
    await actor.click(await screen.findByRole('button', { name: 'Sửa địa chỉ của Nguyễn Văn An' }, LOADED));
    const form = screen.getByRole('form', { name: 'Địa chỉ thư điện tử của Nguyễn Văn An' });
    // Nothing to remove yet: the form does not offer it.
    expect(within(form).queryByRole('button', { name: 'Xóa địa chỉ' })).toBeNull();
    await actor.type(within(form).getByLabelText('Địa chỉ thư điện tử'), '  An.Nguyen@SoNoiVu.GOV.vn ');
    await actor.click(within(form).getByRole('button', { name: 'Lưu địa chỉ' }));
    await waitFor(() =>
      expect(api.state.puts).toEqual([{ username: 'U-HR-03', email: 'An.Nguyen@sonoivu.gov.vn' }]),
    );
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), LOADED);
    const table = screen.getByTestId('user-addresses');
    expect(rowOf(table, 'Nguyễn Văn An').textContent).toContain('An.Nguyen@sonoivu.gov.vn');
    await waitFor(() =>
      expect(screen.getByTestId('announcer-polite').textContent).toBe(
        'Đã lưu địa chỉ An.Nguyen@sonoivu.gov.vn cho Nguyễn Văn An.',
      ),
    );
  });

  it('names what is wrong with the address before sending, in Vietnamese', async () => {
    const { api, actor } = renderPage();
    await actor.click(await screen.findByRole('button', { name: 'Sửa địa chỉ của Trần Thị Bình' }, LOADED));
    const form = screen.getByRole('form', { name: 'Địa chỉ thư điện tử của Trần Thị Bình' });
    const input = within(form).getByLabelText('Địa chỉ thư điện tử');
    expect((input as HTMLInputElement).value).toBe('binh@damha.vn');
    await actor.clear(input);
    await actor.type(input, 'binh@damha');
    await actor.click(within(form).getByRole('button', { name: 'Lưu địa chỉ' }));
    expect(
      within(form).getByText('Địa chỉ thư điện tử chưa đúng dạng (ví dụ: ten@sonoivu.gov.vn).'),
    ).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await actor.clear(input);
    await actor.click(within(form).getByRole('button', { name: 'Lưu địa chỉ' }));
    expect(within(form).getByText('Hãy nhập địa chỉ thư điện tử, hoặc chọn “Xóa địa chỉ”.')).toBeTruthy();
    await actor.type(input, `${'a'.repeat(65)}@damha.vn`);
    await actor.click(within(form).getByRole('button', { name: 'Lưu địa chỉ' }));
    expect(within(form).getByText(/Địa chỉ quá dài/)).toBeTruthy();
    expect(api.state.puts).toEqual([]);
  });

  it('speaks English when chosen: labels and the problem', async () => {
    localStorage.setItem('personnel.locale', 'en');
    const { api, actor } = renderPage();
    await actor.click(
      await screen.findByRole('button', { name: 'Edit the address of Nguyễn Văn An' }, LOADED),
    );
    const form = screen.getByRole('form', { name: 'E-mail address of Nguyễn Văn An' });
    await actor.type(within(form).getByLabelText('E-mail address'), 'an at damha.vn');
    await actor.click(within(form).getByRole('button', { name: 'Save address' }));
    expect(
      within(form).getByText('This is not an e-mail address (for example: name@sonoivu.gov.vn).'),
    ).toBeTruthy();
    expect(api.state.puts).toEqual([]);
  });

  it('removes an address, and says that no mail will reach that user', async () => {
    const { api, actor } = renderPage();
    await actor.click(await screen.findByRole('button', { name: 'Sửa địa chỉ của Trần Thị Bình' }, LOADED));
    await actor.click(screen.getByRole('button', { name: 'Xóa địa chỉ' }));
    await waitFor(() => expect(api.state.puts).toEqual([{ username: 'U-HR-02', email: null }]));
    await waitFor(() =>
      expect(screen.getByTestId('announcer-polite').textContent).toBe(
        'Đã xóa địa chỉ thư của Trần Thị Bình; người này sẽ không nhận được thư thông báo.',
      ),
    );
    expect(rowOf(screen.getByTestId('user-addresses'), 'Trần Thị Bình').textContent).toContain(
      'Chưa có địa chỉ',
    );
  });

  it('shows the API’s refusal in the form and keeps what was typed', async () => {
    const api = fakeApi();
    api.state.refuse = true;
    const { actor } = renderPage(api);
    await actor.click(await screen.findByRole('button', { name: 'Sửa địa chỉ của Nguyễn Văn An' }, LOADED));
    const form = screen.getByRole('form', { name: 'Địa chỉ thư điện tử của Nguyễn Văn An' });
    await actor.type(within(form).getByLabelText('Địa chỉ thư điện tử'), 'an@damha.vn');
    await actor.click(within(form).getByRole('button', { name: 'Lưu địa chỉ' }));
    expect((await within(form).findByRole('alert', {}, LOADED)).textContent).toContain(
      'Dữ liệu chưa hợp lệ ở trường: email.',
    );
    expect((within(form).getByLabelText('Địa chỉ thư điện tử') as HTMLInputElement).value).toBe(
      'an@damha.vn',
    );
  });

  it('narrows the list to users without an address', async () => {
    const { api, actor } = renderPage();
    const table = await screen.findByTestId('user-addresses', {}, LOADED);
    await actor.click(screen.getByRole('checkbox', { name: 'Chỉ người chưa có địa chỉ' }));
    await waitFor(() => expect(within(table).queryByText('Trần Thị Bình')).toBeNull(), LOADED);
    expect(api.state.lists.at(-1)).toContain('missing=true');
    expect(within(table).getByText('Nguyễn Văn An')).toBeTruthy();
  });

  it('is not offered to anyone but an administrator', async () => {
    renderPage(fakeApi(APPROVER), '/me/notifications');
    const nav = await screen.findByRole('navigation', { name: /chính|Main/i }, LOADED);
    expect(within(nav).getByRole('link', { name: 'Thông báo' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Địa chỉ thư của người dùng' })).toBeNull();
  });

  it('moves the focus to the address when the form opens, and back to the user’s row when it closes', async () => {
    const { actor } = renderPage();
    const edit = await screen.findByRole('button', { name: 'Sửa địa chỉ của Nguyễn Văn An' }, LOADED);
    await actor.click(edit);
    const form = screen.getByRole('form', { name: 'Địa chỉ thư điện tử của Nguyễn Văn An' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(form).getByLabelText('Địa chỉ thư điện tử')),
    );
    await actor.keyboard('an@sonoivu.gov.vn{Enter}');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), LOADED);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Sửa địa chỉ của Nguyễn Văn An' }),
      ),
    );
  });
});
