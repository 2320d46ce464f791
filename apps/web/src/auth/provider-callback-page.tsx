import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Loading } from '../ui/widgets';
import { useAuth } from './auth';
import { completeProviderSignIn } from './provider-sign-in';

/**
 * Where the OpenID provider sends the user back (/auth/callback?code=…&state=…): the code is redeemed
 * with the PKCE verifier kept in this tab, the access token becomes the session like a local one.
 */
export function ProviderCallbackPage() {
  const { api, signInWithProvider } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  // A code is good once: React's double effects in development must not redeem it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const back = new URL(window.location.href);
    void (async () => {
      try {
        const { oidc } = await api.authConfig();
        if (!oidc) throw new Error('no identity provider is configured');
        const tokens = await completeProviderSignIn(oidc, back);
        await signInWithProvider(tokens, {
          issuer: oidc.issuer,
          clientId: oidc.clientId,
          scopes: oidc.scopes,
        });
        void navigate(tokens.returnTo, { replace: true });
      } catch (e) {
        setError(
          e instanceof ApiError && e.status === 401
            ? t.auth.providerRefused
            : `${t.auth.providerFailed} ${(e as Error).message}`,
        );
      }
    })();
  }, [api, signInWithProvider, navigate, t]);

  return (
    <div className="login-shell">
      <main className="login-card" id="main">
        {error ? (
          <>
            <p className="notice notice-error" role="alert">
              {error}
            </p>
            <Link to="/login" replace>
              {t.auth.backToSignIn}
            </Link>
          </>
        ) : (
          <Loading label={t.auth.providerCompleting} />
        )}
      </main>
    </div>
  );
}
