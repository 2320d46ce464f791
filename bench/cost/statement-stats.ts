/**
 * SQL cost of the product, read from Postgres itself: `pg_stat_statements` (preloaded on the bench's own
 * embedded server) counts every statement the API and the worker run, as it ends, with the rows it
 * wrote. The bench reads it as a role of its own (`bench_cost`), so its own reads are never counted.
 */
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '@personnel/dev-runtime';

/** The role the bench reads the statistics and the journal as: never counted as the product's SQL. */
const BENCH_ROLE = 'bench_cost';
const BENCH_PASSWORD = 'bench_cost';

/**
 * Before startSystem(): initdb in `<dataDir>/pg` (where startSystem keeps it), `shared_preload_libraries`
 * set through ALTER SYSTEM, stopped again. startSystem() then starts the same server with the library
 * loaded; everything else (the seed, the migrations) is as `npm start` does it.
 */
export async function preloadStatementStats(dataDir: string, port: number): Promise<void> {
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port, database: 'personnel' });
  try {
    const pool = new Pool({ connectionString: pg.url, max: 1 });
    // An idle client's error (the server stopping under it) is not this step's failure.
    pool.on('error', () => undefined);
    try {
      await pool.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
      // Statements inside functions and triggers too; utility statements (BEGIN, COMMIT) are counted.
      await pool.query(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
      await pool.query(`ALTER SYSTEM SET pg_stat_statements.max = 10000`);
    } finally {
      await pool.end();
    }
  } finally {
    await pg.stop();
  }
}

/** After startSystem(): the extension and the bench's reading role; answers a pool connected as that role. */
export async function statementStatsReader(databaseUrl: string): Promise<Pool> {
  const admin = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await admin.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${BENCH_ROLE}') THEN
           CREATE ROLE ${BENCH_ROLE} LOGIN PASSWORD '${BENCH_PASSWORD}' IN ROLE pg_read_all_stats;
         END IF;
       END $$`,
    );
    await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${BENCH_ROLE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.username = BENCH_ROLE;
  url.password = BENCH_PASSWORD;
  return new Pool({ connectionString: url.toString(), max: 3, application_name: 'bench-cost' });
}

/** One normalised statement of the product: calls so far and rows it returned or wrote. */
interface StatementCounter {
  query: string;
  calls: number;
  rows: number;
}

export interface StatementSnapshot {
  at: number;
  byQuery: Map<string, StatementCounter>;
}

/** Every statement counter except the bench's own (its role) — keyed by queryid and user. */
export async function statementSnapshot(reader: Pool): Promise<StatementSnapshot> {
  const { rows } = await reader.query<{ key: string; query: string; calls: string; rows: string }>(
    `SELECT s.userid::text || ':' || s.queryid::text || ':' || s.toplevel::text AS key, s.query,
            s.calls::text AS calls, s.rows::text AS rows
       FROM pg_stat_statements s
      WHERE s.userid <> (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [BENCH_ROLE],
  );
  const at = Date.now();
  const byQuery = new Map<string, StatementCounter>();
  for (const r of rows) byQuery.set(r.key, { query: r.query, calls: Number(r.calls), rows: Number(r.rows) });
  return { at, byQuery };
}

/** The sum of calls: the cheap "did anything run" figure the settling waits on. */
export function totalCalls(snapshot: StatementSnapshot): number {
  let sum = 0;
  for (const c of snapshot.byQuery.values()) sum += c.calls;
  return sum;
}

export type StatementKind = 'select' | 'insert' | 'update' | 'delete' | 'transaction' | 'other';

/** What a normalised statement is, from its first word (INSERT … ON CONFLICT is an insert; WITH … by its verb). */
export function statementKind(query: string): StatementKind {
  const text = query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .trim()
    .toUpperCase();
  if (/^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)/.test(text)) return 'transaction';
  if (text.startsWith('WITH')) {
    // A data-modifying CTE or main statement makes it a write; the first verb found names it.
    const verb = /\b(INSERT\s+INTO|UPDATE\s+\w|DELETE\s+FROM)/.exec(text)?.[1];
    return verb ? (verb.split(/\s/)[0].toLowerCase() as StatementKind) : 'select';
  }
  for (const kind of ['select', 'insert', 'update', 'delete'] as const)
    if (text.startsWith(kind.toUpperCase())) return kind;
  return 'other';
}

/** The table a write statement names (`INSERT INTO x`, `UPDATE x`, `DELETE FROM x`), without quotes. */
export function writtenTable(query: string): string | null {
  const match = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+("?[\w.]+"?)/i.exec(query);
  return match ? match[1].replace(/"/g, '').replace(/^public\./, '') : null;
}

/** SQL of one span of a procedure: statements by kind, rows written by table. */
export interface SqlCost {
  statements: number;
  byKind: Record<StatementKind, number>;
  /** Rows INSERT, UPDATE and DELETE statements reported (pg_stat_statements `rows`). */
  rowsWritten: number;
  rowsWrittenByTable: Record<string, number>;
}

export function emptySqlCost(): SqlCost {
  return {
    statements: 0,
    byKind: { select: 0, insert: 0, update: 0, delete: 0, transaction: 0, other: 0 },
    rowsWritten: 0,
    rowsWrittenByTable: {},
  };
}

/** What ran between two snapshots. */
export function sqlBetween(before: StatementSnapshot, after: StatementSnapshot): SqlCost {
  const cost = emptySqlCost();
  for (const [key, now] of after.byQuery) {
    const was = before.byQuery.get(key);
    const calls = now.calls - (was?.calls ?? 0);
    if (calls <= 0) continue;
    const rows = now.rows - (was?.rows ?? 0);
    const kind = statementKind(now.query);
    cost.statements += calls;
    cost.byKind[kind] += calls;
    if (kind === 'insert' || kind === 'update' || kind === 'delete') {
      cost.rowsWritten += rows;
      const table = writtenTable(now.query) ?? '?';
      cost.rowsWrittenByTable[table] = (cost.rowsWrittenByTable[table] ?? 0) + rows;
    }
  }
  return cost;
}

/** n_tup_ins + n_tup_upd + n_tup_del per table (the cumulative statistics, flushed by each backend late). */
export async function tableWrites(reader: Pool): Promise<Record<string, number>> {
  const { rows } = await reader.query<{ relname: string; n: string }>(
    `SELECT relname, (n_tup_ins + n_tup_upd + n_tup_del)::text AS n FROM pg_stat_user_tables`,
  );
  return Object.fromEntries(rows.map((r) => [r.relname, Number(r.n)]));
}
