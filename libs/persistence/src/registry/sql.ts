import { foldVietnamese } from '@personnel/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Escapes LIKE's wildcards (and its escape character) so user input matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Positional parameters for hand-written SQL: `p.add(value)` returns `$n`.
 */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `alias.id = $n OR alias.code = $m` for a path parameter that is a uuid or a code. */
export function idOrCodeCondition(alias: string, idOrCode: string, params: Params): string {
  const byCode = `${alias}.code = ${params.add(idOrCode)}`;
  return isUuid(idOrCode) ? `(${alias}.id = ${params.add(idOrCode)} OR ${byCode})` : byCode;
}

/**
 * Every precomposed Latin letter whose fold is one ASCII letter, with that letter: the tables of SQL
 * `translate()`, so small tables (units, posts, courses) fold names in SQL exactly as foldVietnamese does
 * in TypeScript (cadres have a stored, indexed `search_name` instead).
 */
const FOLD_TABLE = (() => {
  let from = '';
  let to = '';
  for (const [start, end] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ]) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldVietnamese(ch);
      if (/^[a-z]$/.test(folded) && folded !== ch) {
        from += ch;
        to += folded;
      }
    }
  }
  return { from, to };
})();

/** SQL for foldVietnamese(column) over precomposed (NFC) text; `params` receives the tables. */
export function foldedSql(column: string, params: Params): string {
  return `regexp_replace(lower(translate(${column}, ${params.add(FOLD_TABLE.from)}, ${params.add(FOLD_TABLE.to)})), '\\s+', ' ', 'g')`;
}

/**
 * foldedSql with the tables written in as literals (they hold letters only, no quote): for a stored
 * generated column, folded once when the row is written instead of on every search.
 */
export function foldedSqlLiteral(column: string): string {
  return `regexp_replace(lower(translate(${column}, '${FOLD_TABLE.from}', '${FOLD_TABLE.to}')), '\\s+', ' ', 'g')`;
}

/** The LIKE pattern matching the folded search text anywhere. */
export function containsPattern(search: string): string {
  return `%${escapeLike(foldVietnamese(search))}%`;
}

/** The ILIKE pattern matching codes that start with the search text. */
export function prefixPattern(search: string): string {
  return `${escapeLike(search.trim())}%`;
}

/** `YYYY-MM-DD` of the day before an ISO calendar date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
