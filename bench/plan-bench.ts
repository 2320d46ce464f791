/**
 * `npm run bench:plan [-- --quick] [--candidates N] [--name NAME] [--wait-quiet S] [--log-level L]`
 *
 * The demo district's plan for 2025-2030 through the whole system as `npm start` runs it (see
 * bench/README.md "Planning benchmark"): opened from the registry's published planning of its 31 units
 * and 222 posts, N candidates added over HTTP (each loads its facts and is checked by the rules, then
 * journalled), both votes held on them, the plan approved and published. Baseline in the same run
 * against the same dev server: N bare workflows of the same shape as one add (an Update whose handler
 * runs an activity), so the ratio says what the rules, the registry reads and the journal cost over
 * Temporal's own round trip. Then the rows are counted: every step once, every entry written once.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import type { PlanCandidateCheck, PlanView } from '@personnel/contracts';
import { DEMO_COLLECTIVE } from '@personnel/dev-runtime';
import { startBareSide } from './bare-workflow';
import { benchMain, BENCH_NAMESPACE, durationSec, systemRestarts, type BenchRun } from './shared/bench-run';
import { parseBenchArgs, readCount, runName } from './shared/cli';
import { http, unexpected } from './shared/http';
import { quietnessBeforeRun } from './shared/quiet-machine';
import { resultHeader } from './shared/result-header';
import { writeResultsFile } from './shared/results-file';
import { signIn } from './shared/sign-in';
import { ratio, round, summarize, type LatencySummary } from './shared/stats';
import { fmt, SIDE_BY_SIDE, textTable } from './shared/text-table';

const PLAN = 'plan/DH/2025-2030';
const BOARD = '/api/v1/plans/DH/2025-2030';
const HR = 'U-HR-01';
const SIGNER = 'U-BT-01';
const POLL_MS = 100;

interface Options {
  quick: boolean;
  name: string;
  candidates: number;
  waitQuietSec: number;
  logLevel: string;
}

const USAGE = `usage: npm run bench:plan -- [--quick] [--candidates N] [--name NAME] [--wait-quiet SECONDS]
                           [--log-level trace|debug|info|warn|error]
  --candidates N  candidates added to the district's plan (default 60; --quick 10)`;

function readOptions(argv: string[]): Options {
  const values = parseBenchArgs(argv, USAGE, { candidates: { type: 'string' } });
  const quick = values.quick ?? false;
  const prefix = quick ? 'plan-quick' : 'plan';
  return {
    quick,
    name: runName(prefix, values.name ?? prefix),
    candidates: readCount('candidates', values.candidates, quick ? 10 : 60),
    waitQuietSec: readCount('wait-quiet', values['wait-quiet'], 0),
    logLevel: values['log-level'] ?? 'info',
  };
}

/** The rank groups low → high, as libs/domain post-rank orders them within a level. */
const RANKS = ['staff', 'deputy_head', 'body_head', 'vice_chair', 'deputy_secretary', 'chair', 'secretary'];

/**
 * Pairs (post with a free seat, cadre holding a lower post of the same level), each with the post's free
 * seats: the rules (age, standards, the 3-posts limit…) then decide which are admitted.
 */
async function candidatePairs(pool: Pool): Promise<{ postCode: string; cadreId: string; seats: number }[]> {
  const { rows } = await pool.query<{ postCode: string; cadreId: string; seats: number }>(
    `WITH room AS (
       SELECT p.id, p.code, p.level, array_position($1::text[], p.rank_group) AS rank,
              3 - (SELECT count(*) FROM planning_entry e WHERE e.post_id = p.id AND e.term = '2025-2030'
                   AND e.to_date IS NULL)::int AS seats
       FROM post p WHERE p.active AND p.rank_group <> 'staff')
     SELECT r.code AS "postCode", c.code AS "cadreId", r.seats
     FROM room r
     JOIN assignment a ON a.to_date IS NULL
     JOIN post held ON held.id = a.post_id AND held.level = r.level
       AND array_position($1::text[], held.rank_group) < r.rank
     JOIN cadre c ON c.id = a.cadre_id AND c.status = 'active'
     WHERE r.seats > 0 AND NOT EXISTS (SELECT 1 FROM planning_entry e WHERE e.cadre_id = c.id AND e.post_id = r.id)
     ORDER BY r.code, c.code`,
    [RANKS],
  );
  return rows;
}

