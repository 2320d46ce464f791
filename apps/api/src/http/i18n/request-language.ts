import type { Request } from 'express';

/** The languages the API writes its errors in; Vietnamese first, the default. */
export const API_LANGUAGES = ['vi', 'en'] as const;
export type ApiLanguage = (typeof API_LANGUAGES)[number];

/**
 * The request's language by its Accept-Language header, negotiated by Express (q-values, `en-US`
 * matching `en`, `*`): Vietnamese when the header is absent or names neither language.
 */
export function requestLanguage(request: Pick<Request, 'acceptsLanguages'> | undefined): ApiLanguage {
  const best = request?.acceptsLanguages?.([...API_LANGUAGES]);
  return best === 'en' ? 'en' : 'vi';
}
