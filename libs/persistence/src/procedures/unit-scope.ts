import { idOrCodeCondition, Params } from '../registry/sql';
import type { DataSource } from 'typeorm';

/** A unit and every unit below it (codes), by a recursive walk of the registry's unit tree. */
export async function unitSubtreeCodes(dataSource: DataSource, unitCode: string): Promise<string[]> {
  const rows: { code: string }[] = await dataSource.query(
    `WITH RECURSIVE subtree AS (
       SELECT id, code FROM unit WHERE code = $1
       UNION
       SELECT u.id, u.code FROM unit u JOIN subtree s ON u.parent_id = s.id
     )
     SELECT code FROM subtree ORDER BY code`,
    [unitCode],
  );
  return rows.map((r) => r.code);
}

/** A unit and every unit above it (codes): the users whose scope holds the unit belong to one of these. */
export async function unitAndAncestorCodes(dataSource: DataSource, unitCode: string): Promise<string[]> {
  const rows: { code: string }[] = await dataSource.query(
    `WITH RECURSIVE chain AS (
       SELECT id, code, parent_id FROM unit WHERE code = $1
       UNION
       SELECT u.id, u.code, u.parent_id FROM unit u JOIN chain c ON u.id = c.parent_id
     )
     SELECT code FROM chain`,
    [unitCode],
  );
  return rows.map((r) => r.code);
}

/**
 * The codes of the units a cadre (uuid or code) belongs to (`cadre.unit_codes`, see scopeCondition):
 * empty for one who never held a post, null for no such cadre.
 */
export async function cadreUnitCodes(dataSource: DataSource, idOrCode: string): Promise<string[] | null> {
  const p = new Params();
  const [cadre]: { unit_codes: string[] }[] = await dataSource.query(
    `SELECT c.unit_codes FROM cadre c WHERE ${idOrCodeCondition('c', idOrCode, p)}`,
    p.values,
  );
  return cadre ? cadre.unit_codes : null;
}