async function waitFor(what: string, done: () => Promise<boolean>, timeoutMs = 120_000): Promise<number> {
  const began = performance.now();
  while (!(await done())) {
    if (performance.now() - began > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return performance.now() - began;
}

interface Results {
  settings: { quick: boolean; candidates: number; logLevel: string };
  scope: { units: number; posts: number; published: number };
  openMs: number;
  baseline: { updateMs: LatencySummary };
  api: {
    checkMs: LatencySummary;
    /** Pairs checked live to find the admissible ones (the rest the rules refused). */
    pairsChecked: number;
    addMs: LatencySummary;
    boardMs: LatencySummary;
    boardBytes: number;
    votesMs: number;
    approvalToPublishedMs: number;
  };
  ratio: { addVsBareUpdateP50: number | null };
  checks: {
    steps: number;
    duplicateStepKeys: number;
    itemsWritten: number;
    entriesPublished: number;
    restarts: number;
    ok: boolean;
    failed: string[];
  };
}

async function run(options: Options, bench: BenchRun): Promise<boolean> {
  const { progress } = bench;
  const quietness = await quietnessBeforeRun(options.waitQuietSec, progress);
  const system = await bench.startSystem({ logLevel: options.logLevel, webPanel: false });
  const pool = new Pool({ connectionString: system.databaseUrl, max: 2 });
  bench.onStop(() => pool.end());
  const bare = await progress.step('bare worker on task queue bench-bare', () =>
    startBareSide(system.temporalAddress, BENCH_NAMESPACE),
  );
  bench.onStop(() => bare.stop());
  const [hr, signer, secretary] = [
    await signIn(system.apiUrl, HR),
    await signIn(system.apiUrl, SIGNER),
    await signIn(system.apiUrl, DEMO_COLLECTIVE.secretaryId),
  ];
  const api = (method: 'GET' | 'POST', path: string, token: string, body?: unknown) =>
    http(method, `${system.apiUrl}${path}`, token, body);
  const ok = async (method: 'GET' | 'POST', path: string, token: string, body?: unknown, status = 200) => {
    const answer = await api(method, path, token, body);
    if (answer.status !== status) throw unexpected(`${method} ${path}`, answer);
    return answer.body;
  };

  const { rows: scope } = await pool.query<Results['scope']>(
    `WITH RECURSIVE s AS (SELECT id FROM unit WHERE code = 'DH' UNION ALL SELECT u.id FROM unit u JOIN s ON u.parent_id = s.id)
     SELECT (SELECT count(*)::int FROM s) AS units,
            (SELECT count(*)::int FROM post WHERE unit_id IN (SELECT id FROM s) AND active) AS posts,
            (SELECT count(*)::int FROM planning_entry e JOIN post p ON p.id = e.post_id
              WHERE p.unit_id IN (SELECT id FROM s) AND e.term = '2025-2030' AND e.to_date IS NULL) AS published`,
  );

  // B: the bare shape of one add, as many times as A adds.
  const bareMs: number[] = [];
  await progress.step(`B: ${options.candidates} bare Update round trips`, async () => {
    for (let i = 0; i < options.candidates; i++) bareMs.push((await bare.iteration('plan')(i)).decisionMs);
  });

  const openBegan = performance.now();
  await progress.step('A: open the district plan', () =>
    ok(
      'POST',
      '/api/v1/plans',
      hr,
      {
        unitCode: 'DH',
        term: '2025-2030',
        keyCadre: DEMO_COLLECTIVE,
        collective: DEMO_COLLECTIVE,
        signerId: SIGNER,
      },
      201,
    ),
  );
  const openMs = performance.now() - openBegan;

  const checkMs: number[] = [];
  const addMs: number[] = [];
  const added: { postCode: string; cadreId: string }[] = [];
  let checked = 0;
  const pairs = await candidatePairs(pool);
  await progress.step(`A: ${options.candidates} candidates checked live and added`, async () => {
    const perPost = new Map<string, number>();
    const perCadre = new Set<string>();
    for (const pair of pairs) {
      if (added.length === options.candidates) break;
      if (perCadre.has(pair.cadreId) || (perPost.get(pair.postCode) ?? 0) >= pair.seats) continue;
      let began = performance.now();
      const check = (await ok('POST', `${BOARD}/candidates/check`, hr, {
        postCode: pair.postCode,
        cadreId: pair.cadreId,
      })) as PlanCandidateCheck;
      checkMs.push(performance.now() - began);
      checked++;
      if (!check.admissible) continue;
      began = performance.now();
      await ok('POST', `${BOARD}/candidates`, hr, { postCode: pair.postCode, cadreId: pair.cadreId });
      addMs.push(performance.now() - began);
      added.push(pair);
      perCadre.add(pair.cadreId);
      perPost.set(pair.postCode, (perPost.get(pair.postCode) ?? 0) + 1);
    }
    if (added.length < options.candidates)
      throw new Error(`only ${added.length} admissible candidates for --candidates ${options.candidates}`);
  });

  const boardMs: number[] = [];
  let boardBytes = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const answer = await api('GET', BOARD, hr);
    boardMs.push(performance.now() - began);
    boardBytes = Buffer.byteLength(JSON.stringify(answer.body));
  }

  const votesBegan = performance.now();
  await progress.step('A: submitted, both votes held', async () => {
    await ok('POST', `${BOARD}/submit`, hr, {});
    const votes = added.map((a) => ({ candidateId: a.cadreId, votes: DEMO_COLLECTIVE.summonedIds.length }));
    const unique = [...new Map(votes.map((v) => [v.candidateId, v])).values()];
    for (const index of [1, 2]) {
      const path = `${BOARD}/conferences/${index}`;
      await waitFor(`conference ${index}`, async () => {
        const answer = await api('GET', path, secretary);
        return (
          answer.status === 200 && (answer.body as { status: { stage: string } }).status.stage === 'convened'
        );
      });
      await ok('POST', `${path}/attendance`, secretary, { present: DEMO_COLLECTIVE.summonedIds });
      await ok('POST', `${path}/tally`, secretary, {
        ballotsCast: DEMO_COLLECTIVE.summonedIds.length,
        votes: unique,
        sheetSha256: 'f'.repeat(64),
      });
    }
    await waitFor(
      'the approval',
      async () => ((await ok('GET', BOARD, hr)) as PlanView).stage === 'approval',
    );
  });
  const votesMs = performance.now() - votesBegan;

  const approvedAt = performance.now();
  await progress.step('A: approved and published', async () => {
    const effectiveDate = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    await ok('POST', `${BOARD}/decide`, signer, { choice: 'approve', number: '99-QĐ/HU', effectiveDate });
    await waitFor(
      'the publication',
      async () => ((await ok('GET', BOARD, hr)) as PlanView).state === 'in_force',
    );
  });
  const approvalToPublishedMs = performance.now() - approvedAt;

  const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql, [PLAN])).rows[0].n);
  const steps = await count(`SELECT count(*) AS n FROM workflow_step WHERE workflow_id LIKE $1 || '%'`);
  const duplicateStepKeys = await count(
    `SELECT count(*) AS n FROM (SELECT 1 FROM workflow_step WHERE workflow_id LIKE $1 || '%'
       GROUP BY workflow_id, step_key HAVING count(*) > 1) d`,
  );
  const itemsWritten = await count(`SELECT count(*) AS n FROM procedure_item WHERE workflow_id = $1`);
  const entriesPublished = await count(`SELECT count(*) AS n FROM planning_entry WHERE plan_id = $1`);
  const failed: string[] = [];
  if (duplicateStepKeys !== 0) failed.push(`${duplicateStepKeys} step keys written twice`);
  if (itemsWritten !== scope[0].published + added.length)
    failed.push(`${itemsWritten} items, expected ${scope[0].published + added.length}`);
  if (entriesPublished !== added.length)
    failed.push(`${entriesPublished} entries published, expected ${added.length}`);
  const restarts = systemRestarts(system);
  if (restarts !== 0) failed.push(`${restarts} restarts`);

  const bareSummary = summarize(bareMs);
  const addSummary = summarize(addMs);
  const results: Results = {
    settings: { quick: options.quick, candidates: options.candidates, logLevel: options.logLevel },
    scope: scope[0],
    openMs: round(openMs),
    baseline: { updateMs: bareSummary },
    api: {
      checkMs: summarize(checkMs),
      pairsChecked: checked,
      addMs: addSummary,
      boardMs: summarize(boardMs),
      boardBytes,
      votesMs: round(votesMs),
      approvalToPublishedMs: round(approvalToPublishedMs),
    },
    ratio: { addVsBareUpdateP50: ratio(addSummary.p50, bareSummary.p50) },
    checks: {
      steps,
      duplicateStepKeys,
      itemsWritten,
      entriesPublished,
      restarts,
      ok: failed.length === 0,
      failed,
    },
  };
  const file = writeResultsFile(options.name, {
    ...resultHeader(options.name, quietness, loadavg()),
    ...results,
    durationSec: durationSec(bench),
  });
  process.stdout.write(`${report(results)}\nwritten ${file}\n`);
  return results.checks.ok;
}

