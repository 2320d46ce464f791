import { LIST_TOTAL_CAP, type CadreView, type CursorPage } from '@personnel/contracts';
import { toCadreView, type CadreRow } from './cadre-rows';
import { invalid } from './errors';
import { isUuid, type Params } from './sql';

/** A position in the cadre list's order (CADRE_ORDER: folded name, then id). */
export interface CadreKey {
  searchName: string;
  id: string;
}

/**
 * The opaque `after` / `nextCursor` of the cadre list: the key of the last row of a page, base64url of
 * `[searchName, id]`. A client never builds one; it only sends back what a page answered.
 */
export function encodeCadreCursor(key: CadreKey): string {
  return Buffer.from(JSON.stringify([key.searchName, key.id]), 'utf8').toString('base64url');
}

/** The key of a cursor, or a 400 naming `after` when it is not one this list answered. */
export function decodeCadreCursor(cursor: string): CadreKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !isUuid(parsed[1])
  )
    throw invalid(
      'after',
      'is not a cursor this list answered (send back nextCursor unchanged)',
      'not_cursor',
    );
  return { searchName: parsed[0], id: parsed[1] };
}

/** Where a page of the list starts: `offset` rows in, or right after the row `after` names. */
export interface CadrePageRequest {
  limit: number;
  offset: number;
  /** A nextCursor of this list (opaque); with it, offset must be 0. */
  after?: string;
}

export const whereOf = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

/** Rows strictly after `key` in CADRE_ORDER, over `alias` (cadre c, or the match set m). */
export function afterCondition(alias: string, key: CadreKey, p: Params): string {
  return `(${alias}.search_name, ${alias}.id) > (${p.add(key.searchName)}, ${p.add(key.id)}::uuid)`;
}

/**
 * The answer of a page read with one row more than asked: that row only says another page follows
 * (nextCursor, the key of the page's last row). `counted` came from a count stopped past the cap.
 */
export function cursorPage(
  rows: CadreRow[],
  counted: number,
  request: CadrePageRequest,
): CursorPage<CadreView> {
  const items = rows.slice(0, request.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toCadreView),
    total: Math.min(counted, LIST_TOTAL_CAP),
    totalCapped: counted > LIST_TOTAL_CAP,
    limit: request.limit,
    offset: request.offset,
    nextCursor:
      rows.length > request.limit && last
        ? encodeCadreCursor({ searchName: last.search_name, id: last.id })
        : null,
  };
}
