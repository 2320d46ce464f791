import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, withQuery } from './client';
import { taskUrl } from './appointment-endpoints';
import { endpoints } from './endpoints';

type Call = { url: string; init: RequestInit };

function fakeFetch(responses: Response[]) {
  const calls: Call[] = [];
  const fn = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    return next ? Promise.resolve(next) : Promise.reject(new TypeError('Failed to fetch'));
  });
  return { fn: fn as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function client(responses: Response[], token: string | null = 'tok') {
  const f = fakeFetch(responses);
  const onUnauthorized = vi.fn();
  const api = new ApiClient({ getToken: () => token, onUnauthorized, fetch: f.fn });
  return { api, calls: f.calls, onUnauthorized };
}

const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string>)[name];

describe('the API client', () => {
  it('sends the bearer token and JSON, and returns the JSON answer', async () => {
    const { api, calls } = client([json(201, { id: 'x' })]);
    expect(await api.post('/api/v1/nominations', { cadreId: 'CB-1' })).toEqual({ id: 'x' });
    expect(header(calls[0], 'authorization')).toBe('Bearer tok');
    expect(header(calls[0], 'content-type')).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"cadreId":"CB-1"}');
  });

  it('asks for answers in the user’s language: Vietnamese by default, then as the user switches', async () => {
    const { api, calls } = client([json(200, {}), json(200, {})]);
    await api.get('/api/v1/x');
    expect(header(calls[0], 'accept-language')).toBe('vi');
    api.setLanguage('en');
    await api.get('/api/v1/x');
    expect(header(calls[1], 'accept-language')).toBe('en');
  });

  it('revalidates with the ETag and reuses the last answer on 304', async () => {
    const { api, calls } = client([
      json(200, { items: [1] }, { etag: 'W/"a"' }),
      new Response(null, { status: 304 }),
      json(200, { items: [2] }, { etag: 'W/"b"' }),
    ]);
    expect(await api.getFresh('/api/v1/nominations', { limit: 20 })).toEqual({
      data: { items: [1] },
      changed: true,
    });
    expect(await api.getFresh('/api/v1/nominations', { limit: 20 })).toEqual({
      data: { items: [1] },
      changed: false,
    });
    expect(header(calls[1], 'if-none-match')).toBe('W/"a"');
    expect(await api.getFresh('/api/v1/nominations', { limit: 20 })).toEqual({
      data: { items: [2] },
      changed: true,
    });
    api.clearCache();
    expect(header(calls[0], 'if-none-match')).toBeUndefined();
  });

  it('turns an error answer into an ApiError with the code and field details', async () => {
    const { api } = client([
      json(409, { statusCode: 409, message: "it is U-TCNV-01's turn", code: 'out_of_turn' }),
      json(400, { statusCode: 400, message: 'Invalid', details: [{ field: 'postId', problem: 'bad' }] }),
    ]);
    const refused = await api.post('/x', {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(409);
    expect((refused as ApiError).code).toBe('out_of_turn');
    expect((refused as ApiError).message).toBe("it is U-TCNV-01's turn");
    const invalid = (await api.post('/x', {}).catch((e: unknown) => e)) as ApiError;
    expect(invalid.details).toEqual([{ field: 'postId', problem: 'bad' }]);
  });

  it('ends the session on a 401, but not for a failed sign-in', async () => {
    const { api, onUnauthorized } = client([
      json(401, { message: 'Wrong username or password' }),
      json(401, { message: 'Sign in first' }),
    ]);
    await expect(api.post('/api/v1/auth/login', {})).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(api.get('/api/v1/nominations')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledWith('Sign in first');
  });

  it('reports no answer at all as status 0, and a non-JSON body by its text', async () => {
    const { api } = client([new Response('Bad Gateway', { status: 502 })]);
    await expect(api.get('/x')).rejects.toMatchObject({ status: 502, message: 'Bad Gateway' });
    await expect(api.get('/x')).rejects.toMatchObject({ status: 0 });
  });

  it('sends no token when signed out', async () => {
    const { api, calls } = client([json(200, {})], null);
    await api.get('/api/health');
    expect(header(calls[0], 'authorization')).toBeUndefined();
  });

  it('builds query strings without empty values, and task paths with the workflow id spelled out', () => {
    expect(withQuery('/a', { q: 'nguyễn văn', state: undefined, limit: 20, cadreId: '' })).toBe(
      '/a?q=nguy%E1%BB%85n+v%C4%83n&limit=20',
    );
    expect(taskUrl('appointment/QA-CT UBND/1', 'r1-org-office')).toBe(
      '/api/v1/tasks/appointment/QA-CT%20UBND/1/r1-org-office',
    );
  });

  it('posts a sign-off to the one task API of the procedure it is about', async () => {
    const { api, calls } = client([json(200, { state: 'in_progress', stage: 'sign_off', tasks: [] })]);
    await endpoints(api).decideTask('appointment/P-1/2', 'r1-org-office', { verdict: 'approve' });
    expect(calls[0]?.url).toBe('/api/v1/tasks/appointment/P-1/2/r1-org-office/decide');
    expect(calls[0]?.init.method).toBe('POST');
  });
});
