/**
 * `npm run bench:panel [-- --quick] [--approvals N] [--name NAME] [--wait-quiet SECONDS] [--log-level L]`
 *
 * From a click on "Đồng ý" in the real panel (Chromium through playwright-core) to the new state on
 * screen, beside the API round trip of the same decision sent from the bench over HTTP, in the same run
 * (see bench/README.md). Appointments are brought to a parallel sign-off of four tasks by the approval
 * bench's setup; of each, U-TCNV-01 approves `r1-org-office` in the panel and U-BTV-04 approves
 * `r1-org-board` over HTTP (neither is the last task: both Updates do the same work), the order
 * alternating from one appointment to the next. p50/p95 of each and the ratio panel / API.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { TaskCommandAnswer } from '@personnel/contracts';
import { DEMO_PASSWORD } from '@personnel/dev-runtime';
// The browser project's Chromium launcher (Debian's /usr/bin/chromium), shared on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { launchBrowser } from '../test/browser/browser';
import {
  accountsNeeded,
  findCandidatePairs,
  PROPOSER,
  setUpAppointment,
  type ReadyAppointment,
} from './approval-setup';
import { approveInPanel, signInPanel, type PanelSample } from './panel/panel-approval';
import { benchMain, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { closedLoop } from './shared/closed-loop';
import { cpuSpan } from './shared/cpu-usage';
import { http, unexpected } from './shared/http';
import { parseBenchArgs, readCount, runName } from './shared/cli';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { signInAll, type Tokens } from './shared/sign-in';
import { ratio, summarize } from './shared/stats';
import { fmt, latencyQuad, SIDE_BY_SIDE, textTable } from './shared/text-table';

/** Four parallel sign-offs: the two measured and two left open, so neither measured one is the last. */
const STEPS = 4;
const PANEL_TASK = { taskKey: 'r1-org-office', approver: 'U-TCNV-01' };
const API_TASK = { taskKey: 'r1-org-board', approver: 'U-BTV-04' };

interface PanelOptions {
  quick: boolean;
  name: string;
  approvals: number;
  warmup: number;
  waitQuietSec: number;
  logLevel: string;
}

const USAGE = `usage: npm run bench:panel -- [--quick] [--approvals N] [--name NAME] [--wait-quiet SECONDS] [--log-level L]`;

function readOptions(argv: string[]): PanelOptions {
  const values = parseBenchArgs(argv, USAGE, { approvals: { type: 'string' } });
  const quick = values.quick ?? false;
  return {
    quick,
    name: runName('panel-approve', values.name),
    approvals: readCount('approvals', values.approvals, quick ? 8 : 24),
    warmup: quick ? 2 : 4,
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
  };
}

/** The API side: the same decision as the panel sends, timed from the request to the 200's body. */
async function approveOverApi(appointment: ReadyAppointment, tokens: Tokens): Promise<number> {
  const token = tokens.get(API_TASK.approver) as string;
  const began = performance.now();
  const answer = await http('POST', `${appointment.tasksPath}/${API_TASK.taskKey}/decide`, token, {
    verdict: 'approve',
  });
  const ms = performance.now() - began;
  if (answer.status !== 200) throw unexpected(`POST ${API_TASK.taskKey}/decide`, answer);
  const task = (answer.body as TaskCommandAnswer).tasks?.find((t) => t.taskKey === API_TASK.taskKey);
  if (task?.status !== 'done')
    throw new Error(`decide ${API_TASK.taskKey} answered 200 with ${JSON.stringify(task)}`);
  return ms;
}

/** `/appointments/<post>/<n>`: the panel's page of the procedure. */
const pagePath = (id: string) => `/appointments/${id.split('/').slice(1).map(encodeURIComponent).join('/')}`;

