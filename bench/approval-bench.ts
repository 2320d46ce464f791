/**
 * `npm run bench:approval [-- --quick] [--iterations-c1 N] [--iterations-c8 N] [--rounds N] [--steps N]
 *                          [--setup-concurrency N] [--name NAME] [--wait-quiet SECONDS] [--log-level L]
 *                          [--bare-decision local|task]`
 *
 * The approval round trip against the bare Update (see bench/README.md), one run, one dev server:
 *   A  POST /api/v1/tasks/<workflow id>/<task key>/decide {verdict:'approve'} with a real token →
 *      Update on appointmentWorkflow → the task row (done, approve) and its `task_decided` step read back
 *      from Postgres;
 *   B  `executeUpdate(decide)` on the nomination bench's bare workflow (bench/bare-workflow.ts; its setup
 *      and rounds in bench/approval-baseline.ts), started and past its proposal before the clock runs;
 *      its decision's no-op a local activity, as the appointment's journal write is (`--bare-decision
 *      task`: an activity task, the baseline before).
 * Appointments are brought to their parallel sign-off in setup (not measured). Each at concurrency 1
 * and 8; writes bench/results/<name>.json and prints a table.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { TaskCommandAnswer } from '@personnel/contracts';
import type { Progress } from '@personnel/dev-runtime';
import { BARE_TASK_QUEUE, startBareSide, type BareSide } from './bare-workflow';
import { setUpBareRounds } from './approval-baseline';
import { APPROVAL_USAGE, readApprovalOptions, type ApprovalOptions } from './approval-options';
import { ApprovalProfile } from './approval-profile';
import {
  accountsNeeded,
  findCandidatePairs,
  PROPOSER,
  setUpAppointment,
  type CandidatePair,
  type ReadyAppointment,
} from './approval-setup';
import {
  approvalRatios,
  formatApprovalTable,
  summarizeApprovals,
  summarizeBaseline,
  type ApprovalBenchResults,
  type ApprovalLevel,
  type ApprovalSample,
  type PhaseSamples,
  type UpdateSample,
} from './approval-report';
import { benchMain, BENCH_NAMESPACE, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { closedLoop, overItems, shares } from './shared/closed-loop';
import { cpuSpan } from './shared/cpu-usage';
import { devServerRecord } from './shared/dev-server';
import { http, unexpected } from './shared/http';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { signInAll, type Tokens } from './shared/sign-in';
import { round } from './shared/stats';

/** How long A keeps reading Postgres after the 200 before it calls the approval failed. */
const VISIBLE_WITHIN_MS = 10_000;

/** One approval of side A: a sign-off task of an appointment at its sign-off stage. */
interface ApprovalItem {
  appointment: ReadyAppointment;
  taskKey: string;
  approver: string;
  lastOfRound: boolean;
}

/**
 * The items of a level, task-major (every appointment's first task, then every second one, …): callers
 * running side by side decide tasks of different appointments, as approvers of different cases would,
 * rather than queueing Updates on one workflow.
 */
function approvalItems(appointments: readonly ReadyAppointment[]): ApprovalItem[] {
  const items: ApprovalItem[] = [];
  const steps = Math.max(...appointments.map((a) => a.tasks.length));
  for (let t = 0; t < steps; t++)
    for (const appointment of appointments) {
      const task = appointment.tasks[t];
      if (task) items.push({ appointment, ...task, lastOfRound: t === appointment.tasks.length - 1 });
    }
  return items;
}

const VISIBLE_SQL = `
  SELECT t.status, t.outcome,
         EXISTS (SELECT 1 FROM workflow_step s
                  WHERE s.workflow_id = $1 AND s.kind = 'task_decided' AND s.payload->>'taskKey' = $2) AS recorded
    FROM procedure_task t
   WHERE t.workflow_id = $1 AND t.task_key = $2`;

/**
 * Side A, one approval: the approver's POST .../decide, then Postgres read (from the bench, over `pg`)
 * until the task row says done/approve and the `task_decided` step of that task is there.
 */
