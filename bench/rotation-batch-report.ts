/**
 * What one rotation batch bench run records (bench/results/<name>.json) and the table it prints: kept
 * apart from the run itself so the run reads as the steps it takes.
 */
import type { BatchProgressResult, PostedBatch } from './rotation-batch-api';
import type { BareBatchResult } from './rotation-batch-baseline';
import type { RowCounts } from './rotation-batch-checks';
import type { CpuShares } from './shared/cpu-usage';
import type { DevServerRecord } from './shared/dev-server';
import type { RssSummary } from './shared/process-memory';
import type { ResultHeader } from './shared/result-header';
import { round } from './shared/stats';
import { fmt, SIDE_BY_SIDE, textTable } from './shared/text-table';

export interface ApiSide {
  /** The first POST of the whole batch in one request. */
  oneBatch: PostedBatch;
  /** When that was refused as too large: the batches it was sent as instead, one after the other. */
  splitInto: PostedBatch[] | null;
  progress: BatchProgressResult;
  /** Stages of the batch's rotations once every eligibility step was recorded. */
  stages: Record<string, number>;
  /** Worker RSS: right after the system started, before the measured batch (after the warm-ups), during it. */
  workerRss: RssSummary & { atStartMiB: number | null; idleBeforeMiB: number | null };
  apiRss: RssSummary;
  cpu: CpuShares;
}

export interface Results extends ResultHeader {
  devServer: DevServerRecord;
  settings: {
    quick: boolean;
    rotations: number;
    warmup: number;
    startConcurrency: number;
    pollPeriodMs: number;
    rssPeriodMs: number;
    logLevel: string;
    order: string;
  };
  moves: { available: number; communeMoves: number; measured: number; warmup: number };
  baseline: BareBatchResult;
  baselineWarmup: BareBatchResult | null;
  api: ApiSide;
  ratio: { allStarted: number | null; allFirstStep: number | null };
  aims: {
    startedUnderMs: number;
    startedMet: boolean;
    workerRssUnderMiB: number;
    workerRssMet: boolean;
  };
  checks: {
    rows: RowCounts;
    resend: {
      sameBatchIds: boolean;
      statuses: number[];
      rowsAfter: RowCounts;
      nothingNewStarted: boolean;
    };
    restarts: number;
    ok: boolean;
    failed: string[];
  };
  durationSec: number;
}

export function roundBare(result: BareBatchResult): BareBatchResult {
  return {
    ...result,
    allStartedMs: round(result.allStartedMs, 1),
    allFirstStepMs: result.allFirstStepMs === null ? null : round(result.allFirstStepMs, 1),
  };
}

const sec = (ms: number | null) => (ms === null ? '–' : `${fmt(ms / 1000, 2)} s`);

export function formatTable(r: Results): string {
  const a = r.api.progress;
  const n = r.settings.rotations;
  const table = textTable(
    [
      ['', 'B bare Temporal', 'A API batch', 'A/B'],
      [`all ${n} started`, sec(r.baseline.allStartedMs), sec(a.allStartedMs), fmt(r.ratio.allStarted, 2)],
      [
        'all first steps recorded',
        sec(r.baseline.allFirstStepMs),
        sec(a.allFirstStepMs),
        fmt(r.ratio.allFirstStep, 2),
      ],
      ['all eligibility steps recorded', '–', sec(a.allEligibilityMs), ''],
      [
        'starts per second',
        fmt(n / (r.baseline.allStartedMs / 1000)),
        a.allStartedMs === null ? '–' : fmt(n / (a.allStartedMs / 1000)),
        '',
      ],
      ['POST answered', '–', `${fmt(r.api.oneBatch.answerMs, 0)} ms (${r.api.oneBatch.status})`, ''],
      [
        'worker RSS at start / before / peak',
        '–',
        `${fmt(r.api.workerRss.atStartMiB, 0)} / ${fmt(r.api.workerRss.idleBeforeMiB, 0)} / ${fmt(r.api.workerRss.peakMiB, 0)} MiB`,
        '',
      ],
      ['API RSS peak', '–', `${fmt(r.api.apiRss.peakMiB, 0)} MiB`, ''],
    ],
    SIDE_BY_SIDE,
  );
  const rows = r.checks.rows;
  return [
    table,
    `aims: ${n} started < ${r.aims.startedUnderMs / 1000} s ${r.aims.startedMet ? 'met' : 'NOT met'}; ` +
      `worker RSS < ${r.aims.workerRssUnderMiB} MiB ${r.aims.workerRssMet ? 'met' : 'NOT met'}`,
    `stages after eligibility: ${Object.entries(r.api.stages)
      .map(([stage, count]) => `${stage} ${count}`)
      .join(
        ', ',
      )}; CPU during A: ${fmt(r.api.cpu.busy * 100, 0)} % busy, other processes ${fmt((r.api.cpu.other ?? NaN) * 100, 0)} %`,
    `checks: ${rows.procedures} procedures, ${rows.proposedSteps} proposed and ${rows.eligibilitySteps} eligibility steps, ` +
      `${rows.duplicateStepKeys} step keys twice, ${rows.doubledSingleHolderPosts} posts with two holders; ` +
      `re-sent: ${r.checks.resend.nothingNewStarted ? 'nothing new started' : 'SOMETHING STARTED'}; ` +
      `${r.checks.restarts} restarts → ${r.checks.ok ? 'ok' : `NOT OK: ${r.checks.failed.join('; ')}`}`,
  ].join('\n');
}
