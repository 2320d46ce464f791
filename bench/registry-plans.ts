/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements behind a request, and a summary a person can check at a
 * glance: which indexes the plan uses, whether it reads a large table whole (seq scan), how it sorts.
 */
import type { Pool } from 'pg';
import { round } from './shared/stats';
import { isPlannable, normaliseSql, type Statement } from './registry-sql';

/** A table with more rows than this is "large": reading it whole on every request is a finding. */
export const LARGE_TABLE_ROWS = 10_000;
/** EXPLAIN ANALYZE runs per statement; the summary keeps the fastest. */
const EXPLAIN_RUNS = 3;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  'Index Name'?: string;
  'Sort Method'?: string;
  'Sort Space Used'?: number;
  'Sort Space Type'?: string;
  'Plan Rows'?: number;
  'Parallel Aware'?: boolean;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Temp Read Blocks'?: number;
  'Temp Written Blocks'?: number;
  Plans?: PlanNode[];
}

interface ExplainJson {
  Plan: PlanNode;
  'Planning Time': number;
  'Execution Time': number;
  JIT?: { Functions?: number; Timing?: { Total?: number } };
}

export interface ScanSummary {
  relation: string;
  alias: string | null;
  /** Seq Scan, Index Scan, Index Only Scan, Bitmap Heap Scan, … */
  node: string;
  /** The index, for index scans and for the bitmap index scans under a bitmap heap scan. */
  indexes: string[];
  /** Rows the scan returned over all its loops (0 for a plan without ANALYZE). */
  rows: number;
  /** Rows the planner expected per loop (per process of a parallel scan): far off `rows`, a bad estimate. */
  estimatedRows: number;
  parallel: boolean;
  /** Rows read and thrown away by a filter or a recheck. */
  rowsRemoved: number;
  /** Estimated size of the table (pg_class.reltuples). */
  tableRows: number;
}

export interface StatementPlan {
  /** What the statement is for: `count`, `page`, `cadre`, `assignments`, … */
  role: string;
  sql: string;
  params: unknown[];
  /** `index` when every large table is reached through an index; `seq scan` when one is read whole. */
  verdict: 'index' | 'seq scan';
  indexes: string[];
  seqScans: { relation: string; tableRows: number }[];
  scans: ScanSummary[];
  /** Sort nodes: method and memory, e.g. "top-N heapsort (Memory 30 kB) of 100000 rows". */
  sorts: string[];
  planningMs: number;
  /** Of the fastest of EXPLAIN_RUNS runs (the `text` plan is one more run of its own). */
  executionMs: number;
  jit: { functions: number; totalMs: number } | null;
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  tempBlocks: number;
  /** EXPLAIN (ANALYZE, BUFFERS) in text form, as psql shows it. */
  text: string[];
}

function walk(
  node: PlanNode,
  visit: (node: PlanNode, parent: PlanNode | undefined) => void,
  parent?: PlanNode,
) {
  visit(node, parent);
  for (const child of node.Plans ?? []) walk(child, visit, node);
}

function indexesUnder(node: PlanNode): string[] {
  const names: string[] = [];
  walk(node, (n) => {
    if (n['Index Name']) names.push(n['Index Name']);
  });
  return names;
}

/** Rows of every table a plan may name: estimates from the statistics ANALYZE wrote. */
export async function tableSizes(pool: Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ relname: string; reltuples: number }>(
    `SELECT c.relname, c.reltuples::float8 AS reltuples FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = 'public'`,
  );
  return new Map(rows.map((r) => [r.relname, Math.max(0, Math.round(r.reltuples))]));
}

