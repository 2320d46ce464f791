import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Reads a `text/csv` request body (UTF-8) up to `limit` bytes: a larger one is refused with 413 before
 * it is read whole, a body that is not UTF-8 with 400.
 */
export async function readCsvBody(req: Request, limit = MAX_IMPORT_BYTES): Promise<string> {
  const type = req.headers['content-type'] ?? '';
  if (!/^text\/csv\s*(;|$)/i.test(type))
    throw new UnsupportedMediaTypeException({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: `Send the file as text/csv (UTF-8), not ${type || 'without a content type'}`,
      code: 'csv_only',
      params: { type },
    });
  const charset = /;\s*charset="?([^";]+)"?/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset))
    throw new UnsupportedMediaTypeException({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: `Send the file as UTF-8, not ${charset}`,
      code: 'csv_charset',
      params: { charset },
    });
  const limitMb = limit / 1024 / 1024;
  const tooLarge = () =>
    new PayloadTooLargeException({
      statusCode: 413,
      error: 'Payload Too Large',
      message: `The file is larger than ${limitMb} MB; split it into smaller files and import each`,
      code: 'file_too_large',
      params: { limitMb },
    });
  if (Number(req.headers['content-length']) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request: body is not UTF-8 text; save the file as CSV UTF-8',
      details: [
        {
          field: 'body',
          problem: 'is not UTF-8 text; save the file as CSV UTF-8',
          code: 'not_utf8',
          params: {},
        },
      ],
    });
  }
}
