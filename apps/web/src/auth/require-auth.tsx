import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { Loading } from '../ui/widgets';
import { useAuth } from './auth';

/** Pages behind sign-in: without a user, to the sign-in page, remembering where the user wanted to go. */
export function RequireAuth() {
  const { user, restoring } = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  if (restoring)
    return (
      <div className="centered">
        <Loading label={t.app.loading} />
      </div>
    );
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
