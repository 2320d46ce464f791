import type { NextFunction, Request, Response } from 'express';
import { HttpStatus } from '@nestjs/common';
import type { ApiErrorBody } from '@personnel/contracts';
import { localiseError } from './i18n/error-messages';
import { requestLanguage } from './i18n/request-language';

const BODY_PARSER_ANSWERS: Record<string, { code: string; message: string }> = {
  'entity.too.large': { code: 'body_too_large', message: 'The request body is too large' },
  'entity.parse.failed': { code: 'body_not_json', message: 'The request body is not valid JSON' },
  'encoding.unsupported': {
    code: 'unsupported_encoding',
    message: 'The request body has an unsupported encoding',
  },
  'charset.unsupported': {
    code: 'unsupported_charset',
    message: 'The request body has an unsupported charset',
  },
};
const UNREADABLE = {
  code: 'body_unreadable',
  message: 'The request body could not be read (does it match its Content-Encoding?)',
};

/**
 * Errors of Express's body parsers carry their HTTP status and a `type`, or (a body that does not match
 * its Content-Encoding: the decompressor's own error) a 4xx status marked `expose`; they are the
 * client's, not ours. Each is coded (request-body-messages.ts), so it is written in the user's language.
 */
export function bodyParserError(exception: unknown): ApiErrorBody | undefined {
  const e = exception as { status?: unknown; type?: unknown; limit?: unknown; expose?: unknown };
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  if (typeof e.type !== 'string' && e.expose !== true) return undefined;
  const answer = (typeof e.type === 'string' ? BODY_PARSER_ANSWERS[e.type] : undefined) ?? UNREADABLE;
  const limitKb =
    e.type === 'entity.too.large' && typeof e.limit === 'number' ? Math.round(e.limit / 1024) : undefined;
  return {
    statusCode: e.status,
    error: HttpStatus[e.status] ?? 'Bad Request',
    message: `${answer.message}${limitKb !== undefined ? ` (limit ${limitKb} kB)` : ''}`,
    code: answer.code,
    ...(limitKb !== undefined ? { params: { limitKb } } : {}),
  };
}

/**
 * Answers a body parser's error itself, right after the parser: Nest would turn a JSON syntax error
 * into a bare 400 of JSON.parse's words (no code, nothing to write in the user's language). Any other
 * error goes on to Nest's handling.
 */
export function answerBodyParserErrors(
  error: unknown,
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  const body = bodyParserError(error);
  if (!body) return next(error);
  res.status(body.statusCode).json(localiseError(body, requestLanguage(req)));
}