function report(r: Results): string {
  const q = (s: LatencySummary) => `${fmt(s.p50)} / ${fmt(s.p95)} ms`;
  return [
    `district DH: ${r.scope.units} units, ${r.scope.posts} posts, ${r.scope.published} entries published for 2025-2030`,
    textTable(
      [
        ['', 'B bare Update', 'A plan over HTTP', 'A / B'],
        ['one add, p50 / p95', q(r.baseline.updateMs), q(r.api.addMs), fmt(r.ratio.addVsBareUpdateP50, 2)],
        ['live check, p50 / p95', '–', `${q(r.api.checkMs)} (${r.api.pairsChecked} pairs)`, ''],
        ['board read, p50 / p95', '–', `${q(r.api.boardMs)} (${fmt(r.api.boardBytes / 1024, 0)} KiB)`, ''],
        ['open (first step recorded)', '–', `${fmt(r.openMs, 0)} ms`, ''],
        ['submit → both votes → approval open', '–', `${fmt(r.api.votesMs, 0)} ms`, ''],
        ['approve → published', '–', `${fmt(r.api.approvalToPublishedMs, 0)} ms`, ''],
      ],
      SIDE_BY_SIDE,
    ),
    `checks: ${r.checks.steps} steps, ${r.checks.duplicateStepKeys} twice; ${r.checks.itemsWritten} items; ` +
      `${r.checks.entriesPublished} entries published → ${r.checks.ok ? 'ok' : `NOT OK: ${r.checks.failed.join('; ')}`}`,
  ].join('\n');
}

benchMain({ readOptions, usage: USAGE, tempPrefix: 'personnel-plan-', temporalRuntime: true, run });