function approve(tokens: Tokens, pool: Pool) {
  return async (item: ApprovalItem): Promise<ApprovalSample> => {
    const token = tokens.get(item.approver);
    if (!token) throw new Error(`no token for ${item.approver}`);
    const url = `${item.appointment.tasksPath}/${encodeURIComponent(item.taskKey)}/decide`;
    const began = performance.now();
    const answer = await http('POST', url, token, { verdict: 'approve' });
    const httpMs = performance.now() - began;
    if (answer.status !== 200) throw unexpected(`POST ${item.taskKey}/decide`, answer);
    const task = (answer.body as TaskCommandAnswer).tasks?.find((t) => t.taskKey === item.taskKey);
    if (task?.status !== 'done' || task.outcome !== 'approve')
      throw new Error(`decide ${item.taskKey} answered 200 with the task ${JSON.stringify(task)}`);
    let extraPolls = 0;
    for (let delay = 2; ; delay = Math.min(delay * 2, 20)) {
      const { rows } = await pool.query<{ status: string; outcome: string | null; recorded: boolean }>(
        VISIBLE_SQL,
        [item.appointment.id, item.taskKey],
      );
      const row = rows[0];
      if (row?.status === 'done' && row.outcome === 'approve' && row.recorded) break;
      if (performance.now() - began > VISIBLE_WITHIN_MS)
        throw new Error(
          `${item.appointment.id} ${item.taskKey}: not in Postgres ${VISIBLE_WITHIN_MS} ms after the 200`,
        );
      extraPolls++;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    return { httpMs, roundTripMs: performance.now() - began, extraPolls, lastOfRound: item.lastOfRound };
  };
}

interface Context {
  apiUrl: string;
  tokens: Tokens;
  pool: Pool;
  bare: BareSide;
  pairs: CandidatePair[];
  options: ApprovalOptions;
  progress: Progress;
  /** Every appointment set up and every approval sent, for the Postgres check at the end. */
  appointments: ReadyAppointment[];
  approvalsSent: ApprovalItem[];
  pairCursor: number;
  /** The log lines of the level being measured (see approval-profile.ts). */
  profile: ApprovalProfile;
}

async function measureLevel(ctx: Context, concurrency: number): Promise<ApprovalLevel> {
  const { options, progress } = ctx;
  const key = `c${concurrency}`;
  const iterations = options.iterations[key];
  const warmup = options.warmup[key];
  const total = iterations + warmup;
  const needed = Math.ceil(total / options.steps);

  const setupBegan = performance.now();
  const appointments: ReadyAppointment[] = new Array(needed);
  const setUp = await progress.step(
    `setup, c=${concurrency}: ${needed} appointments to their sign-off (${options.steps} tasks each)`,
    () =>
      closedLoop(options.setupConcurrency, needed, async (i) => {
        const pair = ctx.pairs[(ctx.pairCursor + i) % ctx.pairs.length];
        appointments[i] = await setUpAppointment(ctx.apiUrl, ctx.tokens, pair, options.steps);
      }),
  );
  ctx.pairCursor += needed;
  if (setUp.errors > 0) throw new Error(`setup failed ${setUp.errors}×: ${setUp.errorSamples.join(' | ')}`);
  const appointmentsSec = (performance.now() - setupBegan) / 1000;
  ctx.appointments.push(...appointments);
  const items = approvalItems(appointments).slice(0, total);

  const bareBegan = performance.now();
  const runB = await setUpBareRounds(ctx.bare, progress, concurrency, total, options.bareDecision);
  const bareWorkflowsSec = (performance.now() - bareBegan) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  let aAt = 0;
  const runA = async (n: number, what: string) => {
    const slice = items.slice(aAt, (aAt += n));
    ctx.approvalsSent.push(...slice);
    const phase = await progress.step(
      `A HTTP → Update → Postgres, c=${concurrency}: ${what}, ${n} approvals`,
      () => overItems(concurrency, slice, approve(ctx.tokens, ctx.pool)),
    );
    if (phase.errors > 0) progress.info(`${phase.errors} FAILED: ${phase.errorSamples.join(' | ')}`);
    return phase;
  };

  await runB(warmup, 'warm-up');
  await runA(warmup, 'warm-up');
  const measuredB: PhaseSamples<UpdateSample>[] = [];
  const measuredA: PhaseSamples<ApprovalSample>[] = [];
  const profile = (ctx.profile = new ApprovalProfile());
  const cpu = cpuSpan();
  for (const [r, n] of shares(iterations, options.rounds).entries()) {
    const what = options.rounds > 1 ? `round ${r + 1}/${options.rounds}` : 'measured';
    measuredB.push(await runB(n, what));
    profile.recording = true;
    measuredA.push(await runA(n, what));
    profile.recording = false;
  }
  const cpuDuringRounds = cpu();
  const baseline = summarizeBaseline(measuredB);
  const api = summarizeApprovals(measuredA);
  progress.info(
    `c=${concurrency}: B ${baseline.throughputPerSec}/s, Update p50 ${baseline.update.p50} ms; ` +
      `A ${api.throughputPerSec}/s, round trip p50 ${api.roundTrip.p50} ms (HTTP ${api.http.p50} ms)`,
  );
  const setupMs = appointments.map((a) => a.setupMs).sort((x, y) => x - y);
  return {
    concurrency,
    iterations,
    warmupIterations: warmup,
    rounds: options.rounds,
    appointments: needed,
    setup: {
      appointmentsSec: round(appointmentsSec, 1),
      appointmentP50Ms: round(setupMs[Math.ceil(setupMs.length / 2) - 1] ?? Number.NaN, 0),
      bareWorkflowsSec: round(bareWorkflowsSec, 1),
    },
    cpuDuringRounds,
    baseline,
    api,
    ratio: approvalRatios(api, baseline),
    profile: profile.summary(),
  };
}

async function checkPostgres(
  pool: Pool,
  appointments: readonly ReadyAppointment[],
  sent: readonly ApprovalItem[],
): Promise<ApprovalBenchResults['checks']['postgres']> {
  const ids = appointments.map((a) => a.id);
  const approved = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM procedure_task
      WHERE workflow_id = ANY($1) AND kind = 'sign_off' AND status = 'done' AND outcome = 'approve'`,
    [ids],
  );
  const steps = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM workflow_step WHERE workflow_id = ANY($1) AND kind = 'task_decided'`,
    [ids],
  );
  const awaiting = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM procedure WHERE id = ANY($1) AND kind = 'appointment' AND stage = 'awaiting_decision'`,
    [ids],
  );
  const sentKeys = new Set(sent.map((s) => `${s.appointment.id} ${s.taskKey}`));
  const fullyApproved = appointments.filter((a) =>
    a.tasks.every((t) => sentKeys.has(`${a.id} ${t.taskKey}`)),
  ).length;
  const result = {
    approvalsSent: sent.length,
    tasksDoneApproved: Number(approved.rows[0].n),
    taskDecidedSteps: Number(steps.rows[0].n),
    appointmentsFullyApproved: fullyApproved,
    appointmentsAwaitingDecision: Number(awaiting.rows[0].n),
  };
  return {
    ...result,
    ok:
      result.tasksDoneApproved === result.approvalsSent &&
      result.taskDecidedSteps === result.approvalsSent &&
      result.appointmentsAwaitingDecision === result.appointmentsFullyApproved,
  };
}

async function run(options: ApprovalOptions, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  let profile = new ApprovalProfile();
  const running = await bench.startSystem({
    dynamicConfig: options.dynamicConfig,
    sqlitePragmas: options.sqlitePragmas,
    // The bench drives the API only; the panel's build is not needed.
    webPanel: false,
    logLevel: options.logLevel,
    onLog: (source, line) => profile.onLog(source, line),
  });
  const bare = await progress.step(`bare worker on task queue ${BARE_TASK_QUEUE}`, () =>
    startBareSide(running.temporalAddress, BENCH_NAMESPACE),
  );
  bench.onStop(() => bare.stop());
  const pool = new Pool({
    connectionString: running.databaseUrl,
    max: Math.max(...options.levels) + 2,
    application_name: 'bench-approval',
  });
  bench.onStop(() => pool.end());
  const tokens = await progress.step('demo accounts signed in', () =>
    signInAll(running.apiUrl, accountsNeeded(options.steps)),
  );
  const hr = tokens.get(PROPOSER) as string;
  const search = await progress.step('eligible (cadre, post) pairs of the demo registry', () =>
    findCandidatePairs(pool, running.apiUrl, hr, 12, { multiSeatOnly: true }),
  );
  progress.info(
    `${search.eligibleFound} eligible of ${search.asked} asked; using ${search.pairs
      .map((p) => `${p.cadreId}→${p.postId}${p.eligible ? '' : ' (exception)'}`)
      .join(', ')}`,
  );

  const ctx: Context = {
    apiUrl: running.apiUrl,
    tokens,
    pool,
    bare,
    pairs: search.pairs,
    options,
    progress,
    appointments: [],
    approvalsSent: [],
    pairCursor: 0,
    get profile() {
      return profile;
    },
    set profile(next: ApprovalProfile) {
      profile = next;
    },
  };
  const levels: ApprovalLevel[] = [];
  for (const concurrency of options.levels) levels.push(await measureLevel(ctx, concurrency));
  const loadAfter = loadavg();

  const postgres = await progress.step('Postgres check', () =>
    checkPostgres(pool, ctx.appointments, ctx.approvalsSent),
  );
  const restarts = systemRestarts(running);
  const errors = levels.reduce((sum, l) => sum + l.api.errors + l.baseline.errors, 0);
  const results: ApprovalBenchResults = {
    ...resultHeader(options.name, quietness, loadAfter),
    devServer: devServerRecord(options),
    settings: {
      quick: options.quick,
      levels: options.levels,
      iterations: options.iterations,
      warmup: options.warmup,
      rounds: options.rounds,
      signOffSteps: options.steps,
      bareDecision: options.bareDecision,
      signOffMode: 'parallel',
      source: 'outside',
      setupConcurrency: options.setupConcurrency,
      logLevel: options.logLevel,
      order:
        'per level: setup (appointments to sign-off, bare workflows past their proposal), B warm-up, A warm-up, ' +
        'then per round: B share, drain, A share',
    },
    candidates: {
      pairsAsked: search.asked,
      eligibleFound: search.eligibleFound,
      used: search.pairs,
      exceptionsGranted: ctx.appointments.filter((a) => a.exceptionGranted).length,
    },
    levels,
    checks: {
      postgres,
      restarts,
      errors,
      ok: postgres.ok && restarts === 0 && errors === 0,
    },
    durationSec: durationSec(bench),
  };
  const file = writeResultsFile(options.name, results);

  process.stdout.write(`\n${formatApprovalTable(results)}\n`);
  for (const level of levels)
    process.stdout.write(
      `profile c=${level.concurrency} (medians, ms; ${level.profile.requests} requests, ${level.profile.steps} steps): ` +
        `${Object.entries(level.profile.medianBreakdown)
          .map(([stage, ms]) => `${stage} ${ms}`)
          .join(', ')}\n`,
    );
  process.stdout.write(
    `A/B: throughput below 1 and latency above 1 are what the API, the appointment workflow and Postgres cost over a bare Update.\n` +
      `checks: ${postgres.tasksDoneApproved}/${postgres.approvalsSent} tasks done in Postgres, ${postgres.taskDecidedSteps} task_decided steps, ` +
      `${postgres.appointmentsAwaitingDecision}/${postgres.appointmentsFullyApproved} appointments awaiting the decision; ` +
      `${restarts} restarts; ${errors} errors → ${results.checks.ok ? 'ok' : 'NOT OK'}\n` +
      `results: ${file}\n`,
  );
  return results.checks.ok;
}

benchMain({
  readOptions: readApprovalOptions,
  usage: APPROVAL_USAGE,
  tempPrefix: 'personnel-bench-approval-',
  temporalRuntime: true,
  run,
});
