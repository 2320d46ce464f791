import type { ApprovalProfileSummary } from './approval-profile';
import { poolRuns, type LoopRun, type RunOutcome } from './shared/closed-loop';
import type { CpuShares } from './shared/cpu-usage';
import type { DevServerRecord } from './shared/dev-server';
import type { ResultHeader } from './shared/result-header';
import { ratio, summarize, type LatencySummary } from './shared/stats';
import { fmt, latencyQuad as quad, SIDE_BY_SIDE, textTable } from './shared/text-table';

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

/** One closed-loop run of a side: approvals (A) or Updates (B). */
export type PhaseSamples<S> = LoopRun<S>;

/** Completed approvals (A) or Updates (B); throughput summed over the rounds. */
interface SideCommon extends RunOutcome {
  concurrency: number;
  iterations: number;
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
  /** Where A's measured approvals spent their time, from the API's and the worker's log lines. */
  profile: ApprovalProfileSummary;
}

export interface ApprovalBenchResults extends ResultHeader {
  devServer: DevServerRecord;
  settings: {
    quick: boolean;
    levels: number[];
    iterations: Record<string, number>;
    warmup: Record<string, number>;
    rounds: number;
    signOffSteps: number;
    /** How B's decision ran its no-op: a local activity (the journal's shape since its patch) or a task. */
    bareDecision: 'local' | 'task';
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
  const { common, samples } = pooled(phases);
  return { ...common, update: summarize(samples.map((s) => s.updateMs)) };
}

export function summarizeApprovals(phases: readonly PhaseSamples<ApprovalSample>[]): ApprovalResult {
  const { common, samples } = pooled(phases);
  return {
    ...common,
    http: summarize(samples.map((s) => s.httpMs)),
    roundTrip: summarize(samples.map((s) => s.roundTripMs)),
    visibleAfterHttp: summarize(samples.map((s) => s.roundTripMs - s.httpMs)),
    notVisibleAtFirstRead: samples.filter((s) => s.extraPolls > 0).length,
    extraPolls: samples.reduce((sum, s) => sum + s.extraPolls, 0),
    lastOfRound: samples.filter((s) => s.lastOfRound).length,
  };
}

function pooled<S>(phases: readonly PhaseSamples<S>[]): { common: SideCommon; samples: S[] } {
  const { concurrency, count, samples, outcome } = poolRuns(phases);
  return { common: { concurrency, iterations: count, ...outcome }, samples };
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
  return textTable(rows, SIDE_BY_SIDE);
}
