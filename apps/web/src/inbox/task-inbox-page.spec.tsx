import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthenticatedUser } from '../api/types';
import type { TaskView } from '../api/appointment-types';
import { Providers } from '../app/app';
import { RequireAuth } from '../auth/require-auth';
import { writeSession } from '../auth/session';
import { task, taskAnswer } from '../test/appointment-fixtures';
import { TaskInboxPage } from './task-inbox-page';
import { jsonReply } from '../test/json-reply';

const USERS: Record<string, AuthenticatedUser> = {
  'U-PBT-01': { username: 'U-PBT-01', fullName: 'Phạm Văn Phó', roles: ['approver'], unitCode: 'DH' },
  'U-HR-01': { username: 'U-HR-01', fullName: 'Ngô Thị Nhân', roles: ['hr_officer'], unitCode: 'DH' },
};

/**
 * A stand-in for the task API holding one group sign-off (U-PBT-01 and U-TCNV-01, nobody claimed it)
 * and one personal sign-off of U-PBT-01; it records what the panel sends and answers as the API would.
 */
function fakeTaskApi() {
  const group = task({
    taskKey: 'r1-standing',
    label: 'Thường trực thẩm định',
    assigneeIds: ['U-PBT-01', 'U-TCNV-01'],
    relation: 'claimable',
    actions: ['claim'],
  });
  const personal = task({
    workflowId: 'appointment/DH-QL-CT-UBND/1',
    postId: 'DH-QL-CT-UBND',
    postTitle: 'Chủ tịch UBND xã Quảng Lâm',
    taskKey: 'r1-org-office',
    assigneeIds: ['U-PBT-01'],
  });
  const state = {
    group,
    personal,
    done: [] as TaskView[],
    sent: [] as string[],
    /** While set, list reads wait for it (a slow read after a command). */
    holdReads: null as Promise<void> | null,
  };
  const reply = jsonReply;
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://panel.test');
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization ?? '';
    const user = USERS[auth.replace('Bearer token-', '')];
    if (!user) return reply(401, { statusCode: 401, message: 'Sign in first' });
    if (url.pathname === '/api/v1/auth/config') return reply(200, { local: true, oidc: null });
    if (url.pathname === '/api/v1/auth/me') return reply(200, user);
    const hr = user.username === 'U-HR-01';
    const mine = hr
      ? []
      : [state.personal, state.group].filter((t) => t.status === 'open' && t.relation !== 'claimable');
    const claimable = hr ? [] : [state.group].filter((t) => t.relation === 'claimable');
    const listOf = (scope: string | null) => {
      const items =
        scope === 'claimable'
          ? claimable
          : scope === 'done'
            ? state.done
            : scope === 'all'
              ? [...mine, ...claimable]
              : mine;
      return { items, total: items.length, limit: 20, offset: 0 };
    };
    if (url.pathname === '/api/v1/tasks/counts')
      return reply(200, {
        mine: mine.length,
        claimable: claimable.length,
        all: mine.length + claimable.length,
        done: state.done.length,
      });
    if (url.pathname === '/api/v1/tasks') {
      const scope = url.searchParams.get('scope');
      state.sent.push(`GET ${url.search}`);
      if (state.holdReads) return state.holdReads.then(() => reply(200, listOf(scope)));
      return reply(200, listOf(scope));
    }
    if (
      init?.method === 'POST' &&
      url.pathname === '/api/v1/tasks/appointment/DH-QA-CT-UBND/1/r1-standing/claim'
    ) {
      state.sent.push('claim r1-standing');
      state.group = {
        ...state.group,
        claimedBy: 'U-PBT-01',
        relation: 'claimed_by_me',
        actions: ['unclaim', 'approve', 'reject', 'return', 'delegate'],
      };
      return reply(200, taskAnswer(state.group, { sequence: 12 }));
    }

    if (init?.method === 'POST' && url.pathname === '/api/v1/tasks/bulk-decide') {
      state.sent.push(`bulk ${String(init.body)}`);
      state.done.push({
        ...state.personal,
        status: 'done',
        outcome: 'approve',
        completedBy: 'U-PBT-01',
        actions: [],
      });
      state.personal = { ...state.personal, status: 'done', actions: [] };
      return reply(200, [{ workflowId: state.personal.workflowId, taskKey: 'r1-org-office', ok: true }]);
    }
    if (init?.method === 'POST' && url.pathname.endsWith('/decide')) {
      state.sent.push(`decide ${url.pathname} ${String(init.body)}`);
      const { verdict, comment } = JSON.parse(String(init.body)) as { verdict: 'return'; comment: string };
      state.personal = { ...state.personal, status: 'done', outcome: verdict, comment, actions: [] };
      return reply(200, taskAnswer(state.personal, { sequence: 13 }));
    }
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
  return { fetchFn, state };
}

