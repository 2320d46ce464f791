/** Is the machine quiet enough to measure? Sampled before a run, optionally waited for. */
import { loadavg } from 'node:os';
import type { Progress } from '@personnel/dev-runtime';
import { cpuTimes } from './cpu-usage';
import { round } from './stats';

export const QUIET_BUSY_SHARE = 0.15;

/** Share of CPU time (all cores) that was busy during `ms`: tells whether something else loads the machine. */
export async function cpuBusyShare(ms: number): Promise<number> {
  const before = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? round((after.busy - before.busy) / total, 3) : 0;
}

/** Samples the CPU every 2 s until it is quiet or the time is up; returns the last busy share. */
export async function waitQuiet(seconds: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const busy = await cpuBusyShare(2_000);
    if (busy <= QUIET_BUSY_SHARE || Date.now() > deadline) return busy;
  }
}

export interface Quietness {
  busyBefore: number;
  loadBefore: number[];
}

/**
 * How busy the machine is before a run, after waiting (up to `waitQuietSec`) for it to calm down; says
 * so when the figures will be noisy.
 */
export async function quietnessBeforeRun(waitQuietSec: number, progress: Progress): Promise<Quietness> {
  let busyBefore = await cpuBusyShare(1_000);
  if (busyBefore > QUIET_BUSY_SHARE && waitQuietSec > 0) {
    busyBefore = await progress.step(`waiting up to ${waitQuietSec} s for a quiet machine`, () =>
      waitQuiet(waitQuietSec),
    );
  }
  const loadBefore = loadavg();
  if (busyBefore > 0.2)
    progress.info(
      `the machine is ${Math.round(busyBefore * 100)} % busy before the run: figures will be noisy`,
    );
  return { busyBefore, loadBefore };
}
