/**
 * The sign-in token lives in localStorage: one sign-in per browser, shared by its tabs (a new tab opens
 * signed in, a sign-out in one tab signs out the others through the `storage` event). It is kept only
 * until it expires: every read drops an expired entry, and each tab ends its session when the expiry
 * comes (a timer), so a token left on disk after the browser closed is refused by the panel as by the API.
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

export function readSession(storage: Storage = localStorage, now = Date.now()): StoredSession | null {
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
  storage: Storage = localStorage,
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

export function clearSession(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

/**
 * What happened to the session outside this tab's own sign-in and sign-out: the API refused the token
 * or its expiry came (`expired`), another tab signed out (`signedOutElsewhere`) or signed in, perhaps
 * as someone else (`signedInElsewhere`).
 */
export type SessionChange = 'expired' | 'signedOutElsewhere' | 'signedInElsewhere';

/** setTimeout's longest wait (about 24.8 days); a longer expiry is looked at again then. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The current session outside React's state, so the API client can read the token at call time and end
 * the session on a 401 from anywhere; the auth provider listens and updates what is on screen. While
 * someone listens it follows the other tabs of the browser (their writes to localStorage).
 */
export class SessionHolder {
  private session: StoredSession | null;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    initial?: StoredSession | null,
    private readonly storage: Storage = localStorage,
    private readonly target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  ) {
    this.session = initial === undefined ? readSession(storage) : initial;
    this.scheduleExpiry();
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
    this.session = writeSession(accessToken, expiresInSeconds, this.storage, Date.now(), provider);
    this.scheduleExpiry();
  }

  end(): void {
    this.session = null;
    this.scheduleExpiry();
    clearSession(this.storage);
  }

  /** The API refused the token, or its time is up: end the session and tell whoever listens. */
  expire(): void {
    this.end();
    this.emit('expired');
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    if (this.listeners.size === 0) this.target.addEventListener('storage', this.onStorage);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.target.removeEventListener('storage', this.onStorage);
    };
  }

  /** Another tab wrote the session (sign-in), removed it (sign-out, a 401 there) or cleared storage. */
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key !== KEY && event.key !== null) return;
    const next = readSession(this.storage);
    if (next === null) {
      const was = this.session;
      if (was === null) return;
      this.session = null;
      this.scheduleExpiry();
      // The other tab's timer came first: the same expiry, told as such.
      this.emit(was.expiresAt <= Date.now() ? 'expired' : 'signedOutElsewhere');
    } else if (next.accessToken !== this.session?.accessToken) {
      this.session = next;
      this.scheduleExpiry();
      this.emit('signedInElsewhere');
    }
  };

  private scheduleExpiry(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.session) return;
    const left = this.session.expiresAt - Date.now();
    this.timer = setTimeout(
      () => (this.session && this.session.expiresAt <= Date.now() ? this.expire() : this.scheduleExpiry()),
      Math.min(Math.max(left, 0), LONGEST_TIMER_MS),
    );
  }

  private emit(change: SessionChange): void {
    this.listeners.forEach((listener) => listener(change));
  }
}
