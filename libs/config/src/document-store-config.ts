import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EnvReader } from './env';

/** Where dossier documents keep their bytes (same shape as the persistence library's DocumentStoreConfig). */
export type DocumentStoreConfig = { kind: 'fs'; dir: string } | { kind: 'pg' };

export const DOCUMENT_STORES = ['fs', 'pg'] as const;

/**
 * `DOCUMENT_STORE` (fs | pg, default fs) and, for fs, `DOCUMENT_DIR` (default `<DATA_DIR>/documents`,
 * DATA_DIR defaulting to `.data` in the working directory, as `npm start` lays it out). A relative path
 * is taken from the working directory; an existing path must be a directory.
 */
export function documentStoreFrom(reader: EnvReader): DocumentStoreConfig {
  const kind = reader.oneOf('DOCUMENT_STORE', DOCUMENT_STORES, 'fs');
  const raw = reader.optional('DOCUMENT_DIR');
  if (kind === 'pg') return { kind };
  const dir = resolve(raw ?? resolve(reader.string('DATA_DIR', '.data'), 'documents'));
  if (raw !== undefined && raw.includes('\0')) {
    reader.problem(`DOCUMENT_DIR must be a directory path`);
    return { kind, dir };
  }
  try {
    if (!statSync(dir).isDirectory())
      reader.problem(`DOCUMENT_DIR="${dir}" exists but is not a directory (dossier files are stored in it)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') reader.problem(`DOCUMENT_DIR="${dir}" cannot be used (${code ?? String(error)})`);
    // Missing: the store creates it on the first upload.
  }
  return { kind, dir };
}