/** Scans (with their indexes), sorts and temp blocks of a plan tree. */
function summarizeTree(root: PlanNode, sizes: Map<string, number>) {
  const scans: ScanSummary[] = [];
  const sorts: string[] = [];
  let tempBlocks = 0;
  walk(root, (node) => {
    tempBlocks += (node['Temp Read Blocks'] ?? 0) + (node['Temp Written Blocks'] ?? 0);
    const relation = node['Relation Name'];
    if (relation) {
      scans.push({
        relation,
        alias: node.Alias ?? null,
        node: node['Node Type'],
        indexes: indexesUnder(node),
        rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1),
        estimatedRows: node['Plan Rows'] ?? 0,
        parallel: node['Parallel Aware'] ?? false,
        rowsRemoved:
          ((node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
          (node['Actual Loops'] ?? 1),
        tableRows: sizes.get(relation) ?? 0,
      });
    }
    if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
      const input = node.Plans?.[0];
      const inputRows = input ? (input['Actual Rows'] ?? 0) * (input['Actual Loops'] ?? 1) : 0;
      const space =
        node['Sort Space Used'] === undefined
          ? ''
          : ` ${node['Sort Space Used']} kB ${node['Sort Space Type'] ?? ''}`;
      sorts.push(
        `${node['Node Type'] === 'Incremental Sort' ? 'incremental ' : ''}${node['Sort Method'] ?? 'sort'}` +
          ` of ${inputRows} rows${space.trimEnd()}`,
      );
    }
  });
  const seqScans = scans
    .filter((s) => s.node === 'Seq Scan' && s.tableRows > LARGE_TABLE_ROWS)
    .map((s) => ({ relation: s.relation, tableRows: s.tableRows }));
  return { scans, sorts, tempBlocks, seqScans };
}

export async function explainStatement(
  pool: Pool,
  statement: Statement,
  role: string,
  sizes: Map<string, number>,
): Promise<StatementPlan> {
  // The fastest of a few runs: one run's timing is at the mercy of whatever else ran in that moment.
  let explained: ExplainJson | undefined;
  for (let run = 0; run < EXPLAIN_RUNS; run++) {
    const json = await pool.query<{ 'QUERY PLAN': ExplainJson[] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
      statement.params,
    );
    const candidate = json.rows[0]['QUERY PLAN'][0];
    if (!explained || candidate['Execution Time'] < explained['Execution Time']) explained = candidate;
  }
  if (!explained) throw new Error('EXPLAIN returned no plan');
  const text = await pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
    statement.params,
  );
  const { scans, sorts, tempBlocks, seqScans } = summarizeTree(explained.Plan, sizes);
  const root = explained.Plan;
  return {
    role,
    sql: normaliseSql(statement.sql),
    params: statement.params,
    verdict: seqScans.length > 0 ? 'seq scan' : 'index',
    indexes: [...new Set(scans.flatMap((s) => s.indexes))],
    seqScans,
    scans,
    sorts,
    planningMs: round(explained['Planning Time'], 3),
    executionMs: round(explained['Execution Time'], 3),
    jit: explained.JIT
      ? { functions: explained.JIT.Functions ?? 0, totalMs: round(explained.JIT.Timing?.Total ?? 0, 3) }
      : null,
    sharedHitBlocks: root['Shared Hit Blocks'] ?? 0,
    sharedReadBlocks: root['Shared Read Blocks'] ?? 0,
    tempBlocks,
    text: text.rows.map((r) => r['QUERY PLAN']),
  };
}

/** Plans of every read among `statements`; `roles` names them in order (`count`, `page`, …). */
export async function explainStatements(
  pool: Pool,
  statements: readonly Statement[],
  roles: readonly string[],
  sizes: Map<string, number>,
): Promise<StatementPlan[]> {
  const reads = statements.filter(isPlannable);
  const plans: StatementPlan[] = [];
  for (const [i, statement] of reads.entries())
    plans.push(await explainStatement(pool, statement, roles[i] ?? `statement ${i + 1}`, sizes));
  return plans;
}

