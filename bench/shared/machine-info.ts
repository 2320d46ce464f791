/**
 * The machine and the checkout a registry run was taken on (the nomination bench records the same).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Progress } from '@personnel/dev-runtime';
import { resolve } from 'node:path';
import { round } from './stats';

const REPO_ROOT = resolve(__dirname, '..');

export interface GitInfo {
  commit: string | null;
  dirty: boolean | null;
}

export function gitInfo(): GitInfo {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no').length > 0,
    };
  } catch {
    return { commit: null, dirty: null };
  }
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemoryBytes: number;
  node: string;
  platform: string;
  release: string;
  arch: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: platform(),
    release: release(),
    arch: arch(),
  };
}

/** Share of CPU time (all cores) that was busy during `ms`: tells whether something else loads the machine. */
export async function cpuBusyShare(ms: number): Promise<number> {
  const sample = () =>
    cpus().reduce(
      (acc, cpu) => {
        const { idle, ...rest } = cpu.times;
        return {
          idle: acc.idle + idle,
          total: acc.total + idle + Object.values(rest).reduce((a, b) => a + b, 0),
        };
      },
      { idle: 0, total: 0 },
    );
  const before = sample();
  await new Promise((r) => setTimeout(r, ms));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? round(1 - (after.idle - before.idle) / total, 3) : 0;
}

export const QUIET_BUSY_SHARE = 0.15;

/**
 * How busy the machine is before a run, after waiting (up to `waitQuietSec`) for it to calm down; says
 * so when the figures will be noisy.
 */
export async function quietnessBeforeRun(
  waitQuietSec: number,
  progress: Progress,
): Promise<{ busyBefore: number; loadBefore: number[] }> {
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

/** Samples the CPU every 2 s until it is quiet or the time is up; returns the last busy share. */
export async function waitQuiet(seconds: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const busy = await cpuBusyShare(2_000);
    if (busy <= QUIET_BUSY_SHARE || Date.now() > deadline) return busy;
  }
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux/x86-64). */
const CLOCK_TICKS = 100;

/**
 * CPU time (ms) used by the process tree under `rootPid`, children reaped by a member included
 * (Postgres' backends and parallel workers end up in the postmaster's cutime), or null without /proc.
 */
export function processTreeCpuMs(rootPid: number = process.pid): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of entries) {
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command (field 2) may hold spaces and parentheses: the fields after it start past the last ')'.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      // fields[0] is state (field 3): ppid is field 4, utime/stime/cutime/cstime fields 14–17.
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      stats.set(Number(name), { ppid: Number(fields[1]), ticks });
    } catch {
      // the process ended while we looked
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    ticks += stats.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** CPU time of all cores in ms: busy and total, from os.cpus(). */
function cpuTimes(): { busy: number; total: number } {
  return cpus().reduce(
    (acc, cpu) => {
      const { idle, ...rest } = cpu.times;
      const busy = Object.values(rest).reduce((a, b) => a + b, 0);
      return { busy: acc.busy + busy, total: acc.total + busy + idle };
    },
    { busy: 0, total: 0 },
  );
}

export interface CpuShares {
  /** Busy share of all cores over the span. */
  busy: number;
  /** Share of all cores used by the bench and what it started (API, worker, Postgres, Temporal). */
  bench: number | null;
  /** Share used by anything else on the machine: above ~0.1 the figures of the span are disturbed. */
  other: number | null;
}

/** Starts a span; the returned function tells how the cores were used since. */
export function cpuSpan(): () => CpuShares {
  const before = cpuTimes();
  const treeBefore = processTreeCpuMs();
  return () => {
    const after = cpuTimes();
    const treeAfter = processTreeCpuMs();
    const total = after.total - before.total;
    const busy = total > 0 ? (after.busy - before.busy) / total : 0;
    if (treeBefore === null || treeAfter === null || total <= 0)
      return { busy: round(busy, 3), bench: null, other: null };
    const bench = Math.min(busy, (treeAfter - treeBefore) / total);
    return { busy: round(busy, 3), bench: round(bench, 3), other: round(Math.max(0, busy - bench), 3) };
  };
}
