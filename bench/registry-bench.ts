/**
 * `npm run bench:registry [-- --quick] [--cadres N] [--seed S] [--requests-c1 N] [--requests-c8 N]
 *                          [--rounds N] [--inputs N] [--name NAME] [--wait-quiet SECONDS] [--log-level L]`
 *
 * The registry under a load-test data set (see bench/README.md, "Registry benchmark"): the system as
 * `npm start` runs it, 100,000 cadres written by the seed, then per query (list, search, detail,
 * eligibility, and GET /auth/me as the baseline) at concurrency 1 and 8: the HTTP latency, the same SQL
 * over `pg`, and the plans. Writes bench/results/<name>.json and prints a table.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import {
  consoleProgress,
  DEMO_PASSWORD,
  freePort,
  startSystem,
  type Progress,
  type RunningSystem,
} from '@personnel/dev-runtime';
import {
  closedLoop,
  httpCall,
  InputCursor,
  send,
  sqlCall,
  summarizeSamples,
  type Call,
  type Samples,
} from './registry-load';
import { cpuSpan, gitInfo, machineInfo, quietnessBeforeRun, type CpuShares } from './machine';
import { readOptions, USAGE, type RegistryBenchOptions } from './registry-options';
import {
  describePlan,
  describeScans,
  explainStatements,
  planStability,
  tableSizes,
  type PlanStability,
  type StatementPlan,
} from './registry-plans';
import {
  aimVerdict,
  formatTables,
  levelFigures,
  type LevelFigures,
  type QueryResult,
  type RegistryResults,
} from './registry-report';
import {
  AIMS_P99_MS,
  BENCH_READER,
  drawInputs,
  ELIGIBILITY_AS_OF,
  scenarios as allScenarios,
  type Scenario,
} from './registry-scenarios';
import { normaliseSql, openSqlCapture, type Statement } from './registry-sql';
import { round } from './stats';

const REPO_ROOT = resolve(__dirname, '..');
const LEVELS = [1, 8] as const;
/** Fresh ANALYZE samples of cadre in the plan-stability check at the end. */
const STABILITY_TRIALS = 10;
const TRIGRAM_INDEXES = ['ix_cadre_search_name_trgm', 'ix_cadre_code_trgm'];
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `npm run seed` as a child process (the way a person loads a data set); its stage lines are kept. */
async function runSeed(
  databaseUrl: string,
  options: RegistryBenchOptions,
  progress: Progress,
): Promise<{ seedSec: number; seedStages: { label: string; sec: number }[] }> {
  const began = performance.now();
  const lines: string[] = [];
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'tools', 'run-ts.js'),
        'tools/seed/cli.ts',
        '--cadres',
        String(options.cadres),
        '--seed',
        options.seed,
        '--database-url',
        databaseUrl,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const split = text.split('\n');
      partial = split.pop() ?? '';
      lines.push(...split);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      if (partial) lines.push(partial);
      resolveExit(exitCode);
    });
  });
  const seedSec = round((performance.now() - began) / 1000, 1);
  if (code !== 0) throw new Error(`npm run seed exited with ${code}:\n${lines.slice(-20).join('\n')}`);
  for (const line of lines) if (/^\s{2}\S/.test(line)) progress.info(line.trim());
  const seedStages = lines.flatMap((line) => {
    const match = /^✔ (.+) \((\d+(?:\.\d+)?) s\)$/.exec(line);
    return match ? [{ label: match[1], sec: Number(match[2]) }] : [];
  });
  return { seedSec, seedStages };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const began = performance.now();
  await work();
  return round((performance.now() - began) / 1000, 2);
}

/** What the first request of a scenario answered, in a few fields (the full body stays out of the JSON). */
function answerOf(scenario: Scenario, text: string): Record<string, unknown> {
  const body = JSON.parse(text) as Record<string, unknown>;
  switch (scenario.group) {
    case 'baseline':
      return { username: body.username, roles: body.roles };
    case 'list':
    case 'search': {
      const items = (body.items as { code: string; fullName: string }[]) ?? [];
      return {
        total: body.total,
        items: items.length,
        first: items[0] ? `${items[0].code} ${items[0].fullName}` : null,
      };
    }
    case 'detail':
      return {
        code: body.code,
        assignments: (body.assignments as unknown[]).length,
        evaluations: (body.evaluations as unknown[]).length,
        trainingCompletions: (body.trainingCompletions as unknown[]).length,
      };
    case 'eligibility':
      return {
        eligible: body.eligible,
        legalBasis: body.legalBasis,
        checks: (body.checks as unknown[]).length,
        failed: (body.checks as { rule: string; passed: boolean }[])
          .filter((c) => !c.passed)
          .map((c) => c.rule),
      };
  }
}

