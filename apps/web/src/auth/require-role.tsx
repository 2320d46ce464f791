import { Link, Outlet } from 'react-router';
import type { AuthenticatedUser } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/page-heading';
import { useUser } from './auth';

/**
 * Pages only some roles may use (a start form, the import, the webhooks): anyone else is told so, in
 * words, instead of a working form the API would refuse with 403 after it was filled in. The API stays
 * the authority; this only spares the user the form.
 */
export function RequireRole({ allowed }: { allowed: (user: AuthenticatedUser) => boolean }) {
  const user = useUser();
  return allowed(user) ? <Outlet /> : <NotAllowed />;
}

function NotAllowed() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.notAllowed.title}>{t.notAllowed.title}</PageHeading>
      <p>{t.notAllowed.body}</p>
      <p>
        <Link className="button button-secondary" to="/">
          {t.notAllowed.back}
        </Link>
      </p>
    </>
  );
}
