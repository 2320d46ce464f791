/**
 * The sign-in token lives in sessionStorage: it survives a reload but not the closing of the tab, and
 * is never shared between tabs or kept on disk after the browser closes.
 */
const KEY = 'personnel.session';

/** The OpenID provider a session was signed in through: what its logout needs. */
export interface ProviderSession {
  issuer: string;
  clientId: string;
  scopes: string;
  /** The provider's ID token: the `id_token_hint` of the logout at its end_session endpoint. */
  idToken: string;
}

export interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds after which the API will refuse the token. */
  expiresAt: number;
  /** Set when signed in through the OpenID provider; a local sign-in has none. */
  provider?: ProviderSession;
}

export function readSession(storage: Storage = sessionStorage, now = Date.now()): StoredSession | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.expiresAt !== 'number') return null;
    if (parsed.expiresAt <= now) {
      storage.removeItem(KEY);
      return null;
    }
    return {
      accessToken: parsed.accessToken,
      expiresAt: parsed.expiresAt,
      ...(parsed.provider ? { provider: parsed.provider } : {}),
    };
  } catch {
    return null;
  }
}

export function writeSession(
  accessToken: string,
  expiresInSeconds: number,
  storage: Storage = sessionStorage,
  now = Date.now(),
  provider?: ProviderSession,
): StoredSession {
  const session: StoredSession = {
    accessToken,
    expiresAt: now + expiresInSeconds * 1000,
    ...(provider ? { provider } : {}),
  };
  storage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}

/**
 * The current session outside React's state, so the API client can read the token at call time and end
 * the session on a 401 from anywhere; the auth provider listens and updates what is on screen.
 */
export class SessionHolder {
  private session: StoredSession | null;
  private readonly listeners = new Set<(reason: 'expired') => void>();

  constructor(initial: StoredSession | null = readSession()) {
    this.session = initial;
  }

  get token(): string | null {
    return this.session?.accessToken ?? null;
  }

  get signedIn(): boolean {
    return this.session !== null;
  }

  /** The provider of this session, when it was signed in through one. */
  get provider(): ProviderSession | undefined {
    return this.session?.provider;
  }

  start(accessToken: string, expiresInSeconds: number, provider?: ProviderSession): void {
    this.session = writeSession(accessToken, expiresInSeconds, sessionStorage, Date.now(), provider);
  }

  end(): void {
    this.session = null;
    clearSession();
  }

  /** The API refused the token: end the session and tell whoever listens. */
  expire(): void {
    this.end();
    this.listeners.forEach((listener) => listener('expired'));
  }

  subscribe(listener: (reason: 'expired') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