/**
 * Sends the first request of each scenario once with Postgres' statement log on (the bench's own
 * server, `ALTER SYSTEM`), and looks for every captured statement in what the server logged meanwhile:
 * proof that the SQL replayed and explained is the SQL the API runs.
 */
async function checkAgainstServerLog(
  admin: Pool,
  serverLog: { lines: string[] | undefined },
  apiUrl: string,
  token: string,
  list: readonly Scenario[],
  statements: ReadonlyMap<string, Statement[][]>,
): Promise<Map<string, { answer: Record<string, unknown>; found: number; statements: number }>> {
  const seen = new Map<string, { answer: Record<string, unknown>; found: number; statements: number }>();
  await admin.query(`ALTER SYSTEM SET log_min_duration_statement = 0`);
  await admin.query(`SELECT pg_reload_conf()`);
  try {
    await sleep(500);
    serverLog.lines = [];
    for (const scenario of list) {
      const from = serverLog.lines.length;
      const request = scenario.request(0);
      const answer = await send(apiUrl, token, request);
      if (answer.status !== 200)
        throw new Error(
          `${request.method} ${request.path} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
        );
      await sleep(150);
      const logged = normaliseSql(serverLog.lines.slice(from).join('\n'));
      const captured = statements.get(scenario.id)?.[0] ?? [];
      seen.set(scenario.id, {
        answer: answerOf(scenario, answer.text),
        statements: captured.length,
        found: captured.filter((s) => logged.includes(normaliseSql(s.sql))).length,
      });
    }
  } finally {
    serverLog.lines = undefined;
    await admin.query(`ALTER SYSTEM RESET log_min_duration_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
  }
  return seen;
}

async function signIn(apiUrl: string, username: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken?: unknown };
  if (response.status !== 200 || typeof body.accessToken !== 'string')
    throw new Error(`sign-in of ${username} answered ${response.status}`);
  return body.accessToken;
}

/** Splits n into `parts` near-equal positive shares. */
function shares(n: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}

interface Sides {
  http: Call;
  sql: Call;
  cursors: { http: InputCursor; sql: InputCursor };
}

async function main(): Promise<number> {
  let options: RegistryBenchOptions;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const began = performance.now();
  const progress = consoleProgress();
  const dataDir = mkdtempSync(join(tmpdir(), 'personnel-bench-registry-'));
  const recentLines: string[] = [];
  const serverLog: { lines: string[] | undefined } = { lines: undefined };
  const pools: Pool[] = [];
  let capture: Awaited<ReturnType<typeof openSqlCapture>> | undefined;
  let system: RunningSystem | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await capture?.close().catch(() => undefined);
      for (const pool of pools) await pool.end().catch(() => undefined);
      const running = system;
      if (running) await progress.step('stopping API, worker, Temporal and Postgres', () => running.stop());
      rmSync(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stdout.write(`\n… ${signal}: stopping\n`);
      void stop().finally(() => process.exit(130));
    });
  }
  const newPool = (max: number, applicationName: string, databaseUrl: string) => {
    const pool = new Pool({ connectionString: databaseUrl, max, application_name: applicationName });
    pools.push(pool);
    return pool;
  };

  try {
    const { busyBefore, loadBefore } = await quietnessBeforeRun(options.waitQuietSec, progress);
    const [pgPort, temporalPort, temporalUiPort, apiPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    progress.info(`data in ${dataDir}`);
    system = await startSystem({
      dataDir,
      pgPort,
      temporalPort,
      temporalUiPort,
      apiPort,
      namespace: 'default',
      taskQueue: 'personnel-decisions',
      workflowBundlePath: join(dataDir, 'workflow-bundle.js'),
      temporalHeadless: true,
      // The bench writes its own data set below.
      seed: false,
      logLevel: options.logLevel,
      progress,
      onLog: (source, line) => {
        if (source === 'postgres') serverLog.lines?.push(line);
        recentLines.push(`[${source}] ${line}`);
        if (recentLines.length > 40) recentLines.shift();
      },
    });
    const running = system;
    const databaseUrl = running.databaseUrl;
    const admin = newPool(2, 'bench-registry-admin', databaseUrl);

    // 1. The data set: the seed as a person runs it, then ANALYZE as the brief of the bench says.
    const seeded = await progress.step(
      `npm run seed -- --cadres ${options.cadres} --seed ${options.seed}`,
      () => runSeed(databaseUrl, options, progress),
    );
    const analyzeSec = await progress.step('ANALYZE', () => timed(() => admin.query('ANALYZE')));

    // 2. The SQL of every request, from the library code the API runs.
    const inputs = await drawInputs(admin, options.inputs);
    const scenarios = allScenarios(inputs);
    capture = await openSqlCapture(databaseUrl);
    const lib = capture;
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

    // 4. Signed in as a reader; each first request once with the statement log on.
    const token = await signIn(running.apiUrl, BENCH_READER);
    const seen = await progress.step('statement log: the captured SQL is what the API runs', () =>
      checkAgainstServerLog(admin, serverLog, running.apiUrl, token, scenarios, statements),
    );
    for (const scenario of scenarios) {
      const s = seen.get(scenario.id);
      if (s && s.found < s.statements)
        progress.info(
          `${scenario.label}: only ${s.found}/${s.statements} statements found in the server log`,
        );
    }

    // 5. The measured runs: per level a warm-up of every query, then rounds of (HTTP share, SQL share) per query.
    const cursors = new Map(
      scenarios.map((s) => [s.id, { http: new InputCursor(s.inputs), sql: new InputCursor(s.inputs) }]),
    );
    const figures = new Map<string, LevelFigures[]>(scenarios.map((s) => [s.id, []]));
    let errors = 0;
    const cpuDuringRounds: Record<string, CpuShares> = {};
    for (const concurrency of LEVELS) {
      const key = concurrency === 1 ? 'c1' : 'c8';
      const direct = newPool(concurrency, 'bench-registry-direct', databaseUrl);
      const sides = new Map<string, Sides>(
        scenarios.map((s) => [
          s.id,
          {
            http: httpCall(running.apiUrl, token, (i) => s.request(i)),
            sql: sqlCall(direct, statements.get(s.id) ?? []),
            cursors: cursors.get(s.id) as Sides['cursors'],
          },
        ]),
      );
      const run = async (scenario: Scenario, side: 'http' | 'sql', n: number) => {
        const entry = sides.get(scenario.id) as Sides;
        const samples = await closedLoop(concurrency, n, entry.cursors[side], entry[side]);
        errors += samples.errors;
        if (samples.errors > 0)
          progress.info(
            `${scenario.label} ${side} c=${concurrency}: ${samples.errors} FAILED: ${samples.errorSamples.join(' | ')}`,
          );
        return samples;
      };
      await progress.step(
        `c=${concurrency}: warm-up, ${options.warmup[key]} requests per query and side`,
        async () => {
          for (const scenario of scenarios) {
            await run(scenario, 'http', options.warmup[key]);
            await run(scenario, 'sql', options.warmup[key]);
          }
        },
      );
      const measured = new Map(scenarios.map((s) => [s.id, { http: [] as Samples[], sql: [] as Samples[] }]));
      const span = cpuSpan();
      for (const [r, n] of shares(options.requests[key], options.rounds).entries()) {
        await progress.step(
          `c=${concurrency}: round ${r + 1}/${options.rounds}, ${n} requests per query and side`,
          async () => {
            for (const scenario of scenarios) {
              const m = measured.get(scenario.id) as { http: Samples[]; sql: Samples[] };
              m.http.push(await run(scenario, 'http', n));
              m.sql.push(await run(scenario, 'sql', n));
            }
          },
        );
      }
      cpuDuringRounds[key] = span();
      if ((cpuDuringRounds[key].other ?? 0) > 0.1)
        progress.info(
          `other processes used ${Math.round((cpuDuringRounds[key].other ?? 0) * 100)} % of the cores during c=${concurrency}: figures are disturbed`,
        );
      const baseline = summarizeSamples(measured.get('auth-me')?.http ?? []);
      for (const scenario of scenarios) {
        const m = measured.get(scenario.id) as { http: Samples[]; sql: Samples[] };
        const level = levelFigures(concurrency, summarizeSamples(m.http), summarizeSamples(m.sql), baseline);
        figures.get(scenario.id)?.push(level);
        progress.info(
          `${scenario.label}, c=${concurrency}: p50 ${level.http.latency.p50} / p99 ${level.http.latency.p99} ms, ` +
            `${level.http.throughputPerSec}/s; SQL p50 ${level.sql.latency.p50} / p99 ${level.sql.latency.p99} ms`,
        );
      }
      await direct.end();
      pools.splice(pools.indexOf(direct), 1);
    }
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
      [
        [
          'shared_buffers',
          'work_mem',
          'effective_cache_size',
          'random_page_cost',
          'jit',
          'max_parallel_workers_per_gather',
          'gin_pending_list_limit',
          'fsync',
        ],
      ],
    );
    const { rows: versionRows } = await admin.query<{ v: string }>(`SELECT version() AS v`);

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
    const restarts = (running.api?.restarts ?? 0) + (running.worker?.restarts ?? 0);
    const sqlSeen = queries.every((q) => q.sqlSeenInServerLog.found === q.sqlSeenInServerLog.statements);
    const results: RegistryResults = {
      name: options.name,
      date: new Date().toISOString(),
      git: gitInfo(),
      machine: {
        ...machineInfo(),
        cpuBusyBeforeRun: busyBefore,
        loadAverageBefore: loadBefore.map((l) => round(l)),
        loadAverageAfter: loadAfter.map((l) => round(l)),
        cpuDuringRounds,
      },
      postgres: {
        version: versionRows[0].v,
        settings: Object.fromEntries(
          settingRows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]),
        ),
      },
      dataset: {
        cadres: options.cadres,
        seed: options.seed,
        ...seeded,
        analyzeSec,
        ginPendingPagesFlushed,
        vacuumSec,
        rows,
        databaseBytes: Number(dbSize[0].bytes),
      },
      settings: {
        quick: options.quick,
        requests: options.requests,
        warmup: options.warmup,
        rounds: options.rounds,
        inputs: options.inputs,
        logLevel: options.logLevel,
        reader: BENCH_READER,
        eligibilityAsOf: ELIGIBILITY_AS_OF,
        stabilityTrials: STABILITY_TRIALS,
        directSqlPool: 'pg.Pool with max = concurrency; one connection per request, statements in order',
        order:
          'per level: warm-up of every query (HTTP, then SQL), then per round and query: HTTP share, SQL share',
      },
      aims: {
        listSearchP99Ms: AIMS_P99_MS.list ?? 20,
        eligibilityP99Ms: AIMS_P99_MS.eligibility ?? 10,
        judgedOn: 'HTTP p99 at c=1 (c=8 reported beside it)',
      },
      queries,
      checks: {
        errors,
        restarts,
        sqlSeenInServerLog: sqlSeen,
        ok: errors === 0 && restarts === 0 && sqlSeen,
      },
      durationSec: round((performance.now() - began) / 1000, 1),
    };

    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${options.name}.json`);
    const partial = join(dir, `${options.name}.tmp.json`);
    writeFileSync(partial, `${JSON.stringify(results, null, 2)}\n`);
    renameSync(partial, file);

    process.stdout.write(`\n${formatTables(results)}\n`);
    const aims = queries.filter((q) => q.aim !== null);
    process.stdout.write(
      `aims (HTTP p99 at c=1): ${aims.filter((q) => q.aim?.c1 === 'met').length}/${aims.length} met` +
        `${
          aims.some((q) => q.aim?.c1 !== 'met')
            ? `; not met: ${aims
                .filter((q) => q.aim?.c1 !== 'met')
                .map((q) => q.label)
                .join(', ')}`
            : ''
        }\n` +
        `checks: ${errors} errors; ${restarts} restarts; captured SQL found in the server log: ${sqlSeen ? 'yes' : 'NO'} → ${results.checks.ok ? 'ok' : 'NOT OK'}\n` +
        `results: ${file}\n`,
    );
    await stop();
    return results.checks.ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`\n✖ ${(error as Error).stack ?? String(error)}\n`);
    if (recentLines.length > 0)
      process.stderr.write(`last lines of the system:\n${recentLines.join('\n')}\n`);
    await stop();
    return 1;
  }
}

void main().then((code) => process.exit(code));
