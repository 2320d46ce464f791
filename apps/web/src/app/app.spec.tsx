import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AuthenticatedUser } from '../api/types';
import { task } from '../test/appointment-fixtures';
import { clearSession, writeSession } from '../auth/session';
import { AppRoutes, Providers } from './app';
import { jsonReply } from '../test/json-reply';

const USERS: Record<string, AuthenticatedUser> = {
  'U-BT-01': {
    username: 'U-BT-01',
    fullName: 'Trần Văn Bình',
    roles: ['leader', 'approver'],
    unitCode: 'DH',
  },
  'U-XEM-01': { username: 'U-XEM-01', fullName: 'Lê Thị Xem', roles: ['viewer'], unitCode: null },
};

/** One sign-off waiting for U-BT-01, as GET /api/v1/tasks answers it (with the actions it allows). */
const TASK = task({ assigneeIds: ['U-BT-01'], taskKey: 'r1-secretary', label: 'Bí thư Huyện ủy cho ý kiến' });
const APPOINTMENT = {
  id: 'appointment/DH-QA-CT-UBND/1',
  candidateIds: ['CB-0001'],
  candidateNames: ['Hoàng Văn Cường'],
  postId: 'DH-QA-CT-UBND',
  postTitle: 'Chủ tịch UBND xã Quảng An',
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  source: 'outside',
  legalBasis: 'QD377-2025',
  state: 'in_progress',
  stage: 'sign_off',
  round: 1,
  appointee: 'CB-0001',
  decisionNumber: null,
  effectiveDate: null,
  termLastDay: null,
  procedureDueAt: null,
  overdue: false,
  exceptionGranted: false,
  proposedBy: 'U-HR-01',
  proposedAt: '2026-11-26T01:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
};

/** A tiny stand-in for the API: tokens are "token-<user>", and "expire" makes every call a 401. */
function fakeApi() {
  const state: { expired: boolean; oidc?: { issuer: string; clientId: string; scopes: string } } = {
    expired: false,
  };
  const reply = jsonReply;
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://panel.test');
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization ?? '';
    const user = USERS[auth.replace('Bearer token-', '')];
    if (url.pathname === '/api/v1/auth/login') {
      const { username, password } = JSON.parse(String(init?.body)) as { username: string; password: string };
      return USERS[username] && password === 'demo'
        ? reply(200, {
            accessToken: `token-${username}`,
            tokenType: 'Bearer',
            expiresIn: 3600,
            user: USERS[username],
          })
        : reply(401, { statusCode: 401, message: 'Wrong username or password' });
    }
    // Public, like the API's: whether to offer sign-in through an identity provider.
    if (url.pathname === '/api/v1/auth/config') return reply(200, { local: true, oidc: state.oidc ?? null });
    if (!user || state.expired) return reply(401, { statusCode: 401, message: 'Sign in first' });
    if (url.pathname === '/api/v1/auth/me') return reply(200, user);
    if (url.pathname === '/api/v1/tasks/counts')
      return reply(200, { mine: user.username === 'U-BT-01' ? 1 : 0, claimable: 0, all: 1, done: 0 });
    if (url.pathname === '/api/v1/tasks') {
      const items = user.username === 'U-BT-01' ? [TASK] : [];
      return reply(200, { items, total: items.length, limit: 20, offset: 0 });
    }
    if (url.pathname === '/api/v1/appointments')
      return reply(200, { items: [APPOINTMENT], total: 1, limit: 20, offset: 0 });
    if (url.pathname === '/api/v1/cadres/CB-0001')
      return reply(200, { code: 'CB-0001', fullName: 'Hoàng Văn Cường' });
    if (url.pathname === '/api/v1/posts/DH-QA-CT-UBND')
      return reply(200, { code: 'DH-QA-CT-UBND', title: 'Chủ tịch UBND xã Quảng An' });
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
  return { fetchFn, state };
}

