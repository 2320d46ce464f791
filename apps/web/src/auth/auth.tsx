import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient, ApiError } from '../api/client';
import { endpoints, type Endpoints } from '../api/endpoints';
import type { AuthenticatedUser } from '../api/types';
import { useLocaleOr } from '../i18n/i18n';
import { providerLogoutUrl, type ProviderTokens } from './provider-sign-in';
import { SessionHolder, type ProviderSession } from './session';

/** Why the user is on the sign-in page: shown there as the first thing a screen reader reads. */
export type SignInNotice = 'sessionExpired' | 'signedOut' | 'signInFirst';

interface AuthValue {
  /** Null until /auth/me answered (or when signed out). */
  user: AuthenticatedUser | null;
  /** True while a stored token is being checked with /auth/me. */
  restoring: boolean;
  notice: SignInNotice | null;
  api: Endpoints;
  signIn(username: string, password: string): Promise<void>;
  /** Starts the session with the tokens the OpenID provider gave (back at /auth/callback). */
  signInWithProvider(tokens: ProviderTokens, provider: Omit<ProviderSession, 'idToken'>): Promise<void>;
  /** Ends the session; one signed in through the provider is also ended there (its end_session page). */
  signOut(notice?: SignInNotice): void;
  clearNotice(): void;
}

const AuthContext = createContext<AuthValue | null>(null);

/**
 * Holds the session: the token (localStorage, shared by the browser's tabs), the user with their roles
 * (always from /auth/me, which reads the roles fresh on each request), and the API client. Any 401 ends
 * the session, and the router sends the user to the sign-in page with the reason.
 */
export function AuthProvider({
  children,
  fetchFn,
  leaveFor = (url) => window.location.assign(url),
}: {
  children: ReactNode;
  fetchFn?: typeof fetch;
  /** Navigates away from the panel (to the provider's logout page); tests watch it. */
  leaveFor?: (url: string) => void;
}) {
  const [holder] = useState(() => new SessionHolder());
  // The client lives as long as the provider; the language it sends follows the user's choice.
  const locale = useLocaleOr();
  const [client] = useState(
    () =>
      new ApiClient({
        getToken: () => holder.token,
        onUnauthorized: () => holder.expire(),
        fetch: fetchFn,
        language: locale,
      }),
  );
  useEffect(() => client.setLanguage(locale), [client, locale]);
  const api = useMemo(() => endpoints(client), [client]);
  const [user, setUser] = useState<AuthenticatedUser | null>(null);
  const [restoring, setRestoring] = useState(() => holder.signedIn);
  const [notice, setNotice] = useState<SignInNotice | null>(null);

  const endSession = useCallback(
    (why: SignInNotice | null) => {
      holder.end();
      client.clearCache();
      setUser(null);
      setRestoring(false);
      setNotice(why);
    },
    [holder, client],
  );
  // Another tab signed in (perhaps as someone else): who the user is comes from /auth/me again.
  const adoptSession = useCallback(() => {
    client.clearCache();
    setUser(null);
    setNotice(null);
    setRestoring(true);
    api.me().then(
      (me) => {
        setUser(me);
        setRestoring(false);
      },
      (error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) endSession(null);
      },
    );
  }, [api, client, endSession]);
  useEffect(
    () =>
      holder.subscribe((change) => {
        if (change === 'signedInElsewhere') adoptSession();
        else endSession(change === 'expired' ? 'sessionExpired' : 'signedOut');
      }),
    [holder, endSession, adoptSession],
  );

  useEffect(() => {
    if (!holder.signedIn) return undefined;
    const controller = new AbortController();
    api
      .me(controller.signal)
      .then((me) => {
        setUser(me);
        setRestoring(false);
      })
      .catch((error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        // A 401 already ended the session; anything else (API down) also asks for a new sign-in.
        if (!(error instanceof ApiError && error.status === 401)) endSession(null);
      });
    return () => controller.abort();
  }, [api, holder, endSession]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const login = await api.login(username, password);
      holder.start(login.accessToken, login.expiresIn);
      // Roles come from /auth/me, which reads them fresh from the user store.
      const me = await api.me();
      setNotice(null);
      setUser(me);
    },
    [api, holder],
  );

  const signInWithProvider = useCallback(
    async (tokens: ProviderTokens, provider: Omit<ProviderSession, 'idToken'>) => {
      holder.start(tokens.accessToken, tokens.expiresIn, { ...provider, idToken: tokens.idToken });
      // Roles and unit come from /auth/me: the API maps them from the token's claims.
      const me = await api.me();
      setNotice(null);
      setUser(me);
    },
    [api, holder],
  );

  const signOut = useCallback(
    (why: SignInNotice = 'signedOut') => {
      const provider = holder.provider;
      endSession(why);
      if (!provider) return;
      // The provider's session ends too (and it tells the API, which refuses the old token at once).
      void providerLogoutUrl(provider, provider.idToken)
        .then((url) => url && leaveFor(url))
        .catch(() => undefined);
    },
    [holder, endSession, leaveFor],
  );

  const value = useMemo<AuthValue>(
    () => ({
      user,
      restoring,
      notice,
      api,
      signIn,
      signInWithProvider,
      signOut,
      clearNotice: () => setNotice(null),
    }),
    [user, restoring, notice, api, signIn, signInWithProvider, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}

/** The signed-in user, for pages behind <RequireAuth>. */
export function useUser(): AuthenticatedUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser outside a signed-in page');
  return user;
}
