import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';

/** The refusal's code in the user's language, when the panel knows it. */
function codeText(error: ApiError, t: Messages): string | undefined {
  return error.code ? (t.decision.codes[error.code] ?? t.proc.codes[error.code]) : undefined;
}

/** A failure in the user's language, with the API's own message kept (it names the reason precisely). */
export function describeError(error: unknown, t: Messages): { summary: string; apiMessage?: string } {
  if (!(error instanceof ApiError)) return { summary: (error as Error)?.message ?? String(error) };
  const apiMessage = error.body?.message;
  switch (error.status) {
    case 0:
      return { summary: t.errors.network };
    case 403:
      // A workflow's refusal (own_case, not_assignee, …) says more than "forbidden"; the guard's has no code.
      return { summary: codeText(error, t) ?? t.errors.forbidden, apiMessage };
    case 404:
      return { summary: codeText(error, t) ?? t.errors.notFound, apiMessage };
    case 503:
    case 502:
      return { summary: t.errors.unavailable, apiMessage };
    case 409:
      return { summary: codeText(error, t) ?? t.decision.refused, apiMessage };
    case 504:
      return { summary: t.decision.timeout, apiMessage };
    default:
      return { summary: t.errors.server(error.status), apiMessage };
  }
}

/** An error shown where it happened; role="alert" has it read out at once. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { summary, apiMessage } = describeError(error, t);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{summary}</p>
      {apiMessage && apiMessage !== summary && (
        <p className="notice-detail">
          {t.errors.apiSays} <q lang="en">{apiMessage}</q>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t.errors.retry}
        </button>
      )}
    </div>
  );
}
