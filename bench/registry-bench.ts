/**
 * `npm run bench:registry [-- --quick] [--cadres N] [--procedures N] [--seed S] [--requests-c1 N] [--requests-c8 N]
 *                          [--rounds N] [--inputs N] [--name NAME] [--wait-quiet SECONDS] [--log-level L]`
 *
 * The registry under a load-test data set (see bench/README.md, "Registry benchmark"): the system as
 * `npm start` runs it, 100,000 cadres written by the seed, then per query (list, search, detail,
 * eligibility, and GET /auth/me as the baseline) at concurrency 1 and 8: the HTTP latency, the same SQL
 * over `pg`, and the plans. Writes bench/results/<name>.json and prints a table.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { readOptions, USAGE, type RegistryBenchOptions } from './registry-options';
import { databaseFacts } from './registry-database';
import {
  describePlan,
  describeScans,
  explainStatements,
  planStability,
  tableSizes,
  type PlanStability,
  type StatementPlan,
} from './registry-plans';
import { aimVerdict, formatTables, type QueryResult, type RegistryResults } from './registry-report';
import { measureRegistry } from './registry-runs';
import {
  AIMS_P99_MS,
  BENCH_READER,
  drawInputs,
  ELIGIBILITY_AS_OF,
  scenarios as allScenarios,
  type Scenario,
} from './registry-scenarios';
import { runSeed } from './registry-seed';
import { INBOX_READER, writeVolume } from './registry-volume';
import { checkAgainstServerLog } from './registry-server-log';
import { openSqlCapture, type Statement } from './registry-sql';
import { benchMain, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { signIn } from './shared/sign-in';
import { round } from './shared/stats';

/** Fresh ANALYZE samples of cadre in the plan-stability check at the end. */
const STABILITY_TRIALS = 10;
const TRIGRAM_INDEXES = ['ix_cadre_search_name_trgm'];

async function timed(work: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await work();
  return round((performance.now() - began) / 1000, 2);
}

/** The scenarios `--only` names (unknown ids are a usage error), and always the baseline. */
function chosenScenarios(all: Scenario[], only: string[]): Scenario[] {
  if (only.length === 0) return all;
  const unknown = only.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length > 0)
    throw new Error(`--only: no scenario ${unknown.join(', ')} (known: ${all.map((s) => s.id).join(', ')})`);
  return all.filter((s) => s.group === 'baseline' || only.includes(s.id));
}

