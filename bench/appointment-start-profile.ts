/**
 * Where the A side's start (`POST /api/v1/appointments`) spends its time, from the API's request line
 * of each 201 while the measured rounds run: pino-http's `responseTime` and the request's `spans`
 * (apps/api http/request-log-context `timedSpan`: `auth`, `start` the workflow start, `firstStep` the
 * firstStepRecorded Update until the proposal is in Postgres). What is left of the response time is the
 * request's checks against the registry and the directory, and the response.
 */
import { round } from './shared/stats';

export interface StartProfileSummary {
  requests: number;
  /** Medians (ms) of the 201s of the measured rounds. */
  p50: Record<string, number>;
}

export class StartProfile {
  recording = false;
  private readonly rows: Record<string, number>[] = [];

  onLog = (source: string, line: string): void => {
    if (!this.recording || source !== 'api' || !line.includes('"request completed"')) return;
    if (!line.includes('"url":"/api/v1/appointments"')) return;
    let entry: { res?: { statusCode?: number }; responseTime?: number; spans?: Record<string, number> };
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.res?.statusCode !== 201 || typeof entry.responseTime !== 'number') return;
    const spans = entry.spans ?? {};
    const inSpans = (spans.auth ?? 0) + (spans.start ?? 0) + (spans.firstStep ?? 0);
    this.rows.push({
      responseTime: entry.responseTime,
      ...spans,
      checksAndResponse: entry.responseTime - inSpans,
    });
  };

  summary(): StartProfileSummary {
    const keys = [...new Set(this.rows.flatMap((r) => Object.keys(r)))];
    const p50: Record<string, number> = {};
    for (const key of keys) {
      const values = this.rows
        .map((r) => r[key])
        .filter((v) => typeof v === 'number')
        .sort((a, b) => a - b);
      p50[key] = round(values[Math.max(0, Math.ceil(values.length / 2) - 1)] ?? Number.NaN, 2);
    }
    return { requests: this.rows.length, p50 };
  }
}
