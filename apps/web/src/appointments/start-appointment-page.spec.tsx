import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartAppointmentRequest, UserDirectoryEntry } from '../api/appointment-types';
import type { AppointmentStartDefaults, StandingBodyView } from '../api/standing-body-endpoints';
import { AppRoutes, Providers } from '../app/app';
import { writeSession } from '../auth/session';

const HR = { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' };
const user = (username: string): UserDirectoryEntry => ({
  username,
  fullName: `Người ${username}`,
  roles: ['approver'],
  unitCode: 'DH',
  cadreId: null,
});
const USERS = ['U-BT-01', 'U-PBT-01', 'U-TCNV-01', 'U-M1', 'U-M2', 'U-M3', 'U-C1', 'U-C2'].map(user);
const body = (id: string, name: string, kind: StandingBodyView['kind'], ids: string[]): StandingBodyView => ({
  id,
  code: id,
  name,
  unitCode: 'DH-QA',
  unitName: 'Xã Quảng An',
  kind,
  members: ids.map((userId, i) => ({ userId, role: i === 0 ? 'head' : i === 1 ? 'secretary' : 'member' })),
  active: true,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const BODIES = [
  body('QA-MR', 'Hội nghị Đảng ủy mở rộng xã Quảng An', 'expanded_conference', ['U-M1', 'U-M2', 'U-M3']),
  body('QA-CC', 'Hội nghị cán bộ chủ chốt xã Quảng An', 'key_cadre_conference', ['U-C1', 'U-C2']),
  body('DH-BTV', 'Ban Thường vụ Huyện ủy', 'standing_committee', ['U-BT-01', 'U-PBT-01', 'U-TCNV-01']),
];
const WITH_TEMPLATE: AppointmentStartDefaults = {
  postId: 'DH-QA-CT-UBND',
  holder: { cadreId: 'CB-0009', fullName: 'Hoàng Văn Cường', since: '2021-05-04' },
  beingFilledBy: null,
  standingBodies: BODIES,
  template: {
    id: 't1',
    code: 'T-QA-CT',
    name: 'Bổ nhiệm Chủ tịch UBND xã',
    unitCode: 'DH-QA',
    postCode: 'DH-QA-CT-UBND',
    postTitle: null,
    signOffMode: 'parallel',
    steps: [{ key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] }],
    signerId: 'U-BT-01',
    active: true,
    version: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  },
};

/** What POST /appointments answers: the procedure started, or a refusal's body. */
interface StartAnswer {
  status: number;
  json: unknown;
}
const CREATED: StartAnswer = { status: 201, json: { id: 'appointment/DH-QA-CT-UBND/1', incumbent: null } };

/** The API as the start form sees it; what was posted is kept to be looked at. */
function fakeApi(defaults: AppointmentStartDefaults, started: StartAnswer = CREATED) {
  const posted: StartAppointmentRequest[] = [];
  const reply = (status: number, json: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } }),
    );
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://panel.test');
    if (url.pathname === '/api/v1/auth/config') return reply(200, { local: true, oidc: null });
    if (url.pathname === '/api/v1/auth/me') return reply(200, HR);
    if (url.pathname === '/api/v1/users') return reply(200, USERS);
    if (url.pathname === '/api/v1/cadres/CB-0001')
      return reply(200, { code: 'CB-0001', fullName: 'Bàn Ngọc Thảo' });
    if (url.pathname === '/api/v1/standing-bodies') return reply(200, BODIES);
    if (url.pathname === '/api/v1/appointments/start-defaults')
      return reply(200, { ...defaults, postId: url.searchParams.get('postId') });
    if (url.pathname === '/api/v1/appointments' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)) as StartAppointmentRequest);
      return reply(started.status, started.json);
    }
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
  return { fetchFn, posted };
}

