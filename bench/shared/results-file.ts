import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_DIR = join(__dirname, '..', 'results');

/**
 * Writes `bench/results/<name>.json` (pretty JSON, trailing newline) through a `.tmp.json` renamed into
 * place, so an interrupted run never leaves a half-written result; returns the file's path.
 */
export function writeResultsFile(name: string, results: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const partial = join(RESULTS_DIR, `${name}.tmp.json`);
  writeFileSync(partial, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(partial, file);
  return file;
}