async function run(options: RegistryBenchOptions, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const serverLog: { lines: string[] | undefined } = { lines: undefined };
  const pools: Pool[] = [];
  bench.onStop(async () => {
    for (const pool of pools) await pool.end().catch(() => undefined);
  });
  const openPool = (max: number, applicationName: string, databaseUrl: string) => {
    const pool = new Pool({ connectionString: databaseUrl, max, application_name: applicationName });
    pools.push(pool);
    return pool;
  };

  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  const running = await bench.startSystem({
    // The bench writes its own data set below.
    seed: false,
    logLevel: options.logLevel,
    onLog: (source, line) => {
      if (source === 'postgres') serverLog.lines?.push(line);
    },
  });
  const databaseUrl = running.databaseUrl;
  const admin = openPool(2, 'bench-registry-admin', databaseUrl);

  // 1. The data set: the seed as a person runs it, then ANALYZE as the brief of the bench says.
  const seeded = await progress.step(
    `npm run seed -- --cadres ${options.cadres} --seed ${options.seed}`,
    () => runSeed(databaseUrl, options, progress),
  );
  const volume = await progress.step(
    `${options.procedures.toLocaleString('en-US')} procedures: their tasks and journal steps, by SQL`,
    () => writeVolume(admin, { procedures: options.procedures }),
  );
  for (const s of volume.stages) progress.info(`${s.label} (${s.sec} s)`);
  const analyzeSec = await progress.step('ANALYZE', () => timed(() => admin.query('ANALYZE')));

  // 2. The SQL of every request, from the library code the API runs.
  const inputs = await drawInputs(admin, options.inputs);
  const scenarios = chosenScenarios(allScenarios(inputs), options.only);
  const lib = await openSqlCapture(databaseUrl);
  bench.onStop(() => lib.close());
  const statements = new Map<string, Statement[][]>();
  await progress.step('capturing the SQL of each request (library code, TypeORM logger)', async () => {
    for (const scenario of scenarios) {
      const perInput: Statement[][] = [];
      for (let i = 0; i < scenario.inputs; i++)
        perInput.push(await lib.statementsOf(() => scenario.libraryCall(lib, i)));
      statements.set(scenario.id, perInput);
    }
  });

  // 3. Plans right after the load (ANALYZE done, no VACUUM yet), then VACUUM: the state autovacuum
  //    reaches on its own, and the one the measured runs see.
  const sizesAfterLoad = await tableSizes(admin);
  const plansAfterLoad = new Map<string, StatementPlan[]>();
  await progress.step('EXPLAIN of list and search right after the load', async () => {
    for (const scenario of scenarios.filter((s) => s.group === 'list' || s.group === 'search'))
      plansAfterLoad.set(
        scenario.id,
        await explainStatements(
          admin,
          statements.get(scenario.id)?.[0] ?? [],
          scenario.roles,
          sizesAfterLoad,
        ),
      );
  });
  const ginPendingPagesFlushed: Record<string, number> = {};
  for (const index of TRIGRAM_INDEXES) {
    const { rows } = await admin.query<{ pages: string }>(
      `SELECT gin_clean_pending_list($1::regclass) AS pages`,
      [index],
    );
    ginPendingPagesFlushed[index] = Number(rows[0].pages);
  }
  progress.info(`GIN pending-list pages flushed: ${JSON.stringify(ginPendingPagesFlushed)}`);
  const vacuumSec = await progress.step('VACUUM (ANALYZE)', () =>
    timed(() => admin.query('VACUUM (ANALYZE)')),
  );

  // 4. Signed in as each reader; each first request once with the statement log on.
  const tokens = new Map<string, string>();
  for (const reader of new Set(scenarios.map((s) => s.reader ?? BENCH_READER)))
    tokens.set(reader, await signIn(running.apiUrl, reader));
  const tokenFor = (scenario: { reader?: string }) => tokens.get(scenario.reader ?? BENCH_READER) as string;
  const seen = await progress.step('statement log: the captured SQL is what the API runs', () =>
    checkAgainstServerLog(admin, serverLog, running.apiUrl, tokenFor, scenarios, statements),
  );
  for (const scenario of scenarios) {
    const s = seen.get(scenario.id);
    if (s && s.found < s.statements)
      progress.info(`${scenario.label}: only ${s.found}/${s.statements} statements found in the server log`);
  }

  // 5. The measured runs.
  const { figures, errors, cpuDuringRounds } = await measureRegistry({
    scenarios,
    statements,
    options,
    apiUrl: running.apiUrl,
    tokenFor,
    openPool: (max) => openPool(max, 'bench-registry-direct', databaseUrl),
    closePool: async (pool) => {
      await pool.end();
      pools.splice(pools.indexOf(pool), 1);
    },
    progress,
  });
  const loadAfter = loadavg();

  // 6. Plans with warm caches, after the runs.
  const sizes = await tableSizes(admin);
  const plans = new Map<string, StatementPlan[]>();
  await progress.step('EXPLAIN (ANALYZE, BUFFERS) of every read', async () => {
    for (const scenario of scenarios)
      plans.set(
        scenario.id,
        await explainStatements(admin, statements.get(scenario.id)?.[0] ?? [], scenario.roles, sizes),
      );
  });

  const listAndSearch = scenarios.filter((s) => s.group === 'list' || s.group === 'search');
  const stability: Map<string, PlanStability[]> = await progress.step(
    `plan stability: ${STABILITY_TRIALS} × (ANALYZE cadre, EXPLAIN of list and search)`,
    () =>
      planStability(
        admin,
        new Map(
          listAndSearch.map((s) => [s.id, { statements: statements.get(s.id)?.[0] ?? [], roles: s.roles }]),
        ),
        STABILITY_TRIALS,
      ),
  );

  const database = await databaseFacts(admin);

  const queries: QueryResult[] = scenarios.map((scenario) => {
    const levels = figures.get(scenario.id) ?? [];
    const first = scenario.request(0);
    const statementPlans = plans.get(scenario.id) ?? [];
    const s = seen.get(scenario.id);
    return {
      id: scenario.id,
      label: scenario.label,
      group: scenario.group,
      request: `${first.method} ${first.path}${first.body === undefined ? '' : ` ${JSON.stringify(first.body)}`}`,
      inputs: scenario.inputs,
      answer: s?.answer ?? {},
      statementsPerRequest: statements.get(scenario.id)?.[0]?.length ?? 0,
      sqlSeenInServerLog: { statements: s?.statements ?? 0, found: s?.found ?? 0 },
      levels,
      aim: aimVerdict(AIMS_P99_MS[scenario.group], levels),
      planSummary: statementPlans.map(describePlan),
      plans: statementPlans,
      plansAfterLoad:
        plansAfterLoad.get(scenario.id)?.map((p) => ({
          role: p.role,
          verdict: p.verdict,
          indexes: p.indexes,
          seqScans: p.seqScans,
          summary: describeScans(p),
          executionMs: p.executionMs,
        })) ?? null,
      planStability: stability.get(scenario.id) ?? null,
    };
  });
  const restarts = systemRestarts(running);
  const sqlSeen = queries.every((q) => q.sqlSeenInServerLog.found === q.sqlSeenInServerLog.statements);
  const header = resultHeader(options.name, quietness, loadAfter);
  const results: RegistryResults = {
    ...header,
    machine: { ...header.machine, cpuDuringRounds },
    postgres: { version: database.version, settings: database.settings },
    dataset: {
      cadres: options.cadres,
      seed: options.seed,
      ...seeded,
      analyzeSec,
      ginPendingPagesFlushed,
      vacuumSec,
      volume,
      rows: database.rows,
      databaseBytes: database.databaseBytes,
    },
    settings: {
      quick: options.quick,
      requests: options.requests,
      warmup: options.warmup,
      rounds: options.rounds,
      inputs: options.inputs,
      logLevel: options.logLevel,
      levels: options.levels,
      only: options.only,
      reader: `${BENCH_READER} (registry), ${INBOX_READER} (inbox)`,
      eligibilityAsOf: ELIGIBILITY_AS_OF,
      stabilityTrials: STABILITY_TRIALS,
      directSqlPool: 'pg.Pool with max = concurrency; one connection per request, statements in order',
      order:
        'per level: warm-up of every query (HTTP, then SQL), then per round and query: HTTP share, SQL share',
    },
    aims: {
      listSearchP99Ms: AIMS_P99_MS.list?.c1 ?? 20,
      eligibilityP99Ms: AIMS_P99_MS.eligibility?.c1 ?? 10,
      listSearchInboxP99MsC8: AIMS_P99_MS.list?.c8 ?? 50,
      judgedOn: 'HTTP p99 at c=1 and at c=8 (at or under the aim meets it)',
    },
    queries,
    checks: {
      errors,
      restarts,
      sqlSeenInServerLog: sqlSeen,
      ok: errors === 0 && restarts === 0 && sqlSeen,
    },
    durationSec: durationSec(bench),
  };

  const file = writeResultsFile(options.name, results);

  process.stdout.write(`\n${formatTables(results)}\n`);
  const aims = queries.filter((q) => q.aim !== null);
  process.stdout.write(
    `aims (HTTP p99): ${options.levels
      .map(
        (c) =>
          `c=${c} ${aims.filter((q) => q.aim?.[c === 1 ? 'c1' : 'c8'] === 'met').length}/${aims.length} met`,
      )
      .join(', ')}` +
      `${
        aims.some((q) => q.aim?.c1 !== 'met')
          ? `; not met at c=1: ${aims
              .filter((q) => q.aim?.c1 !== 'met')
              .map((q) => q.label)
              .join(', ')}`
          : ''
      }\n` +
      `checks: ${errors} errors; ${restarts} restarts; captured SQL found in the server log: ${sqlSeen ? 'yes' : 'NO'} → ${results.checks.ok ? 'ok' : 'NOT OK'}\n` +
      `results: ${file}\n`,
  );
  return results.checks.ok;
}

benchMain({
  readOptions,
  usage: USAGE,
  tempPrefix: 'personnel-bench-registry-',
  temporalRuntime: false,
  run,
});
