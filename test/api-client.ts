/** Signs in with the demo accounts `npm start` created (password "demo") and calls the API as them. */
export interface ApiAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export function apiClient(apiUrl: string) {
  const tokens = new Map<string, string>();
  const tokenOf = async (username: string): Promise<string> => {
    const known = tokens.get(username);
    if (known) return known;
    const res = await fetch(`${apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo' }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${username} answered ${res.status}`);
    const token = ((await res.json()) as { accessToken: string }).accessToken;
    tokens.set(username, token);
    return token;
  };
  const api = async (path: string, as: string, body?: unknown): Promise<ApiAnswer> => {
    const res = await fetch(`${apiUrl}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(as)}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return { tokenOf, api };
}
