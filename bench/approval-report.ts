import type { CpuShares, GitInfo, MachineInfo } from './machine';
import { ratio, round, summarize, type LatencySummary } from './stats';

/** One measured approval of side A. */
export interface ApprovalSample {
  /** POST .../decide until its 200 body. */
  httpMs: number;
  /** POST .../decide until the task row (done, approve) and its `task_decided` step are read from Postgres. */
  roundTripMs: number;
  /** Postgres reads after the 200 that did not find both rows yet (0 when visible at the first read). */
  extraPolls: number;
  /** The approval was the appointment's last sign-off: its Update also opened the decision task. */
  lastOfRound: boolean;
}

/** One measured Update of side B. */
export interface UpdateSample {
  updateMs: number;
}

export interface PhaseSamples<S> {
  concurrency: number;
  items: number;
  wallMs: number;
  samples: S[];
  errors: number;
  errorSamples: string[];
}

interface SideCommon {
  concurrency: number;
  iterations: number;
  completed: number;
  errors: number;
  errorSamples: string[];
  wallMs: number;
  /** Completed approvals (A) or Updates (B) per second of wall time, summed over the rounds. */
  throughputPerSec: number;
}

export interface BaselineResult extends SideCommon {
  /** `handle.executeUpdate(decide)` on a bare workflow already past its proposal, until the result. */
  update: LatencySummary;
}

export interface ApprovalResult extends SideCommon {
  http: LatencySummary;
  roundTrip: LatencySummary;
  /** roundTrip − http of each approval: the time to see both rows once the 200 arrived. */
  visibleAfterHttp: LatencySummary;
  /** Approvals whose rows were not both readable at the first read after the 200. */
  notVisibleAtFirstRead: number;
  extraPolls: number;
  /** Approvals that were the last of their appointment (they also opened the decision task). */
  lastOfRound: number;
}

export interface ApprovalRatios {
  throughput: number | null;
  roundTripP50: number | null;
  roundTripP99: number | null;
  httpP50: number | null;
  httpP99: number | null;
}

export interface ApprovalLevel {
  concurrency: number;
  iterations: number;
  warmupIterations: number;
  rounds: number;
  appointments: number;
  setup: { appointmentsSec: number; appointmentP50Ms: number; bareWorkflowsSec: number };
  cpuDuringRounds: CpuShares;
  baseline: BaselineResult;
  api: ApprovalResult;
  /** A / B: throughput below 1 and latency above 1 are what A costs over the bare Update. */
  ratio: ApprovalRatios;
}

