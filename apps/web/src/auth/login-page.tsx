import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/layout';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { useAuth } from './auth';
import { SIGNED_OUT_STATE, startProviderSignIn, type ProviderConfig } from './provider-sign-in';

/** The OpenID provider the API names (GET /api/v1/auth/config), or null: then only the local form shows. */
function useProviderConfig(): ProviderConfig | null {
  const { api } = useAuth();
  const [config, setConfig] = useState<ProviderConfig | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api
      .authConfig(controller.signal)
      .then((answer) => setConfig(answer.oidc))
      // An API that cannot say leaves the local form: nothing to offer beyond it.
      .catch(() => undefined);
    return () => controller.abort();
  }, [api]);
  return config;
}

export function LoginPage() {
  const { user, notice, signIn } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: Location } | null)?.from;
  const target = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const provider = useProviderConfig();
  // The provider sends the user back here after its logout, with the state the panel gave it.
  const backFromLogout = new URLSearchParams(location.search).get('state') === SIGNED_OUT_STATE;

  if (user && !busy) return <Navigate to={target} replace />;

  const signInWithProvider = async () => {
    if (!provider) return;
    setBusy(true);
    setError(null);
    try {
      window.location.assign(await startProviderSignIn(provider, target));
    } catch (e) {
      setError(`${t.auth.providerFailed} ${(e as Error).message}`);
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t.auth.required);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      void navigate(target, { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401 ? t.auth.wrongCredentials : describeError(e, t).summary,
      );
    } finally {
      setBusy(false);
    }
  };

  const noticeText =
    notice === 'sessionExpired'
      ? t.auth.sessionExpired
      : notice === 'signedOut' || backFromLogout
        ? t.auth.signedOut
        : from
          ? t.auth.signInFirst
          : null;

  return (
    <div className="login-shell">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-card" id="main">
        <div className="login-brand" aria-hidden="true">
          ★
        </div>
        <p className="login-app">{t.app.name}</p>
        <PageHeading title={t.auth.title}>{t.auth.title}</PageHeading>
        <p className="muted">{t.auth.intro}</p>
        {noticeText && (
          <p
            className={`notice ${notice === 'sessionExpired' ? 'notice-warning' : 'notice-info'}`}
            role="status"
          >
            {noticeText}
          </p>
        )}
        {provider && (
          <>
            <button
              type="button"
              className="button button-primary button-block"
              disabled={busy}
              onClick={() => void signInWithProvider()}
            >
              {busy ? t.auth.providerLeaving : t.auth.providerSignIn}
            </button>
            <p className="muted login-or">{t.auth.orLocal}</p>
          </>
        )}
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-describedby={error ? 'login-error' : undefined}
        >
          <div className="field">
            <label htmlFor="login-username">{t.auth.username}</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              autoCapitalize="characters"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t.auth.password}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
          {error && (
            <p id="login-error" className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button
            type="submit"
            className={`button ${provider ? 'button-secondary' : 'button-primary'} button-block`}
            disabled={busy}
          >
            {busy ? t.auth.submitting : t.auth.submit}
          </button>
        </form>
      </main>
    </div>
  );
}
