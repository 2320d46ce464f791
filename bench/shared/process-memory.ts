/** Resident memory of a process of the system (the worker, the API), sampled from /proc while a run goes. */
import { readFileSync } from 'node:fs';

const MIB = 1024 * 1024;

/** VmRSS of `pid` in bytes, or null when the process is gone or there is no /proc. */
export function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export const toMiB = (bytes: number | null): number | null =>
  bytes === null ? null : Math.round((bytes / MIB) * 10) / 10;

export interface RssSummary {
  /** Sampling period, in ms. */
  intervalMs: number;
  samples: number;
  firstMiB: number | null;
  peakMiB: number | null;
  lastMiB: number | null;
  /** Ms from the start of sampling to the peak sample. */
  peakAtMs: number | null;
  /** Distinct pids seen: more than one means the process was restarted while sampled. */
  pids: number[];
}

/**
 * Samples the RSS of the process `pid()` names (asked again at each sample, so a restarted child is
 * followed) every `intervalMs` until stopped; `stop()` answers the first, peak and last samples.
 */
export function sampleRss(pid: () => number | undefined, intervalMs = 250): { stop(): RssSummary } {
  const began = Date.now();
  const pids = new Set<number>();
  let samples = 0;
  let first: number | null = null;
  let last: number | null = null;
  let peak: number | null = null;
  let peakAt: number | null = null;
  const sample = () => {
    const current = pid();
    const bytes = residentBytes(current);
    if (current === undefined || bytes === null) return;
    pids.add(current);
    samples++;
    first ??= bytes;
    last = bytes;
    if (peak === null || bytes > peak) {
      peak = bytes;
      peakAt = Date.now() - began;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        intervalMs,
        samples,
        firstMiB: toMiB(first),
        peakMiB: toMiB(peak),
        lastMiB: toMiB(last),
        peakAtMs: peakAt,
        pids: [...pids],
      };
    },
  };
}