function renderApp(path: string, api = fakeApi()) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Providers fetchFn={api.fetchFn}>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
  return { api, user: userEvent.setup() };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string, password = 'demo') {
  await user.type(screen.getByLabelText('Tên đăng nhập'), username);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('the panel as a whole', () => {
  it('asks for sign-in without a token, then opens the page that was asked for', async () => {
    const { user } = renderApp('/tasks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText('Vui lòng đăng nhập để tiếp tục.')).toBeTruthy();
    await signIn(user, 'U-BT-01', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await user.clear(screen.getByLabelText('Mật khẩu'));
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeTruthy();
    expect(localStorage.getItem('personnel.session')).toContain('token-U-BT-01');
  });

  it('offers sign-in through the identity provider only when the API names one', async () => {
    renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng nhập qua cổng định danh' })).toBeNull();
    cleanup();
    const api = fakeApi();
    api.state.oidc = { issuer: 'https://id.example.gov.vn/realms/hr', clientId: 'panel', scopes: 'openid' };
    renderApp('/login', api);
    expect(await screen.findByRole('button', { name: 'Đăng nhập qua cổng định danh' })).toBeTruthy();
    expect(screen.getByText('hoặc bằng tài khoản nội bộ')).toBeTruthy();
    // The local form stays beside it (embedded mode's accounts, and the province's break-glass admin).
    expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();
  });

  it("lands an approver on their tasks, with the candidate's name, and no retired nomination screens", async () => {
    writeSession('token-U-BT-01', 3600);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeTruthy();
    expect(await screen.findByText('Bí thư Huyện ủy cho ý kiến')).toBeTruthy();
    expect(screen.getByText(/Hoàng Văn Cường/)).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: /chính|Main/i });
    expect(within(nav).queryByRole('link', { name: 'Hồ sơ đề nghị' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Việc cần xử lý' })).toBeTruthy();
  });

  it('lands a viewer on the procedures, without the task inbox in the navigation', async () => {
    writeSession('token-U-XEM-01', 3600);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quy trình bổ nhiệm' })).toBeTruthy();
    expect(await screen.findByText('Chủ tịch UBND xã Quảng An')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Việc cần xử lý' })).toBeNull();
  });

  it.each([
    '/appointments/new',
    '/imports/cadres',
    '/webhooks',
    '/users/addresses',
    '/dashboard',
    '/rotations/planner',
  ])('tells a viewer that %s is not for them, instead of a form the API would refuse', async (path) => {
    writeSession('token-U-XEM-01', 3600);
    renderApp(path);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trang này không dành cho tài khoản của bạn' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    expect(document.querySelector('main form')).toBeNull();
    expect(screen.getByRole('link', { name: 'Về trang của tôi' }).getAttribute('href')).toBe('/');
  });

  it('sends the user back to sign-in, saying why, when the API answers 401', async () => {
    writeSession('token-U-BT-01', 3600);
    const api = fakeApi();
    const { user } = renderApp('/tasks', api);
    expect(await screen.findByText('Bí thư Huyện ủy cho ý kiến')).toBeTruthy();
    api.state.expired = true;
    await user.click(screen.getByRole('link', { name: 'Quy trình bổ nhiệm' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText(/Phiên đăng nhập đã hết hạn/)).toBeTruthy();
    expect(localStorage.getItem('personnel.session')).toBeNull();
  });

  it("follows the browser's other tabs: their sign-out ends this tab's session, their sign-in opens it", async () => {
    writeSession('token-U-BT-01', 3600);
    renderApp('/tasks');
    expect(await screen.findByText('Bí thư Huyện ủy cho ý kiến')).toBeTruthy();
    // Another tab signs out: the browser tells this one with a `storage` event.
    clearSession();
    window.dispatchEvent(new StorageEvent('storage', { key: 'personnel.session' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText('Bạn đã đăng xuất.')).toBeTruthy();
    // Another tab signs in again, as someone else: this tab follows, with who that is from /auth/me.
    writeSession('token-U-XEM-01', 3600);
    window.dispatchEvent(new StorageEvent('storage', { key: 'personnel.session' }));
    expect(await screen.findByText('Lê Thị Xem')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeNull();
  });

  it('signs out and switches the language', async () => {
    writeSession('token-U-XEM-01', 3600);
    const { user } = renderApp('/appointments');
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Appointment procedures' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByText('You have signed out.')).toBeTruthy());
  });
});
