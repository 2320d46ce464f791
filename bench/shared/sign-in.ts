/** Demo accounts signed in once per run; every request reuses the token, as the web panel would. */
import { DEMO_PASSWORD } from '@personnel/dev-runtime';
import { http, unexpected } from './http';

export async function signIn(apiUrl: string, username: string): Promise<string> {
  const answer = await http('POST', `${apiUrl}/api/v1/auth/login`, undefined, {
    username,
    password: DEMO_PASSWORD,
  });
  const accessToken = (answer.body as { accessToken?: unknown }).accessToken;
  if (answer.status !== 200 || typeof accessToken !== 'string')
    throw unexpected(`sign-in of ${username}`, answer);
  return accessToken;
}

export type Tokens = ReadonlyMap<string, string>;

/** Signs each account in, one after the other. */
export async function signInAll(apiUrl: string, usernames: readonly string[]): Promise<Tokens> {
  const tokens = new Map<string, string>();
  for (const username of usernames) tokens.set(username, await signIn(apiUrl, username));
  return tokens;
}
