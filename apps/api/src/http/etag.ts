import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** A weak validator of a JSON body: the same content gives the same tag. */
export function etagOf(body: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
}

/**
 * Sets the ETag and answers 304 (nothing) when the client already holds this version; otherwise the body.
 * Use with `@Res({ passthrough: true })`.
 */
export function conditional<T>(
  request: Request,
  response: Response,
  body: T,
  etag = etagOf(body),
): T | undefined {
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', 'private, no-cache');
  const presented = (request.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (presented.includes(etag.replace(/^W\//, '')) || presented.includes('*')) {
    response.status(304);
    return undefined;
  }
  return body;
}
