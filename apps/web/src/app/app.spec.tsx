import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AuthenticatedUser, NominationDetail } from '../api/types';
import { writeSession } from '../auth/session';
import { AppRoutes, Providers } from './app';

const USERS: Record<string, AuthenticatedUser> = {
  'U-BT-01': {
    username: 'U-BT-01',
    fullName: 'Trần Văn Bình',
    roles: ['leader', 'approver'],
    unitCode: 'DH',
  },
  'U-XEM-01': { username: 'U-XEM-01', fullName: 'Lê Thị Xem', roles: ['viewer'], unitCode: null },
};

const NOMINATION: NominationDetail = {
  id: 'nomination/CB-0001/DH-QA-CT-UBND/1',
  cadreId: 'CB-0001',
  postId: 'DH-QA-CT-UBND',
  proposedBy: 'U-HR-01',
  approverIds: ['U-TCNV-01', 'U-BT-01'],
  state: 'pending',
  currentApproverId: 'U-BT-01',
  proposedAt: '2026-11-26T01:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
  cadreName: 'Hoàng Văn Cường',
  postTitle: 'Chủ tịch UBND xã Quảng An',
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  timeline: [
    {
      seq: 0,
      stepKey: 'proposed',
      kind: 'proposed',
      actor: 'U-HR-01',
      payload: {},
      occurredAt: '2026-11-26T01:00:00.000Z',
      recordedAt: '2026-11-26T01:00:00.100Z',
    },
    {
      seq: 1,
      stepKey: 'decision/1/U-TCNV-01',
      kind: 'decision',
      actor: 'U-TCNV-01',
      payload: { decision: 'approve', comment: 'Đủ tiêu chuẩn' },
      occurredAt: '2026-11-26T02:00:00.000Z',
      recordedAt: '2026-11-26T02:00:00.100Z',
    },
  ],
};

/** A tiny stand-in for the API: tokens are "token-<user>", and "expire" makes every call a 401. */
function fakeApi() {
  const state = { expired: false };
  const reply = (status: number, body: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
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
    if (!user || state.expired) return reply(401, { statusCode: 401, message: 'Sign in first' });
    if (url.pathname === '/api/v1/auth/me') return reply(200, user);
    if (url.pathname === '/api/v1/nominations') {
      const awaiting = url.searchParams.get('awaitingApproverId');
      const items = !awaiting || awaiting === NOMINATION.currentApproverId ? [NOMINATION] : [];
      return reply(200, { items, total: items.length, limit: 20, offset: 0 });
    }
    if (url.pathname === `/api/v1/nominations/${encodeURIComponent(NOMINATION.id)}`)
      return reply(200, NOMINATION);
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
    const { user } = renderApp('/nominations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText('Vui lòng đăng nhập để tiếp tục.')).toBeTruthy();
    await signIn(user, 'U-BT-01', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await user.clear(screen.getByLabelText('Mật khẩu'));
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ đề nghị' })).toBeTruthy();
    expect(sessionStorage.getItem('personnel.session')).toContain('token-U-BT-01');
  });

  it("shows an approver their inbox with the nominee's name and whose turn it is", async () => {
    writeSession('token-U-BT-01', 3600);
    renderApp('/nominations');
    const views = await screen.findByRole('navigation', { name: 'Danh sách' });
    expect(within(views).getByRole('link', { name: 'Chờ tôi quyết định' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await screen.findByText('Hoàng Văn Cường')).toBeTruthy();
    expect(screen.getByText('Đến lượt bạn')).toBeTruthy();
    expect(screen.getByText('Trần Văn Bình')).toBeTruthy();
  });

  it('offers the decision form to the approver whose turn it is', async () => {
    writeSession('token-U-BT-01', 3600);
    renderApp(`/nominations/${NOMINATION.id}`);
    expect(await screen.findByRole('button', { name: 'Đồng ý' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Không đồng ý' })).toBeTruthy();
    const timeline = screen.getByTestId('timeline');
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(2);
    expect(within(timeline).getByText('Đủ tiêu chuẩn')).toBeTruthy();
    const temporal = screen.getByRole('link', { name: /Temporal UI/ });
    expect(temporal.getAttribute('href')).toBe(
      'http://localhost:8233/namespaces/default/workflows/nomination%2FCB-0001%2FDH-QA-CT-UBND%2F1',
    );
  });

  it('shows a viewer the nomination but no decision buttons and no inbox views', async () => {
    writeSession('token-U-XEM-01', 3600);
    renderApp(`/nominations/${NOMINATION.id}`);
    expect(await screen.findByText('Trình tự phê duyệt')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đồng ý' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Không đồng ý' })).toBeNull();
  });

  it('sends the user back to sign-in, saying why, when the API answers 401', async () => {
    writeSession('token-U-BT-01', 3600);
    const api = fakeApi();
    const { user } = renderApp('/nominations', api);
    expect(await screen.findByText('Hoàng Văn Cường')).toBeTruthy();
    api.state.expired = true;
    await user.click(screen.getByRole('link', { name: 'Tất cả hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText(/Phiên đăng nhập đã hết hạn/)).toBeTruthy();
    expect(sessionStorage.getItem('personnel.session')).toBeNull();
  });

  it('signs out and switches the language', async () => {
    writeSession('token-U-XEM-01', 3600);
    const { user } = renderApp('/nominations');
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nominations' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByText('You have signed out.')).toBeTruthy());
  });
});