function renderForm(
  defaults = WITH_TEMPLATE,
  started = CREATED,
  query = '?cadre=CB-0001&post=DH-QA-CT-UBND',
) {
  writeSession('token-U-HR-01', 3600);
  const api = fakeApi(defaults, started);
  render(
    <MemoryRouter initialEntries={[`/appointments/new${query}`]}>
      <Providers fetchFn={api.fetchFn}>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
  return { api, actor: userEvent.setup() };
}

const group = (name: string) => screen.getByRole('group', { name });
const picked = (legend: string) =>
  (within(group(legend)).getByLabelText('Chọn tập thể') as HTMLSelectElement).selectedOptions[0]?.textContent;

afterEach(() => sessionStorage.clear());

/** The registry's answer arrives after the form: a shared machine may take a few seconds. */
const LOADED = { timeout: 8_000 };

describe('the start form, filled in from the registry', () => {
  it('shows each candidate chosen by name, the code beside it', async () => {
    renderForm();
    const chosen = within(await screen.findByRole('list', { name: 'Người được đề nghị' }, LOADED));
    expect((await chosen.findByText('Bàn Ngọc Thảo (CB-0001)', {}, LOADED)).tagName).toBe('LI');
    expect(chosen.getByRole('button', { name: 'Bỏ Bàn Ngọc Thảo (CB-0001)' })).toBeTruthy();
  });

  it('says who holds the post, and since when, by name', async () => {
    renderForm();
    expect((await screen.findByTestId('post-holder', {}, LOADED)).textContent).toContain(
      'Chức vụ này đang do Hoàng Văn Cường giữ từ 04/05/2021.',
    );
  });

  it("picks each conference's standing body and the post's chain; sends the bodies by id in one click", async () => {
    const { api, actor } = renderForm();
    await waitFor(
      () => expect(picked('Hội nghị mở rộng')).toBe('Hội nghị Đảng ủy mở rộng xã Quảng An (3 thành viên)'),
      LOADED,
    );
    expect(picked('Tập thể lãnh đạo')).toBe('Ban Thường vụ Huyện ủy (3 thành viên)');
    expect(picked('Hội nghị cán bộ chủ chốt')).toBe('Hội nghị cán bộ chủ chốt xã Quảng An (2 thành viên)');
    expect((screen.getByLabelText('Tên bước') as HTMLInputElement).value).toBe(
      'Cơ quan Tổ chức - Nội vụ thẩm định',
    );
    // Step codes are technical: HR never sees one.
    expect(screen.queryByLabelText('Mã bước')).toBeNull();
    expect(screen.queryByText('org-office')).toBeNull();
    await actor.click(screen.getByRole('button', { name: 'Bắt đầu quy trình' }));
    await waitFor(() => expect(api.posted).toHaveLength(1), LOADED);
    expect(api.posted[0]).toMatchObject({
      candidateIds: ['CB-0001'],
      postId: 'DH-QA-CT-UBND',
      standingBodyIds: { collective: 'DH-BTV', expandedConference: 'QA-MR', keyCadreConference: 'QA-CC' },
      signOffMode: 'parallel',
      signOff: [
        { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
      ],
      signerId: 'U-BT-01',
    });
    expect(api.posted[0].collective).toBeUndefined();
  });

  it('sends a body whose members HR adjusted member by member', async () => {
    const { api, actor } = renderForm();
    await waitFor(() => expect(picked('Hội nghị cán bộ chủ chốt')).toContain('(2 thành viên)'), LOADED);
    const keyCadre = group('Hội nghị cán bộ chủ chốt');
    await actor.click(within(keyCadre).getByText('Xem, điều chỉnh thành viên (2)'));
    await actor.selectOptions(
      within(keyCadre).getByRole('combobox', { name: 'Thành phần triệu tập' }),
      'U-M3',
    );
    await actor.click(within(keyCadre).getByRole('button', { name: 'Thêm' }));
    expect(
      within(keyCadre).getByText('Đã điều chỉnh: hồ sơ dùng danh sách thành viên dưới đây.'),
    ).toBeTruthy();
    await actor.click(screen.getByRole('button', { name: 'Bắt đầu quy trình' }));
    await waitFor(() => expect(api.posted).toHaveLength(1), LOADED);
    expect(api.posted[0].standingBodyIds).toEqual({ collective: 'DH-BTV', expandedConference: 'QA-MR' });
    expect(api.posted[0].keyCadreConference).toEqual({
      summonedIds: ['U-C1', 'U-C2', 'U-M3'],
      secretaryId: 'U-C2',
      headId: 'U-C1',
    });
  });

  it("clears a field's error as soon as the field is fixed, and leaves the others", async () => {
    const { api, actor } = renderForm({ ...WITH_TEMPLATE, holder: null, template: null });
    await waitFor(() => expect(picked('Tập thể lãnh đạo')).toContain('Ban Thường vụ'), LOADED);
    await actor.click(screen.getByRole('button', { name: 'Bắt đầu quy trình' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Người ký quyết định: Bắt buộc.');
    expect(summary.textContent).toContain('Trình tự ký duyệt: Cần ít nhất một người/bước.');
    await actor.selectOptions(screen.getByLabelText('Người ký quyết định'), 'U-BT-01');
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toContain('Người ký quyết định'));
    expect(screen.getByRole('alert').textContent).toContain('Trình tự ký duyệt: Cần ít nhất một người/bước.');
    expect(api.posted).toHaveLength(0);
  });
});

describe('where focus goes once the form is sent', () => {
  const send = async (actor: ReturnType<typeof userEvent.setup>) => {
    await waitFor(() => expect(picked('Tập thể lãnh đạo')).toContain('Ban Thường vụ'), LOADED);
    await actor.click(screen.getByRole('button', { name: 'Bắt đầu quy trình' }));
  };

  it('to the procedure started', async () => {
    const { actor } = renderForm();
    await send(actor);
    const started = await screen.findByTestId('appointment-started', {}, LOADED);
    await waitFor(() => expect(document.activeElement).toBe(started));
    expect(started.textContent).toContain('appointment/DH-QA-CT-UBND/1');
  });

  it('to the refusal, in the user’s language', async () => {
    const { api, actor } = renderForm(WITH_TEMPLATE, {
      status: 409,
      json: {
        statusCode: 409,
        code: 'post_being_filled',
        message: 'Chức vụ DH-QA-CT-UBND đang có quy trình appointment/DH-QA-CT-UBND/1.',
        reason: 'Post DH-QA-CT-UBND is already being filled by appointment/DH-QA-CT-UBND/1',
      },
    });
    await send(actor);
    const refused = await screen.findByTestId('appointment-refused', {}, LOADED);
    await waitFor(() => expect(document.activeElement).toBe(refused));
    expect(within(refused).getByRole('alert').textContent).toContain(
      'Chức vụ DH-QA-CT-UBND đang có quy trình',
    );
    expect(api.posted).toHaveLength(1);
  });

  it('to the summary of problems, the field without a candidate marked as the one to fix', async () => {
    const { actor } = renderForm(WITH_TEMPLATE, CREATED, '?post=DH-QA-CT-UBND');
    await send(actor);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const find = screen.getByLabelText('Tìm cán bộ');
    expect(find.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(find.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Cần ít nhất một người/bước.',
    );
  });
});
