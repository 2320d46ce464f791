import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { ApiError } from '../api/client';
import { LanguageSwitch } from '../app/layout';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { useAuth } from './auth';

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

  if (user && !busy) return <Navigate to={target} replace />;

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
      : notice === 'signedOut'
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
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t.auth.submitting : t.auth.submit}
          </button>
        </form>
      </main>
    </div>
  );
}
