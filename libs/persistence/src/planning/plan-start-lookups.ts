import type { DataSource } from 'typeorm';

/** The unit a plan is opened for: whether it exists and is active, and its name. */
export async function findPlanUnit(
  dataSource: DataSource,
  code: string,
): Promise<{ code: string; name: string; active: boolean } | undefined> {
  const [row] = await dataSource.query(`SELECT code, name, active FROM unit WHERE code = $1`, [code]);
  return row;
}
