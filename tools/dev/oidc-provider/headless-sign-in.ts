import * as oauth from 'oauth4webapi';

/**
 * A user agent without a browser for the API tests: it walks the provider's real authorization code +
 * PKCE flow (login form, consent form, redirect back) with a cookie jar, and redeems the code with
 * oauth4webapi as the panel does. The browser test walks the same pages in Chromium.
 */
export interface ProviderSession {
  accessToken: string;
  idToken: string;
  /** The provider's cookies: the session the end_session endpoint ends. */
  cookies: Map<string, string>;
}

const insecure = (issuer: string) => ({ [oauth.allowInsecureRequests]: issuer.startsWith('http:') });

async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, insecure(issuer)));
}

class Browserless {
  constructor(readonly cookies = new Map<string, string>()) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until a page answers or the location starts with `stopAt`. */
  async follow(
    url: string,
    stopAt: string,
    init?: RequestInit,
  ): Promise<{ url: string; response: Response }> {
    let response = await this.request(url, init);
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
      if (current.startsWith(stopAt)) return { url: current, response };
      response = await this.request(current);
    }
    throw new Error(`too many redirects from ${url}`);
  }

  postForm(url: string, form: Record<string, string>, stopAt: string) {
    return this.follow(url, stopAt, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const formAction = (html: string, pattern: RegExp) => {
  const match = pattern.exec(html);
  if (!match) throw new Error(`no such form on the page:\n${html.slice(0, 2000)}`);
  return match[1];
};

/** Signs in at the provider as `username` and returns the tokens the panel would get. */
export async function signInAtProvider(options: {
  issuer: string;
  clientId: string;
  redirectUri: string;
  username: string;
  password: string;
  scope: string;
}): Promise<ProviderSession> {
  const as = await discover(options.issuer);
  const client: oauth.Client = { client_id: options.clientId };
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const authorize = new URL(as.authorization_endpoint as string);
  authorize.search = new URLSearchParams({
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    response_type: 'code',
    scope: options.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const agent = new Browserless();
  let step = await agent.follow(authorize.href, options.redirectUri);
  const base = new URL(options.issuer).origin;
  for (let pages = 0; pages < 4 && !step.url.startsWith(options.redirectUri); pages++) {
    const html = await step.response.text();
    if (step.response.status === 401) throw new Error(`sign-in refused: ${html.slice(0, 500)}`);
    if (html.includes('/login"')) {
      const action = formAction(html, /action="([^"]+\/login)"/);
      step = await agent.postForm(
        new URL(action, base).href,
        { username: options.username, password: options.password },
        options.redirectUri,
      );
    } else if (html.includes('/confirm"')) {
      const action = formAction(html, /action="([^"]+\/confirm)"/);
      step = await agent.postForm(new URL(action, base).href, {}, options.redirectUri);
    } else
      throw new Error(`unexpected page at ${step.url} (${step.response.status}):\n${html.slice(0, 1000)}`);
  }
  if (!step.url.startsWith(options.redirectUri)) throw new Error(`never got back to ${options.redirectUri}`);
  const params = oauth.validateAuthResponse(as, client, new URL(step.url), state);
  const tokens = await oauth.processAuthorizationCodeResponse(
    as,
    client,
    await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      options.redirectUri,
      verifier,
      insecure(options.issuer),
    ),
  );
  if (!tokens.id_token) throw new Error('the provider gave no ID token');
  return { accessToken: tokens.access_token, idToken: tokens.id_token, cookies: agent.cookies };
}

/**
 * RP-initiated logout as the panel does it: the end_session endpoint with the ID token, then the
 * provider's "sign out?" form submitted. Resolves once the provider redirected back.
 */
export async function signOutAtProvider(
  issuer: string,
  session: ProviderSession,
  postLogoutRedirectUri: string,
): Promise<void> {
  const as = await discover(issuer);
  const end = new URL(as.end_session_endpoint as string);
  end.search = new URLSearchParams({
    id_token_hint: session.idToken,
    post_logout_redirect_uri: postLogoutRedirectUri,
  }).toString();
  const agent = new Browserless(session.cookies);
  const page = await agent.follow(end.href, postLogoutRedirectUri);
  const html = await page.response.text();
  const action = formAction(html, /<form[^>]*action="([^"]+)"/);
  const xsrf = formAction(html, /name="xsrf" value="([^"]+)"/);
  const done = await agent.postForm(
    new URL(action, issuer).href,
    { xsrf, logout: 'yes' },
    postLogoutRedirectUri,
  );
  if (!done.url.startsWith(postLogoutRedirectUri))
    throw new Error(`logout did not return to ${postLogoutRedirectUri}: ${done.response.status}`);
}
