/** Stage 6 of the registry bench, the facts of the database the run measured: rows, size, version, settings. */
import type { Pool } from 'pg';

const REGISTRY_TABLES = [
  'unit',
  'post',
  'training_course',
  'cadre',
  'assignment',
  'evaluation',
  'discipline',
  'training_completion',
  'planning_entry',
  'public_holiday',
];

/** Postgres settings that move the plans and timings of the registry's reads. */
const REPORTED_SETTINGS = [
  'shared_buffers',
  'work_mem',
  'effective_cache_size',
  'random_page_cost',
  'jit',
  'max_parallel_workers_per_gather',
  'gin_pending_list_limit',
  'fsync',
];

export interface DatabaseFacts {
  /** Rows per registry table. */
  rows: Record<string, number>;
  databaseBytes: number;
  version: string;
  /** `setting unit` of each reported setting. */
  settings: Record<string, string>;
}

export async function databaseFacts(admin: Pool): Promise<DatabaseFacts> {
  const rows: Record<string, number> = {};
  for (const table of REGISTRY_TABLES) {
    const { rows: counted } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    rows[table] = counted[0].n;
  }
  const { rows: dbSize } = await admin.query<{ bytes: string }>(
    `SELECT pg_database_size(current_database()) AS bytes`,
  );
  const { rows: settingRows } = await admin.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)`,
    [REPORTED_SETTINGS],
  );
  const { rows: versionRows } = await admin.query<{ v: string }>(`SELECT version() AS v`);
  return {
    rows,
    databaseBytes: Number(dbSize[0].bytes),
    version: versionRows[0].v,
    settings: Object.fromEntries(
      settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]),
    ),
  };
}
