import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { UserDirectoryEntry } from '../api/appointment-types';
import { AppRoutes, Providers } from '../app/app';
import { writeSession } from '../auth/session';
import { jsonReply } from './json-reply';

/** A page's own routes of the fake API: its answer, or undefined for a path the page does not serve. */
export type FakeRoutes = (url: URL, init?: RequestInit) => Promise<Response> | undefined;

/**
 * The API as one page of the signed-in panel sees it: local sign-in, the user `me`, the user directory
 * and no tasks (the shell asks for them on every page), then the page's own `routes`; anything else 404.
 */
export function fakePanelFetch(
  me: unknown,
  directory: readonly UserDirectoryEntry[],
  routes: FakeRoutes,
): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://panel.test');
    if (url.pathname === '/api/v1/auth/config') return jsonReply(200, { local: true, oidc: null });
    if (url.pathname === '/api/v1/auth/me') return jsonReply(200, me);
    if (url.pathname === '/api/v1/users') return jsonReply(200, directory);
    if (url.pathname === '/api/v1/tasks/counts')
      return jsonReply(200, { mine: 0, claimable: 0, all: 0, done: 0 });
    return routes(url, init) ?? jsonReply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
}

/** The whole panel at `path` over `fetchFn`, signed in with `token`; the user acts through the actor it returns. */
export function renderSignedInPanel(fetchFn: typeof fetch, path: string, token = 'token') {
  writeSession(token, 3600);
  render(
    <MemoryRouter initialEntries={[path]}>
      <Providers fetchFn={fetchFn}>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
  return userEvent.setup();
}
