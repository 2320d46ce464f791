/**
 * Where one approval's time goes, read from the log lines of the API and the worker while side A's
 * measured approvals run (they log at `info`, as `npm start` does):
 *   - the API's request line of each 200 of `…/decide`: pino-http's `responseTime` (the request in the
 *     API process, auth to the response written) and `spans` (apps/api http/request-log-context
 *     `timedSpan`: `auth` the token and the user's row, `scope` the unit-scope check, `update` the
 *     Temporal Update from send to answer);
 *   - the worker's `step recorded` line of each `task_decided` step: `ms` (libs/persistence journal
 *     StepSpans: the transaction, and in it BEGIN, the advisory lock, the hash chain, the prior state,
 *     the read models, the outbox and the COMMIT).
 * Per field the median and p90 of the samples (nearest rank), in ms, and the derived stages: what the
 * API spends around its spans, and the Temporal round trip of the Update without the activity's
 * transaction (matching, the workflow tasks, the activity task, the history writes).
 */
import { round } from './shared/stats';

interface Quantiles {
  n: number;
  p50: number;
  p90: number;
}

export interface ApprovalProfileSummary {
  /** Samples matched: API request lines of a 200 decide, and worker lines of a task_decided step. */
  requests: number;
  steps: number;
  api: Record<string, Quantiles>;
  journal: Record<string, Quantiles>;
  /** Medians put together: the stages of one approval at the median, in ms. */
  medianBreakdown: Record<string, number>;
}

const quantiles = (values: number[]): Quantiles => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { n: sorted.length, p50: round(at(0.5), 2), p90: round(at(0.9), 2) };
};

function parse(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Collects the two kinds of lines while `recording` is on. */
export class ApprovalProfile {
  recording = false;
  private readonly requests: { responseTime: number; bytes?: number; spans: Record<string, number> }[] = [];
  private readonly steps: Record<string, number>[] = [];

  onLog = (source: string, line: string): void => {
    if (!this.recording) return;
    if (source === 'api') {
      if (!line.includes('/decide') || !line.includes('"request completed"')) return;
      const entry = parse(line);
      const res = entry?.res as { statusCode?: number; headers?: Record<string, string> } | undefined;
      if (res?.statusCode !== 200 || typeof entry?.responseTime !== 'number') return;
      const length = Number(res.headers?.['content-length']);
      this.requests.push({
        responseTime: entry.responseTime,
        ...(Number.isFinite(length) ? { bytes: length } : {}),
        spans: (entry.spans as Record<string, number> | undefined) ?? {},
      });
    } else if (source.startsWith('worker')) {
      if (!line.includes('task_decided') || !line.includes('"step recorded"')) return;
      const ms = parse(line)?.ms as Record<string, number> | undefined;
      if (ms) this.steps.push(ms);
    }
  };

  summary(): ApprovalProfileSummary {
    const field = <T extends object>(rows: T[], pick: (row: T) => number | undefined) =>
      quantiles(rows.map(pick).filter((v): v is number => typeof v === 'number'));
    const api: Record<string, Quantiles> = {
      responseTime: field(this.requests, (r) => r.responseTime),
      responseBytes: field(this.requests, (r) => r.bytes),
      auth: field(this.requests, (r) => r.spans.auth),
      scope: field(this.requests, (r) => r.spans.scope),
      update: field(this.requests, (r) => r.spans.update),
      apiOutsideSpans: field(this.requests, (r) =>
        r.spans.update === undefined
          ? undefined
          : r.responseTime - (r.spans.auth ?? 0) - (r.spans.scope ?? 0) - r.spans.update,
      ),
    };
    const journal: Record<string, Quantiles> = {
      transaction: field(this.steps, (s) => s.transactionMs),
      begin: field(this.steps, (s) => s.beginMs),
      lock: field(this.steps, (s) => s.lockMs),
      chain: field(this.steps, (s) => s.chainMs),
      priorState: field(this.steps, (s) => s.priorStateMs),
      readModels: field(this.steps, (s) => s.readModelsMs),
      outbox: field(this.steps, (s) => s.outboxMs),
      commit: field(this.steps, (s) => s.commitMs),
    };
    return {
      requests: this.requests.length,
      steps: this.steps.length,
      api,
      journal,
      medianBreakdown: {
        apiResponseTime: api.responseTime.p50,
        auth: api.auth.p50,
        scopeCheck: api.scope.p50,
        temporalUpdate: api.update.p50,
        ofWhichActivityTransaction: journal.transaction.p50,
        ofWhichLockAndChain: round(journal.lock.p50 + journal.chain.p50, 2),
        ofWhichCommit: journal.commit.p50,
        temporalWithoutTransaction: round(api.update.p50 - journal.transaction.p50, 2),
        apiOutsideSpans: api.apiOutsideSpans.p50,
      },
    };
  }
}
