/**
 * `npm run bench:cost [-- --quick] [--per-source N] [--name NAME] [--wait-quiet S] [--check BASELINE.json]`
 *
 * What one appointment costs, stage by stage (see bench/README.md): Temporal history events and
 * activity calls (its workflow's runs and its conference children), SQL statements and rows written
 * (pg_stat_statements on the bench's own embedded Postgres), for local and outside candidates taken
 * from HR's proposal to the start of the term through the API, one at a time. Beside each stage, the
 * events of a bare workflow with as many activities and Updates, run in the same run on the same dev
 * server. Writes bench/results/<name>.json and prints a table; with --check, exits 1 when a stage of
 * the committed result costs less than now.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import type { CandidateSource } from '@personnel/contracts';
import { freePort } from '@personnel/dev-runtime';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { apiClient } from '../test/api-client';
import { findCandidatePairs, PROPOSER, type CandidatePair } from './approval-setup';
import { startBareCostSide } from './cost/bare-baseline';
import { COST_USAGE, readCostOptions, type CostOptions } from './cost/cost-options';
import {
  costGrowth,
  formatCostTable,
  stageShapes,
  summarize,
  type CostResults,
  type ProcedureCost,
  type SourceSummary,
} from './cost/cost-report';
import {
  COST_ACCOUNTS,
  COST_SIGN_OFFS,
  driveProcedure,
  settle,
  type DriverContext,
} from './cost/procedure-driver';
import {
  preloadStatementStats,
  sqlBetween,
  statementSnapshot,
  statementStatsReader,
  tableWrites,
} from './cost/statement-stats';
import { eventsIn, procedureEvents, temporalCost } from './cost/workflow-history';
import { benchMain, BENCH_NAMESPACE, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { devServerRecord } from './shared/dev-server';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';

/** Longer than Postgres' idle flush of its table statistics (PGSTAT_IDLE_INTERVAL, 10 s). */
const TABLE_STATS_FLUSH_MS = 11_000;
const SETTLE_QUIET_MS = 600;

/** Local candidates on Quảng An posts (its conferences sit there); outside ones anywhere. One post each. */
function pairsFor(
  pairs: readonly CandidatePair[],
  perSource: number,
): Record<CandidateSource, CandidatePair[]> {
  const usedPosts = new Set<string>();
  const take = (fits: (p: CandidatePair) => boolean) => {
    const out: CandidatePair[] = [];
    for (const p of pairs)
      if (out.length < perSource && fits(p) && !usedPosts.has(p.postId)) {
        usedPosts.add(p.postId);
        out.push(p);
      }
    if (out.length < perSource)
      throw new Error(
        `only ${out.length} posts with an eligible candidate of ${perSource} needed (warm-up included): ask for fewer --per-source`,
      );
    return out;
  };
  const local = take((p) => p.unitCode === 'DH-QA');
  return { local, outside: take(() => true) };
}

function compare(check: string, summary: readonly SourceSummary[]): boolean {
  const baseline = (JSON.parse(readFileSync(check, 'utf8')) as CostResults).summary;
  const growth = costGrowth(baseline, summary);
  if (growth.length === 0) {
    process.stdout.write(`check against ${check}: no stage costs more\n`);
    return true;
  }
  process.stdout.write(`check against ${check}: ${growth.length} figures grew\n`);
  for (const g of growth)
    process.stdout.write(
      g.figure === 'stage'
        ? `  ${g.source} ${g.stage}: a stage the baseline did not have\n`
        : `  ${g.source} ${g.stage}: ${g.figure} ${g.was} → ${g.now}\n`,
    );
  return false;
}

