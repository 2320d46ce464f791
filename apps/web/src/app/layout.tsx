import { NavLink, Outlet } from 'react-router';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { navigationFor } from './navigation';

/** Header (brand, navigation, who is signed in, language, sign-out), then the page. */
export function Layout() {
  const user = useUser();
  const { signOut } = useAuth();
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>
          <span className="brand-text">
            <span className="brand-name">{t.app.name}</span>
            <span className="brand-tagline">{t.app.tagline}</span>
          </span>
        </div>
        <nav className="mainnav" aria-label={t.app.mainNav}>
          <ul>
            {navigationFor(user).map((entry) => (
              <li key={entry.path}>
                <NavLink to={entry.path}>{entry.label(t)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="userbox">
          <p className="user">
            <span className="visually-hidden">{t.app.signedInAs('')}</span>
            <span className="user-name">{user.fullName}</span>
            <span className="user-meta">
              {user.username} · {user.roles.map((r) => t.roles[r]).join(', ')}
            </span>
          </p>
          <LanguageSwitch />
          <button type="button" className="button button-ghost" onClick={() => signOut()}>
            {t.auth.signOut}
          </button>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="button button-ghost"
      lang={other}
      aria-label={t.app.switchLanguageLabel}
      onClick={() => setLocale(other)}
    >
      {t.app.switchLanguage}
    </button>
  );
}
