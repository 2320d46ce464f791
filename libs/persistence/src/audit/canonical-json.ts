/**
 * A canonical JSON encoding for hashing: object keys sorted at every depth, no whitespace, undefined
 * members dropped. Postgres jsonb reorders keys, so a hash over the plain JSON text would not survive a
 * round trip through the database; this encoding does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const encoded = JSON.stringify(value);
    if (encoded === undefined) throw new Error(`cannot encode ${typeof value} canonically`);
    return encoded;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