function scanText(scan: ScanSummary): string {
  const indexes = scan.indexes.join('|');
  switch (scan.node) {
    case 'Seq Scan':
      return `${scan.relation} ${scan.tableRows > LARGE_TABLE_ROWS ? 'SEQ SCAN' : 'seq scan'}`;
    case 'Index Scan':
      return `${scan.relation} index ${indexes}`;
    case 'Index Only Scan':
      return `${scan.relation} index-only ${indexes}`;
    case 'Bitmap Heap Scan':
      return `${scan.relation} bitmap ${indexes}`;
    default:
      return `${scan.relation} ${scan.node}${indexes ? ` ${indexes}` : ''}`;
  }
}

/** How each large table is reached (all tables when none is large), e.g. "cadre SEQ SCAN, assignment index …". */
function scansText(scans: readonly ScanSummary[]): string {
  const large = scans.filter((s) => s.tableRows > LARGE_TABLE_ROWS);
  return [...new Set((large.length > 0 ? large : scans).map(scanText))].join(', ');
}

/**
 * The reads of a plan in a line: how each large table is reached, then the sorts. E.g.
 * "cadre SEQ SCAN, assignment SEQ SCAN; sort: top-N heapsort of 100000 rows 44 kB Memory".
 */
export function describeScans(plan: Pick<StatementPlan, 'scans' | 'sorts'>): string {
  const sorts = plan.sorts.length > 0 ? `; sort: ${plan.sorts.join(', ')}` : '';
  return `${scansText(plan.scans)}${sorts}`;
}

export function describePlan(plan: StatementPlan): string {
  return `${plan.role}: ${describeScans(plan)}; ${plan.executionMs} ms`;
}

/** The plans the planner picks for one read over several fresh ANALYZE samples of `cadre`. */
export interface PlanStability {
  role: string;
  trials: number;
  /** Each distinct plan (how the large tables are reached) and how many trials picked it. */
  plans: {
    scans: string;
    verdict: StatementPlan['verdict'];
    times: number;
    /** The planner's row estimate for the cadre scan in those trials (per process when parallel). */
    cadreEstimates: number[];
  }[];
}

/**
 * ANALYZE samples 30,000 rows at random, so the statistics, and with them a plan, may change from one
 * ANALYZE to the next. `trials` times: ANALYZE cadre, then EXPLAIN (no ANALYZE) every read of `byQuery`.
 */
export async function planStability(
  pool: Pool,
  byQuery: ReadonlyMap<string, { statements: readonly Statement[]; roles: readonly string[] }>,
  trials: number,
): Promise<Map<string, PlanStability[]>> {
  const seen = new Map<string, Map<string, PlanStability>>();
  for (let trial = 0; trial < trials; trial++) {
    await pool.query('ANALYZE cadre');
    const sizes = await tableSizes(pool);
    for (const [id, { statements, roles }] of byQuery) {
      const perRole = seen.get(id) ?? new Map<string, PlanStability>();
      seen.set(id, perRole);
      for (const [i, statement] of statements.filter(isPlannable).entries()) {
        const role = roles[i] ?? `statement ${i + 1}`;
        const { rows } = await pool.query<{ 'QUERY PLAN': ExplainJson[] }>(
          `EXPLAIN (FORMAT JSON) ${statement.sql}`,
          statement.params,
        );
        const tree = summarizeTree(rows[0]['QUERY PLAN'][0].Plan, sizes);
        const scans = scansText(tree.scans);
        const entry = perRole.get(role) ?? { role, trials: 0, plans: [] };
        perRole.set(role, entry);
        entry.trials++;
        let plan = entry.plans.find((p) => p.scans === scans);
        if (!plan) {
          plan = {
            scans,
            verdict: tree.seqScans.length > 0 ? 'seq scan' : 'index',
            times: 0,
            cadreEstimates: [],
          };
          entry.plans.push(plan);
        }
        plan.times++;
        const cadre = tree.scans.find((s) => s.relation === 'cadre');
        if (cadre) plan.cadreEstimates.push(cadre.estimatedRows);
      }
    }
  }
  return new Map([...seen].map(([id, perRole]) => [id, [...perRole.values()]]));
}
