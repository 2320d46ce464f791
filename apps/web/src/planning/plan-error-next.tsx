import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { ErrorMessage } from '../ui/errors';

/** The rules an `ineligible` refusal names (its params), each shown by its name in the user's language. */
function failedRules(error: ApiError): string[] {
  const rules = error.body?.params?.rules;
  return Array.isArray(rules) ? rules : [];
}

/** What to do after a refused or failed plan command, by the kind of answer the API gave. */
export function planErrorNext(error: unknown, t: Messages): string {
  const n = t.plan.next;
  if (!(error instanceof ApiError)) return n.other;
  switch (error.status) {
    case 0:
      return n.network;
    case 400:
      return n.invalid;
    case 403:
      return n.forbidden;
    case 404:
      return n.notFound;
    case 409:
      return n.conflict;
    case 422:
      return n.refused;
    default:
      return n.other;
  }
}

/** The next step under an ErrorMessage. */
export function PlanErrorNext({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <p className="field-help" data-testid="plan-error-next">
      {planErrorNext(error, t)}
    </p>
  );
}

/**
 * A command's failure on the board: the error as everywhere (the API's message names the failed rule),
 * a refusal (409/422) under the form's own title when it has one, then what to do next.
 */
export function PlanCommandError({ error, refusedTitle }: { error: unknown; refusedTitle?: string }) {
  const { t } = useI18n();
  const refused = error instanceof ApiError && (error.status === 409 || error.status === 422);
  return (
    <>
      {refused && refusedTitle ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{refusedTitle}</p>
          {error.body?.message &&
            (error.localised ? (
              <p className="notice-detail">{error.body.message}</p>
            ) : (
              <p className="notice-detail">
                {t.errors.apiSays} <q lang="en">{error.body.message}</q>
              </p>
            ))}
          {failedRules(error).length > 0 && (
            <ul className="notice-detail">
              {failedRules(error).map((rule) => (
                <li key={rule}>{t.eligibility.rules[rule] ?? rule}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      <PlanErrorNext error={error} />
    </>
  );
}
