/**
 * Writes a generated data set into an empty registry: one transaction, multi-row INSERTs of up to
 * `batchSize` rows (the rows travel as one array per column and are expanded by unnest(), so a batch is
 * one statement with a handful of parameters, whatever its size). Never duplicates or overwrites: a
 * registry that already has units or cadres is left alone.
 */
import type { ClientBase } from 'pg';
import { silentProgress, type Progress } from '../dev/progress';
import { TABLE_ORDER, type SeedDataset, type SeedTables, type TableName } from './dataset';

type Columns<T> = readonly (readonly [keyof T & string, string])[];

/** Column name and Postgres type of every generated column, in the order they are sent. */
export const COLUMNS: { [K in TableName]: Columns<SeedTables[K][number]> } = {
  unit: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['level', 'text'],
    ['parent_id', 'uuid'],
    ['locality_code', 'text'],
  ],
  training_course: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['title', 'text'],
    ['hours', 'int4'],
  ],
  post: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['title', 'text'],
    ['unit_id', 'uuid'],
    ['level', 'text'],
    ['rank_group', 'text'],
    ['is_head', 'bool'],
    ['single_holder', 'bool'],
    ['requires_non_local', 'bool'],
    ['standards', 'jsonb'],
  ],
  cadre: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['full_name', 'text'],
    ['search_name', 'text'],
    ['gender', 'text'],
    ['birth_date', 'date'],
    ['hometown_locality_code', 'text'],
    ['ethnicity', 'text'],
    ['education', 'text'],
    ['political_theory', 'text'],
    ['state_management', 'text'],
    ['party_member', 'bool'],
    ['status', 'text'],
  ],
  assignment: [
    ['id', 'uuid'],
    ['cadre_id', 'uuid'],
    ['kind', 'text'],
    ['unit_id', 'uuid'],
    ['post_id', 'uuid'],
    ['from_date', 'date'],
    ['to_date', 'date'],
    ['decision_ref', 'text'],
  ],
  evaluation: [
    ['id', 'uuid'],
    ['cadre_id', 'uuid'],
    ['year', 'int4'],
    ['rating', 'text'],
  ],
  discipline: [
    ['id', 'uuid'],
    ['cadre_id', 'uuid'],
    ['form', 'text'],
    ['decided_at', 'date'],
    ['reason', 'text'],
  ],
  training_completion: [
    ['id', 'uuid'],
    ['cadre_id', 'uuid'],
    ['course_id', 'uuid'],
    ['completed_at', 'date'],
  ],
  planning_entry: [
    ['id', 'uuid'],
    ['cadre_id', 'uuid'],
    ['post_id', 'uuid'],
    ['term', 'text'],
    ['from_date', 'date'],
    ['to_date', 'date'],
  ],
  public_holiday: [
    ['date', 'date'],
    ['name', 'text'],
    ['kind', 'text'],
  ],
};

/** The holiday calendar may already hold days entered by hand or by a migration: keep those. */
const ON_CONFLICT: Partial<Record<TableName, string>> = { public_holiday: 'ON CONFLICT (date) DO NOTHING' };

/** Serialises seeds against each other: two `npm start`s on one empty database seed it once. */
const SEED_LOCK = 0x5eed_0da;

export interface RegistryContents {
  units: number;
  posts: number;
  cadres: number;
}

export type WriteResult =
  { written: true; counts: Record<TableName, number> } | { written: false; existing: RegistryContents };

export class RegistryMissingError extends Error {
  constructor(cause: Error) {
    super(`the registry tables are missing (${cause.message}): apply the migrations first (npm run migrate)`);
    this.name = 'RegistryMissingError';
  }
}

export async function registryContents(client: ClientBase): Promise<RegistryContents> {
  try {
    const { rows } = await client.query<{ units: string; posts: string; cadres: string }>(
      `SELECT (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM post) AS posts,
              (SELECT count(*) FROM cadre) AS cadres`,
    );
    return { units: Number(rows[0].units), posts: Number(rows[0].posts), cadres: Number(rows[0].cadres) };
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') throw new RegistryMissingError(error as Error);
    throw error;
  }
}

export function isEmpty(contents: RegistryContents): boolean {
  return contents.units === 0 && contents.posts === 0 && contents.cadres === 0;
}

/**
 * Inserts every table of `dataset` in one transaction, if the registry is empty (checked under an
 * advisory lock inside the transaction). On any error nothing is left behind.
 */
export async function writeDataset(
  client: ClientBase,
  dataset: SeedDataset,
  options: { progress?: Progress; batchSize?: number } = {},
): Promise<WriteResult> {
  const progress = options.progress ?? silentProgress;
  const batchSize = options.batchSize ?? 5000;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await registryContents(client);
    if (!isEmpty(existing)) {
      await client.query('ROLLBACK');
      return { written: false, existing };
    }
    const counts = {} as Record<TableName, number>;
    for (const table of TABLE_ORDER) {
      const rows = dataset.tables[table] as unknown as Record<string, unknown>[];
      counts[table] = await progress.step(`${table}: ${rows.length.toLocaleString('en-US')} rows`, () =>
        insertRows(client, table, rows, batchSize),
      );
    }
    await progress.step('commit', () => client.query('COMMIT'));
    return { written: true, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function insertRows(
  client: ClientBase,
  table: TableName,
  rows: Record<string, unknown>[],
  batchSize: number,
): Promise<number> {
  const columns = COLUMNS[table] as Columns<Record<string, unknown>>;
  const sql =
    `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')}) ` +
    `SELECT * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) ` +
    (ON_CONFLICT[table] ?? '');
  let inserted = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = columns.map(([name, type]) =>
      batch.map((row) => {
        const value = row[name];
        return type === 'jsonb' && value !== null ? JSON.stringify(value) : value;
      }),
    );
    const result = await client.query(sql, values);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}