async function run(options: PanelOptions, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  const running = await bench.startSystem({ webPanel: true, logLevel: options.logLevel });
  // The panel is served by the API at its root (webUrl is the same with a trailing slash).
  const webUrl = running.apiUrl;
  const pool = new Pool({ connectionString: running.databaseUrl, max: 2, application_name: 'bench-panel' });
  bench.onStop(() => pool.end());
  const tokens = await progress.step('demo accounts signed in', () =>
    signInAll(running.apiUrl, accountsNeeded(STEPS)),
  );
  const total = options.approvals + options.warmup;
  // One appointment per post: a single-holder post being filled refuses a second proposal.
  const search = await progress.step('eligible (cadre, post) pairs of the demo registry', () =>
    findCandidatePairs(pool, running.apiUrl, tokens.get(PROPOSER) as string, 3 * total, { maxAsked: 600 }),
  );
  const posts = new Set<string>();
  const pairs = search.pairs.filter((p) => !posts.has(p.postId) && posts.add(p.postId));
  if (pairs.length < total)
    throw new Error(
      `${pairs.length} posts with an eligible candidate, ${total} needed: ask for fewer --approvals`,
    );
  const appointments: ReadyAppointment[] = new Array(total);
  const setUp = await progress.step(
    `setup: ${total} appointments to their sign-off (${STEPS} tasks each)`,
    () =>
      closedLoop(4, total, async (i) => {
        appointments[i] = await setUpAppointment(running.apiUrl, tokens, pairs[i], STEPS);
      }),
  );
  if (setUp.errors > 0) throw new Error(`setup failed ${setUp.errors}×: ${setUp.errorSamples.join(' | ')}`);

  const browser = await progress.step('Chromium (playwright-core, /usr/bin/chromium)', () => launchBrowser());
  bench.onStop(() => browser.close());
  const page = await browser.newTab();
  await progress.step(`${PANEL_TASK.approver} signed in on the panel`, () =>
    signInPanel(page, webUrl, PANEL_TASK.approver, DEMO_PASSWORD),
  );

  const panel: PanelSample[] = [];
  const api: number[] = [];
  const cpu = cpuSpan();
  await progress.step(
    `${options.warmup} warm-up + ${options.approvals} approvals, panel and API alternating`,
    async () => {
      for (const [i, appointment] of appointments.entries()) {
        const inPanel = () => approveInPanel(page, webUrl, pagePath(appointment.id), PANEL_TASK.taskKey);
        const overApi = () => approveOverApi(appointment, tokens);
        let sample: PanelSample;
        let ms: number;
        if (i % 2 === 0) {
          sample = await inPanel();
          ms = await overApi();
        } else {
          ms = await overApi();
          sample = await inPanel();
        }
        if (i < options.warmup) continue;
        panel.push(sample);
        api.push(ms);
      }
    },
  );
  const cpuDuringRounds = cpu();
  const loadAfter = loadavg();

  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM procedure_task
      WHERE workflow_id = ANY($1) AND task_key = ANY($2) AND status = 'done' AND outcome = 'approve'`,
    [appointments.map((a) => a.id), [PANEL_TASK.taskKey, API_TASK.taskKey]],
  );
  const decided = Number(rows[0].n);
  const state = summarize(panel.map((s) => s.stateMs));
  const feedback = summarize(panel.map((s) => s.feedbackMs));
  const roundTrip = summarize(api);
  const requests = panel.map((s) => s.apiRequests).sort((a, b) => a - b);
  const restarts = systemRestarts(running);
  const results = {
    ...resultHeader(options.name, quietness, loadAfter),
    settings: {
      quick: options.quick,
      approvals: options.approvals,
      warmup: options.warmup,
      signOffSteps: STEPS,
      panelTask: PANEL_TASK,
      apiTask: API_TASK,
      browser: 'Chromium (Debian /usr/bin/chromium) headless via playwright-core, one tab, signed in once',
      order: 'per appointment: panel then API, or API then panel, alternating; warm-ups not counted',
    },
    cpuDuringRounds,
    panel: {
      /** Click → first frame with the task shown done (its form gone): what the approver waits for. */
      state,
      /** Click → the notice of the recorded decision (the Update's answer shown). */
      feedback,
      apiRequestsPerApproval: { min: requests[0], max: requests.at(-1) },
      apiPathsOfFirst: panel[0]?.apiPaths ?? [],
    },
    api: { roundTrip },
    ratio: {
      stateP50: ratio(state.p50, roundTrip.p50),
      stateP95: ratio(state.p95, roundTrip.p95),
      feedbackP50: ratio(feedback.p50, roundTrip.p50),
      feedbackP95: ratio(feedback.p95, roundTrip.p95),
    },
    aim: { stateP95AtMostApiP95Times: 1.5, met: (ratio(state.p95, roundTrip.p95) ?? Infinity) <= 1.5 },
    checks: {
      decided,
      expected: 2 * total,
      restarts,
      browserProblems: browser.problems,
      ok: decided === 2 * total && restarts === 0,
    },
    durationSec: durationSec(bench),
  };
  const file = writeResultsFile(options.name, results);
  process.stdout.write(
    `\n${textTable(
      [
        [`${options.approvals} approvals`, 'p50 / p95 / p99 / max ms', '÷ API p50', '÷ API p95'],
        [
          '  panel: click → new state on screen',
          latencyQuad(state),
          fmt(results.ratio.stateP50, 2),
          fmt(results.ratio.stateP95, 2),
        ],
        [
          '  panel: click → "Đã ghi nhận" notice',
          latencyQuad(feedback),
          fmt(results.ratio.feedbackP50, 2),
          fmt(results.ratio.feedbackP95, 2),
        ],
        ['  API round trip (POST …/decide)', latencyQuad(roundTrip), '1', '1'],
      ],
      SIDE_BY_SIDE,
    )}\n` +
      `API requests of the page per approval: ${requests[0]}–${requests.at(-1)} (${(panel[0]?.apiPaths ?? []).join(', ')})\n` +
      `aim p95 ≤ 1.5 × API p95: ${results.aim.met ? 'met' : 'not met'}; ${decided}/${2 * total} decisions in Postgres; ${restarts} restarts → ` +
      `${results.checks.ok ? 'ok' : 'NOT OK'}\nresults: ${file}\n`,
  );
  return results.checks.ok;
}

benchMain({ readOptions, usage: USAGE, tempPrefix: 'personnel-panel-bench-', temporalRuntime: false, run });