export interface ApprovalBenchResults {
  name: string;
  date: string;
  git: GitInfo;
  machine: MachineInfo & {
    cpuBusyBeforeRun: number;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  devServer: {
    temporalCliPinned: string;
    headless: true;
    dynamicConfig: Record<string, string | number | boolean>;
    sqlitePragmas: Record<string, string>;
  };
  settings: {
    quick: boolean;
    levels: number[];
    iterations: Record<string, number>;
    warmup: Record<string, number>;
    rounds: number;
    signOffSteps: number;
    signOffMode: 'parallel';
    source: 'outside';
    setupConcurrency: number;
    logLevel: string;
    order: string;
  };
  candidates: {
    pairsAsked: number;
    eligibleFound: number;
    used: { cadreId: string; postId: string; unitCode: string; eligible: boolean }[];
    exceptionsGranted: number;
  };
  levels: ApprovalLevel[];
  checks: {
    postgres: {
      /** Tasks approved through A (warm-ups included), and how many Postgres shows done with approve. */
      approvalsSent: number;
      tasksDoneApproved: number;
      taskDecidedSteps: number;
      /** Appointments all of whose sign-offs were approved, and how many Postgres shows awaiting_decision. */
      appointmentsFullyApproved: number;
      appointmentsAwaitingDecision: number;
      ok: boolean;
    };
    restarts: number;
    errors: number;
    ok: boolean;
  };
  durationSec: number;
}

export function summarizeBaseline(phases: readonly PhaseSamples<UpdateSample>[]): BaselineResult {
  const samples = phases.flatMap((p) => p.samples);
  return {
    ...common(phases, samples.length),
    update: summarize(samples.map((s) => s.updateMs)),
  };
}

export function summarizeApprovals(phases: readonly PhaseSamples<ApprovalSample>[]): ApprovalResult {
  const samples = phases.flatMap((p) => p.samples);
  return {
    ...common(phases, samples.length),
    http: summarize(samples.map((s) => s.httpMs)),
    roundTrip: summarize(samples.map((s) => s.roundTripMs)),
    visibleAfterHttp: summarize(samples.map((s) => s.roundTripMs - s.httpMs)),
    notVisibleAtFirstRead: samples.filter((s) => s.extraPolls > 0).length,
    extraPolls: samples.reduce((sum, s) => sum + s.extraPolls, 0),
    lastOfRound: samples.filter((s) => s.lastOfRound).length,
  };
}

function common(phases: readonly PhaseSamples<unknown>[], completed: number): SideCommon {
  const wallMs = phases.reduce((sum, p) => sum + p.wallMs, 0);
  return {
    concurrency: phases[0]?.concurrency ?? 0,
    iterations: phases.reduce((sum, p) => sum + p.items, 0),
    completed,
    errors: phases.reduce((sum, p) => sum + p.errors, 0),
    errorSamples: [...new Set(phases.flatMap((p) => p.errorSamples))].slice(0, 5),
    wallMs: round(wallMs),
    throughputPerSec: round(wallMs > 0 ? (completed / wallMs) * 1000 : Number.NaN),
  };
}

export function approvalRatios(api: ApprovalResult, baseline: BaselineResult): ApprovalRatios {
  return {
    throughput: ratio(api.throughputPerSec, baseline.throughputPerSec),
    roundTripP50: ratio(api.roundTrip.p50, baseline.update.p50),
    roundTripP99: ratio(api.roundTrip.p99, baseline.update.p99),
    httpP50: ratio(api.http.p50, baseline.update.p50),
    httpP99: ratio(api.http.p99, baseline.update.p99),
  };
}

const fmt = (value: number | null, digits = 1) =>
  value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);
const quad = (s: LatencySummary) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)} / ${fmt(s.max)}`;

/** A plain-text table: one block per concurrency level, B and A side by side, then A/B. */
export function formatApprovalTable(results: ApprovalBenchResults): string {
  const rows: string[][] = [];
  for (const level of results.levels) {
    const { baseline: b, api: a, ratio: r } = level;
    rows.push([
      `c=${level.concurrency}, ${level.iterations} approvals`,
      'B bare Update',
      'A HTTP→row',
      'A/B',
    ]);
    rows.push([
      '  throughput (approvals/s)',
      fmt(b.throughputPerSec),
      fmt(a.throughputPerSec),
      fmt(r.throughput, 2),
    ]);
    rows.push([
      '  round trip p50/p95/p99/max ms',
      quad(b.update),
      quad(a.roundTrip),
      `p50 ${fmt(r.roundTripP50, 2)}  p99 ${fmt(r.roundTripP99, 2)}`,
    ]);
    rows.push(['  A: HTTP 200 only', '', quad(a.http), `p50 ${fmt(r.httpP50, 2)}  p99 ${fmt(r.httpP99, 2)}`]);
    rows.push(['  A: 200 → rows read', '', quad(a.visibleAfterHttp), '']);
    if (a.notVisibleAtFirstRead > 0)
      rows.push([
        '  A: rows not there at 1st read',
        '',
        `${a.notVisibleAtFirstRead} (${a.extraPolls} re-reads)`,
        '',
      ]);
    if (a.errors + b.errors > 0) rows.push(['  errors', String(b.errors), String(a.errors), '']);
    rows.push([]);
  }
  const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows
    .map((row) =>
      row.length === 0
        ? ''
        : row
            .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
            .join('   '),
    )
    .join('\n');
}