async function run(options: CostOptions, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  await progress.step('embedded Postgres with pg_stat_statements preloaded', async () =>
    preloadStatementStats(bench.dataDir, await freePort()),
  );
  const running = await bench.startSystem({
    dynamicConfig: options.dynamicConfig,
    sqlitePragmas: options.sqlitePragmas,
    webPanel: false,
    logLevel: options.logLevel,
  });
  const reader = await statementStatsReader(running.databaseUrl);
  bench.onStop(() => reader.end());
  const connection = await Connection.connect({ address: running.temporalAddress });
  bench.onStop(() => connection.close());
  const client = new Client({ connection, namespace: BENCH_NAMESPACE });
  const bare = await progress.step('bare worker for the baseline', () =>
    startBareCostSide(running.temporalAddress, BENCH_NAMESPACE),
  );
  bench.onStop(() => bare.stop());

  const { api, tokenOf } = apiClient(running.apiUrl);
  await progress.step('demo accounts signed in', async () => {
    for (const account of COST_ACCOUNTS) await tokenOf(account);
  });
  const want = options.perSource + options.warmupPerSource;
  const search = await progress.step('eligible (cadre, post) pairs of the demo registry', async () =>
    findCandidatePairs(reader, running.apiUrl, await tokenOf(PROPOSER), 4 * want),
  );
  const pairs = pairsFor(search.pairs, want);
  const ctx: DriverContext = { api, reader, client };

  const tablesBefore = await progress.step('table statistics flushed', async () => {
    await settle(ctx, null, 'a quiet system', () => Promise.resolve(true));
    await new Promise((resolve) => setTimeout(resolve, TABLE_STATS_FLUSH_MS));
    return { tables: await tableWrites(reader), statements: await statementSnapshot(reader) };
  });

  const driven: { procedure: Awaited<ReturnType<typeof driveProcedure>>; warmup: boolean }[] = [];
  const errors: string[] = [];
  for (let i = 0; i < want; i++)
    for (const source of ['local', 'outside'] as const) {
      const warmup = i < options.warmupPerSource;
      const pair = pairs[source][i];
      try {
        const procedure = await progress.step(
          `${warmup ? 'warm-up' : `procedure ${i + 1 - options.warmupPerSource}/${options.perSource}`}: ${source} candidate ${pair.cadreId} → ${pair.postId}`,
          () => driveProcedure(ctx, source, pair, `${driven.length + 1}/QĐ-BENCH`),
        );
        driven.push({ procedure, warmup });
      } catch (error) {
        errors.push(`${source} ${pair.cadreId} → ${pair.postId}: ${(error as Error).message}`);
        progress.info(`FAILED: ${errors.at(-1)}`);
      }
    }
  const loadAfter = loadavg();

  const rowsCheck = await progress.step('table statistics flushed again', async () => {
    await new Promise((resolve) => setTimeout(resolve, TABLE_STATS_FLUSH_MS));
    const tablesAfter = await tableWrites(reader);
    const statementsAfter = await statementSnapshot(reader);
    const tables = Object.entries(tablesAfter).reduce(
      (sum, [t, n]) => sum + n - (tablesBefore.tables[t] ?? 0),
      0,
    );
    const statements = sqlBetween(tablesBefore.statements, statementsAfter).rowsWritten;
    return { statements, tables, ratio: tables > 0 ? Math.round((statements / tables) * 1000) / 1000 : null };
  });

  const procedures: ProcedureCost[] = await progress.step('workflow histories read and cut by stage', () =>
    Promise.all(
      driven.map(async ({ procedure, warmup }) => {
        const events = await procedureEvents(client, procedure.id);
        return {
          id: procedure.id,
          source: procedure.source,
          warmup,
          exceptionGranted: procedure.exceptionGranted,
          stages: procedure.spans.map((span) => ({
            stage: span.stage,
            durationMs: span.to.at - span.from.at,
            temporal: temporalCost(eventsIn(events, span.from.at, span.to.at)),
            sql: sqlBetween(span.from, span.to),
          })),
        };
      }),
    ),
  );

  const shapes = stageShapes(procedures);
  const bareEvents = new Map<string, number>();
  await progress.step(`baseline: ${shapes.length + 1} bare workflows of the stages' shapes`, async () => {
    for (const shape of [{ activities: 0, updates: 0 }, ...shapes])
      bareEvents.set(`${shape.activities}/${shape.updates}`, (await bare.measure(shape)).events);
  });
  // A stage is mid-procedure: the bare workflow's own start and end (its shape 0/0) are not in it.
  const envelope = bareEvents.get('0/0') ?? 0;
  const summary = summarize(procedures, (shape, whole) => {
    const events = bareEvents.get(`${shape.activities}/${shape.updates}`) ?? Number.NaN;
    return whole ? events : events - envelope;
  });

  const restarts = systemRestarts(running);
  const results: CostResults = {
    ...resultHeader(options.name, quietness, loadAfter),
    devServer: devServerRecord(options),
    settings: {
      quick: options.quick,
      perSource: options.perSource,
      warmupPerSource: options.warmupPerSource,
      signOffs: COST_SIGN_OFFS,
      settleQuietMs: SETTLE_QUIET_MS,
    },
    summary,
    procedures,
    checks: { rowsWritten: rowsCheck, restarts, errors, ok: errors.length === 0 && restarts === 0 },
    durationSec: durationSec(bench),
  };
  const file = writeResultsFile(options.name, results);
  process.stdout.write(`\n${formatCostTable(summary)}\n`);
  process.stdout.write(
    `per procedure, min–max over ${options.perSource} of each source; bare: events of a bare workflow with the stage's activities and Updates.\n` +
      `rows written: ${rowsCheck.statements} by pg_stat_statements, ${rowsCheck.tables} by pg_stat_user_tables; ` +
      `${restarts} restarts; ${errors.length} errors → ${results.checks.ok ? 'ok' : 'NOT OK'}\nresults: ${file}\n`,
  );
  const checked = options.check ? compare(options.check, summary) : true;
  return results.checks.ok && checked;
}

const options = (() => {
  try {
    return readCostOptions(process.argv.slice(2));
  } catch {
    return null;
  }
})();

if (options?.check && options.result) {
  // Compare two result files; nothing is started.
  const summary = (JSON.parse(readFileSync(options.result, 'utf8')) as CostResults).summary;
  process.exit(compare(options.check, summary) ? 0 : 1);
} else {
  benchMain({
    readOptions: readCostOptions,
    usage: COST_USAGE,
    tempPrefix: 'personnel-cost-bench-',
    temporalRuntime: true,
    run,
  });
}
