import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { Disclosure } from './disclosure';
import { USER_REFUSAL_PARAMS } from '../i18n/refusal-words';
import { useUserLabels, withUserLabels } from './names';
import { idsNamedBy, useRefusalSentence } from './refusal-sentence';

/** The user ids a refusal names in its params, so its message can show their names instead. */
export function usersNamedBy(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return idsNamedBy(error.body?.params ?? {}, USER_REFUSAL_PARAMS);
}

/** The refusal's code in the user's language, when the panel knows it. */
function codeText(error: ApiError, t: Messages): string | undefined {
  return error.code ? (t.decision.codes[error.code] ?? t.proc.codes[error.code]) : undefined;
}

/**
 * A failure in the user's language, with the API's own message kept (it names the reason precisely).
 * `apiInEnglish`: the API's message is its English words (no code it could write in the user's
 * language); otherwise it was written in the user's language from the code and params.
 */
export function describeError(
  error: unknown,
  t: Messages,
): { summary: string; apiMessage?: string; apiInEnglish?: boolean } {
  if (!(error instanceof ApiError)) return { summary: (error as Error)?.message ?? String(error) };
  const described = summarise(error, t);
  return error.localised ? described : { ...described, apiInEnglish: described.apiMessage !== undefined };
}

function summarise(error: ApiError, t: Messages): { summary: string; apiMessage?: string } {
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
  // A refusal the panel writes itself says it all, with names: the API's words (ids) stay technical.
  const written = useRefusalSentence(error);
  const described: ReturnType<typeof describeError> = written
    ? { summary: written }
    : describeError(error, t);
  const { summary, apiInEnglish } = described;
  const named = usersNamedBy(error);
  const userLabel = useUserLabels(named);
  const apiMessage = described.apiMessage && withUserLabels(described.apiMessage, named, userLabel);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{summary}</p>
      {apiMessage &&
        apiMessage !== summary &&
        (apiInEnglish ? (
          <p className="notice-detail">
            {t.errors.apiSays} <q lang="en">{apiMessage}</q>
          </p>
        ) : (
          <p className="notice-detail">{apiMessage}</p>
        ))}
      {error instanceof ApiError && error.localised && error.body?.reason && (
        // The server's own English words, out of the way: precise, for whoever supports the user.
        <Disclosure className="notice-detail" summary={t.errors.technical}>
          <q lang="en">{error.body.reason}</q>
        </Disclosure>
      )}
      {onRetry && !refusedForGood(error) && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t.errors.retry}
        </button>
      )}
    </div>
  );
}

/** A refusal that trying again cannot change (no right, no such thing, bad input): no "try again" then. */
function refusedForGood(error: unknown): boolean {
  return error instanceof ApiError && [400, 403, 404, 422].includes(error.status);
}
