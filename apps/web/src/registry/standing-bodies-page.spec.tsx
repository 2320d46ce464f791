import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserDirectoryEntry } from '../api/appointment-types';
import type { StandingBodyView, UpdateStandingBodyRequest } from '../api/standing-body-endpoints';
import { fakePanelFetch, renderSignedInPanel } from '../test/fake-panel-api';
import { jsonReply } from '../test/json-reply';

const HR = { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' };
const USERS: UserDirectoryEntry[] = ['U-BT-01', 'U-PBT-01', 'U-BTV-07'].map((username) => ({
  username,
  fullName: `Người ${username}`,
  roles: ['approver'],
  unitCode: 'DH',
  cadreId: null,
}));
const COMMITTEE: StandingBodyView = {
  id: 'b1',
  code: 'DH-BTV',
  name: 'Ban Thường vụ Huyện ủy Đầm Hà',
  unitCode: 'DH',
  unitName: 'Huyện Đầm Hà',
  kind: 'standing_committee',
  members: [
    { userId: 'U-BT-01', role: 'head' },
    { userId: 'U-BTV-07', role: 'secretary' },
  ],
  active: true,
  version: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

/** The API as the registry screen sees it: one body; a PUT of an old version is refused once with 409. */
function fakeApi() {
  const state = {
    body: COMMITTEE,
    puts: [] as UpdateStandingBodyRequest[],
    conflictOnce: false,
    outOfReachOnce: false,
  };
  const fetchFn = fakePanelFetch(HR, USERS, (url, init) => {
    if (url.pathname === '/api/v1/units')
      return jsonReply(200, {
        items: [
          { code: 'DH', name: 'Huyện Đầm Hà' },
          { code: 'DH-QL', name: 'Xã Quảng Lâm', parentCode: 'DH' },
        ],
        total: 2,
        limit: 100,
        offset: 0,
      });
    if (url.pathname === '/api/v1/standing-bodies') return jsonReply(200, [state.body]);
    if (url.pathname === '/api/v1/standing-bodies/b1' && init?.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as UpdateStandingBodyRequest;
      state.puts.push(body);
      if (state.conflictOnce) {
        state.conflictOnce = false;
        state.body = { ...state.body, name: 'Ban Thường vụ (bản của người khác)', version: 4 };
        return jsonReply(409, { statusCode: 409, code: 'stale_version', message: 'stale' });
      }
      // As the API answers a member who cannot act in the body's unit: coded, in Vietnamese, by id.
      if (state.outOfReachOnce) {
        state.outOfReachOnce = false;
        return jsonReply(400, {
          statusCode: 400,
          code: 'invalid_request',
          message: 'Dữ liệu chưa hợp lệ ở trường: members[1].userId.',
          details: [
            {
              field: 'members[1].userId',
              problem: 'U-BTV-07 thuộc đơn vị DH-QL, không xem và xử lý được hồ sơ của đơn vị DH.',
              reason: 'names U-BTV-07 of unit DH-QL, who can neither see nor act in unit DH',
              code: 'user_out_of_reach',
              params: { user: 'U-BTV-07', userUnit: 'DH-QL', unit: 'DH' },
            },
          ],
        });
      }
      if (!body.members.some((m) => m.role === 'head'))
        return jsonReply(400, {
          statusCode: 400,
          message: 'Invalid',
          details: [{ field: 'members', problem: 'must name one head' }],
        });
      state.body = { ...state.body, ...body, version: body.version + 1 };
      return jsonReply(200, state.body);
    }
    return undefined;
  });
  return { fetchFn, state };
}

function renderPage(api = fakeApi()) {
  return { api, actor: renderSignedInPanel(api.fetchFn, '/registry/standing-bodies', 'token-U-HR-01') };
}

const LOADED = { timeout: 8_000 };
afterEach(() => sessionStorage.clear());

describe('the standing bodies of the registry', () => {
  it('lists each body with its unit, kind and member count', async () => {
    renderPage();
    const table = await screen.findByTestId('standing-bodies', {}, LOADED);
    const row = within(table).getByText('Ban Thường vụ Huyện ủy Đầm Hà').closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Huyện Đầm Hà');
    expect(row.textContent).toContain('Ban Thường vụ');
    expect(row.textContent).toContain('2 thành viên');
    expect(row.textContent).toContain('Đang dùng');
  });

  it('adds a member with a role and saves the body under the version it read', async () => {
    const { api, actor } = renderPage();
    await actor.click(
      await screen.findByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }, LOADED),
    );
    const form = await screen.findByRole('form', { name: 'Sửa tập thể' }, LOADED);
    await actor.click(within(form).getByRole('button', { name: 'Thêm thành viên' }));
    await actor.selectOptions(within(form).getByLabelText('Thành viên 3'), 'U-PBT-01');
    await actor.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.state.puts).toHaveLength(1), LOADED);
    expect(api.state.puts[0]).toEqual({
      name: 'Ban Thường vụ Huyện ủy Đầm Hà',
      kind: 'standing_committee',
      members: [...COMMITTEE.members, { userId: 'U-PBT-01', role: 'member' }],
      active: true,
      version: 3,
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Sửa tập thể' })).toBeNull(), LOADED);
  });

  it('names what is wrong before sending: one chair, one secretary, nobody twice', async () => {
    const { api, actor } = renderPage();
    await actor.click(
      await screen.findByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }, LOADED),
    );
    const form = await screen.findByRole('form', { name: 'Sửa tập thể' }, LOADED);
    await actor.selectOptions(within(form).getAllByLabelText('Vai trò')[0], 'member');
    await actor.click(within(form).getByRole('button', { name: 'Thêm thành viên' }));
    await actor.selectOptions(within(form).getByLabelText('Thành viên 3'), 'U-BT-01');
    await actor.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByText('Cần đúng một người chủ trì.')).toBeTruthy();
    expect(within(form).getByText('Thành viên bị lặp.')).toBeTruthy();
    expect(api.state.puts).toHaveLength(0);
  });

  it('shows the API’s problem of a member at the member, in Vietnamese, the person and units by name', async () => {
    const api = fakeApi();
    api.state.outOfReachOnce = true;
    const { actor } = renderPage(api);
    await actor.click(
      await screen.findByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }, LOADED),
    );
    const form = await screen.findByRole('form', { name: 'Sửa tập thể' }, LOADED);
    await actor.click(within(form).getByRole('button', { name: 'Lưu' }));
    const said = await within(form).findByText(
      'Người U-BTV-07 (U-BTV-07) thuộc Xã Quảng Lâm, không xem và xử lý được hồ sơ của Huyện Đầm Hà.',
      {},
      LOADED,
    );
    expect(said.closest('.field-error')).toBeTruthy();
    expect(within(form).getByLabelText('Thành viên 2').getAttribute('aria-invalid')).toBe('true');
  });

  it('loads the latest version and says so when someone else saved in between', async () => {
    const api = fakeApi();
    api.state.conflictOnce = true;
    const { actor } = renderPage(api);
    await actor.click(
      await screen.findByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }, LOADED),
    );
    const form = await screen.findByRole('form', { name: 'Sửa tập thể' }, LOADED);
    await actor.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect((await within(form).findByRole('alert', {}, LOADED)).textContent).toContain(
      'Tập thể vừa được người khác sửa.',
    );
    expect((within(form).getByLabelText('Tên tập thể') as HTMLInputElement).value).toBe(
      'Ban Thường vụ (bản của người khác)',
    );
    await actor.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.state.puts.map((p) => p.version)).toEqual([3, 4]), LOADED);
  });

  it('moves the focus into the form on its name, and back to the body’s row once saved', async () => {
    const { actor } = renderPage();
    await actor.click(
      await screen.findByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }, LOADED),
    );
    const form = await screen.findByRole('form', { name: 'Sửa tập thể' }, LOADED);
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Tên tập thể')));
    await actor.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Sửa tập thể' })).toBeNull(), LOADED);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Sửa Ban Thường vụ Huyện ủy Đầm Hà' }),
      ),
    );
  });
});
