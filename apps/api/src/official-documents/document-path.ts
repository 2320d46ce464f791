import type { Request } from 'express';
import { badRequest } from '../http/validation.pipe';
import { badPercentEncoding } from '../procedures/procedure-access';

const PREFIX = '/api/v1/procedures/';
/** `<workflow id>/documents`, `<workflow id>/documents/<key>`, `<workflow id>/documents/<key>/download`. */
const PATH = /^(.+)\/documents(?:\/([^/]+?)(\/download)?)?$/;
/** A document key: its kind, then qualifiers (`conference_minutes.0`, `cv_2c.CB-001`). */
export const DOCUMENT_KEY = /^[a-z][a-z0-9_]{1,39}(\.[A-Za-z0-9_-]{1,64}){0,2}$/;

export interface DocumentPath {
  workflowId: string;
  key: string | null;
  download: boolean;
}

/**
 * The workflow id (raw with its slashes, or percent-encoded), the document key and whether the file is
 * asked as an attachment, from the URL itself: a wildcard route parameter splits on `/`.
 */
export function documentPathOf(request: Request): DocumentPath {
  const path = request.originalUrl.split('?')[0];
  const rest = path.startsWith(PREFIX) ? path.slice(PREFIX.length) : '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    throw badRequest([badPercentEncoding()]);
  }
  const match = PATH.exec(decoded);
  if (!match)
    throw badRequest([
      {
        field: 'workflowId',
        problem: 'must be followed by /documents',
        code: 'not_documents_path',
        params: {},
      },
    ]);
  const key = match[2] ?? null;
  if (key !== null && !DOCUMENT_KEY.test(key))
    throw badRequest([
      {
        field: 'key',
        problem: 'must be a document key, e.g. decision or conference_minutes.0',
        code: 'not_document_key',
        params: { example: 'conference_minutes.0' },
      },
    ]);
  return { workflowId: match[1], key, download: match[3] !== undefined };
}
