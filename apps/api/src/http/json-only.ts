import type { NextFunction, Request, Response } from 'express';
import { localiseError } from './i18n/error-messages';
import { requestLanguage } from './i18n/request-language';

/**
 * Routes that read a body of their own type: document uploads (any bytes), the cadre CSV import, and
 * the OpenID provider's back-channel logout (form-encoded, as the standard has it).
 */
const OWN_BODY_PATHS = ['/api/v1/documents', '/api/v1/cadres/import', '/api/v1/auth/oidc/backchannel-logout'];
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * The API's other routes take JSON: a body of another type answers 415 naming the type to send, instead
 * of being left unparsed and answered with a 400 that lists every field as missing.
 */
export function jsonOnly(req: Request, res: Response, next: NextFunction): void {
  if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !req.path.startsWith('/api/')) return next();
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const type = req.headers['content-type'];
  if (!hasBody || !type || JSON_TYPE.test(type)) return next();
  if (OWN_BODY_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`))) return next();
  // Written here, before any route: in the request's language like the filter's answers.
  res.status(415).json(
    localiseError(
      {
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: `This route takes JSON: send the body as application/json, not ${type}`,
        code: 'json_only',
        params: { type },
      },
      requestLanguage(req),
    ),
  );
}
