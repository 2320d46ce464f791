import type { DataSource } from 'typeorm';
import { Params } from '../registry/sql';
import type { ProcedureRow } from './procedure-queries';

/** What every kind's list filters on, besides its own conditions. */
export interface ProcedurePageFilter {
  kind: string;
  state?: string;
  /** Unit scope: procedures of one of these units (undefined = the whole organisation). */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

/**
 * One page of a kind's `procedure` rows, newest activity first, with the total: the kind, its state and
 * the unit scope, plus the kind's own conditions, written on the same parameters (`extra(p)`).
 */
export async function procedurePage(
  dataSource: DataSource,
  filter: ProcedurePageFilter,
  extra: (p: Params) => string[] = () => [],
): Promise<{ rows: ProcedureRow[]; total: number }> {
  const p = new Params();
  const where: string[] = [`r.kind = ${p.add(filter.kind)}`];
  if (filter.state) where.push(`r.state = ${p.add(filter.state)}`);
  if (filter.unitCodes) where.push(`r.unit_code = ANY(${p.add(filter.unitCodes)}::text[])`);
  where.push(...extra(p));
  const clause = `WHERE ${where.join(' AND ')}`;
  const [{ total }]: { total: number }[] = await dataSource.query(
    `SELECT count(*)::int AS total FROM procedure r ${clause}`,
    p.values,
  );
  const rows: ProcedureRow[] = await dataSource.query(
    `SELECT r.* FROM procedure r ${clause} ORDER BY r.updated_at DESC, r.id
     LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
    p.values,
  );
  return { rows, total };
}
