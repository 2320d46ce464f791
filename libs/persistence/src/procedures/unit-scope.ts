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