function renderInbox(username: string, path = '/tasks', api = fakeTaskApi()) {
  writeSession(`token-${username}`, 3600);
  render(
    <MemoryRouter initialEntries={[path]}>
      <Providers fetchFn={api.fetchFn}>
        <Routes>
          <Route element={<RequireAuth />}>
            <Route path="/tasks" element={<TaskInboxPage />} />
          </Route>
        </Routes>
      </Providers>
    </MemoryRouter>,
  );
  return { api, user: userEvent.setup() };
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('the task inbox page', () => {
  it('puts the count on every tab and says where a waiting group task is', async () => {
    renderInbox('U-PBT-01');
    await waitFor(() => expect(screen.getByTestId('tab-mine').textContent).toBe('Việc của tôi (1)'));
    expect(screen.getByTestId('tab-claimable').textContent).toBe('Việc nhóm chờ nhận (1)');
    expect(screen.getByTestId('tab-all').textContent).toBe('Tất cả (2)');
    expect(screen.getByTestId('tab-done').textContent).toBe('Tôi đã xử lý (0)');
    expect(screen.getByTestId('tab-mine').getAttribute('aria-label')).toBe('Việc của tôi: 1 việc');
    expect((await screen.findByTestId('group-waiting')).textContent).toContain(
      'Có 1 việc nhóm đang chờ người nhận.',
    );
  });

  it('claims a group task from the list, keeps the result on screen and moves focus to it', async () => {
    const { api, user } = renderInbox('U-PBT-01', '/tasks?scope=claimable');
    const row = await screen.findByRole('row', { name: /Thường trực thẩm định/ });
    await user.click(within(row).getByRole('button', { name: 'Nhận việc' }));
    const result = await screen.findByTestId('row-result');
    expect(result.textContent).toContain('Đã nhận việc: Thường trực thẩm định · Chủ tịch UBND xã Quảng An.');
    await waitFor(() => expect(document.activeElement).toBe(result));
    expect(api.state.sent).toContain('claim r1-standing');
    // The claimed task left this tab; the result stays until dismissed.
    await waitFor(() =>
      expect(screen.getByTestId('tab-claimable').textContent).toBe('Việc nhóm chờ nhận (0)'),
    );
    expect(screen.getByTestId('row-result')).toBeTruthy();
    await user.click(within(result).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByTestId('row-result')).toBeNull();
  });

  it('shows a claimed task as mine from the command’s answer at once, while the list is read again in the background', async () => {
    const { api, user } = renderInbox('U-PBT-01', '/tasks?scope=all');
    const row = await screen.findByRole('row', { name: /Thường trực thẩm định/ });
    let release!: () => void;
    api.state.holdReads = new Promise<void>((resolve) => (release = resolve));
    const readsBefore = api.state.sent.filter((s) => s.startsWith('GET')).length;
    await user.click(within(row).getByRole('button', { name: 'Nhận việc' }));
    await screen.findByTestId('row-result');
    // The read of the list after the claim has not answered: what the row shows came from the answer.
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Đồng ý' })).toBeTruthy());
    expect(within(row).getByRole('button', { name: 'Trả về nhóm' })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Nhận việc' })).toBeNull();
    expect(within(row).getByText(/Tôi đã nhận/)).toBeTruthy();
    expect(api.state.sent.filter((s) => s.startsWith('GET')).length).toBe(readsBefore + 1);
    release();
    api.state.holdReads = null;
    await waitFor(() =>
      expect(screen.getByTestId('tab-claimable').textContent).toBe('Việc nhóm chờ nhận (0)'),
    );
    expect(
      within(screen.getByRole('row', { name: /Thường trực thẩm định/ })).getByRole('button', {
        name: 'Đồng ý',
      }),
    ).toBeTruthy();
  });

  it('returns a task from the list only with a reason', async () => {
    const { api, user } = renderInbox('U-PBT-01');
    const row = await screen.findByRole('row', { name: /Chủ tịch UBND xã Quảng Lâm/ });
    await user.click(within(row).getByText('Thêm…'));
    const send = within(row).getByRole('button', { name: 'Gửi' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(row).getByLabelText('Lý do (bắt buộc)'), 'Thiếu bản kê khai tài sản');
    await user.click(send);
    await screen.findByTestId('row-result');
    expect(api.state.sent.find((s) => s.startsWith('decide'))).toContain(
      '"verdict":"return","comment":"Thiếu bản kê khai tài sản"',
    );
  });

  it('keeps a bulk approval’s result until dismissed, though the approved rows left the list, with focus on it', async () => {
    const { user } = renderInbox('U-PBT-01');
    const row = await screen.findByRole('row', { name: /Chủ tịch UBND xã Quảng Lâm/ });
    await user.click(within(row).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Đồng ý 1 việc đã chọn' }));
    const results = await screen.findByTestId('bulk-results');
    await waitFor(() => expect(document.activeElement).toBe(results));
    // The list refreshed: the approved row (and the bulk form with it) is gone, the result is not.
    await waitFor(() => expect(screen.queryByRole('row', { name: /Chủ tịch UBND xã Quảng Lâm/ })).toBeNull());
    expect(screen.queryByRole('button', { name: /Đồng ý 1 việc/ })).toBeNull();
    expect(screen.getByTestId('bulk-results').textContent).toContain('Đã ghi nhận 1/1 việc.');
    await user.click(within(results).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByTestId('bulk-results')).toBeNull();
  });

  it('sends the search and the sort to the API, which orders across pages', async () => {
    const { api, user } = renderInbox('U-PBT-01');
    await screen.findByTestId('tab-mine');
    await user.type(screen.getByLabelText('Tìm theo người được đề nghị, chức danh, đơn vị'), 'nguyen');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'Ưu tiên cao trước');
    await waitFor(() =>
      expect(api.state.sent.some((s) => s.includes('q=nguyen') && s.includes('sort=priority'))).toBe(true),
    );
  });

  it('does not tell HR they may only look', async () => {
    renderInbox('U-HR-01');
    await waitFor(() => expect(screen.getByTestId('tab-mine').textContent).toBe('Việc của tôi (0)'));
    expect(screen.queryByTestId('viewer-note')).toBeNull();
  });
});
