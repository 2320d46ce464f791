import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthenticatedUser } from '../api/types';
import type { ConferenceView } from '../api/appointment-types';
import { Providers } from '../app/app';
import { useAuth } from '../auth/auth';
import { RequireAuth } from '../auth/require-auth';
import { writeSession } from '../auth/session';
import { conferenceView } from '../test/appointment-fixtures';
import { NameCache, NameProvider } from '../ui/names';
import { ConferencePage } from './conference-page';
import { jsonReply } from '../test/json-reply';

const ID = 'appointment/DH-QA-CT-UBND/1';
const SUMMONED = ['U-MR-01', 'U-MR-02', 'U-MR-03'];

/** Quảng An's secretary of the expanded conference: their unit scope is the commune's. */
const SECRETARY: AuthenticatedUser = {
  username: 'U-MR-02',
  fullName: 'Lý Thị Mai',
  roles: ['approver'],
  unitCode: 'DH-QA',
};

/**
 * A stand-in for the API as a commune's secretary meets it: the candidate, who works elsewhere, lies
 * outside their scope in the registry (404), but the procedure they sit for names its candidates.
 */
function fakeApi() {
  let view: ConferenceView = conferenceView({ summonedIds: SUMMONED });
  const sent: string[] = [];
  const reply = jsonReply;
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://panel.test');
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization ?? '';
    if (auth !== 'Bearer token-U-MR-02') return reply(401, { statusCode: 401, message: 'Sign in first' });
    if (url.pathname === '/api/v1/auth/me') return reply(200, SECRETARY);
    if (url.pathname === '/api/v1/users')
      return reply(
        200,
        SUMMONED.map((username, i) => ({
          username,
          fullName: ['Hà Văn Lực', 'Lý Thị Mai', 'Trương Văn Bình'][i],
          roles: ['approver'],
          unitCode: 'DH-QA',
          cadreId: null,
        })),
      );
    if (url.pathname === `/api/v1/procedures/${ID}`)
      return reply(200, {
        id: ID,
        kind: 'appointment',
        subjectCadreIds: ['CB-0468'],
        subjectNames: ['Nguyễn Văn Vinh'],
        state: 'in_progress',
        stage: 'expanded_conference',
        tasks: [],
        timeline: [],
      });
    const conference = '/api/v1/appointments/DH-QA-CT-UBND/1/conferences/2';
    if (url.pathname === conference) return reply(200, view);
    if (init?.method === 'POST' && url.pathname === `${conference}/attendance`) {
      const { present } = JSON.parse(String(init.body)) as { present: string[] };
      sent.push(`attendance ${present.join(' ')}`);
      view = {
        ...view,
        status: { stage: 'attendance_recorded', attending: present.length, awaitingHead: [] },
      };
      return reply(200, view.status);
    }
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
  return { fetchFn, sent };
}

/** The signed-in part of the app: one name cache per user, as the layout gives it. */
function SignedIn() {
  const { api } = useAuth();
  const [cache] = useState(() => new NameCache(api));
  return (
    <NameProvider cache={cache}>
      <Outlet />
    </NameProvider>
  );
}

function renderConference() {
  writeSession('token-U-MR-02', 3600);
  const api = fakeApi();
  render(
    <MemoryRouter initialEntries={['/appointments/DH-QA-CT-UBND/1/conferences/2']}>
      <Providers fetchFn={api.fetchFn}>
        <Routes>
          <Route element={<RequireAuth />}>
            <Route element={<SignedIn />}>
              <Route path="/appointments/:postId/:n/conferences/:index" element={<ConferencePage />} />
            </Route>
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

describe('a commune secretary’s conference screen', () => {
  it('marks everyone present in one action, then enters votes against the candidate’s name from the procedure', async () => {
    const { api, user } = renderConference();
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu tất cả có mặt' }));
    expect(screen.getByTestId('quorum').textContent).toContain('Có mặt 3/3');
    await user.click(screen.getByRole('button', { name: 'Ghi điểm danh' }));
    await waitFor(() => expect(api.sent).toEqual(['attendance U-MR-01 U-MR-02 U-MR-03']));
    // The form used is gone: focus lands on what was recorded, not on the page itself.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('conference-feedback')));
    expect(
      await screen.findByLabelText('Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468)', undefined, {
        timeout: 8_000,
      }),
    ).toBeTruthy();
    // Nothing typed yet: no mistake to point at. A number that is not whole names the candidate.
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(screen.getByLabelText('Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468)'), '1.5');
    expect(screen.getByRole('alert').textContent).toBe(
      'Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468): cần một số nguyên không âm.',
    );
  });
});
