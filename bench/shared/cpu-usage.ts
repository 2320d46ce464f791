/**
 * How the cores were used: by the whole machine (os.cpus()) and by the bench's own process tree
 * (/proc), so a run can tell its own load from other processes'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { round } from './stats';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux/x86-64). */
const CLOCK_TICKS = 100;

/** CPU time of all cores in ms: busy and total, from os.cpus(). */
export function cpuTimes(): { busy: number; total: number } {
  return cpus().reduce(
    (acc, cpu) => {
      const { idle, ...rest } = cpu.times;
      const busy = Object.values(rest).reduce((a, b) => a + b, 0);
      return { busy: acc.busy + busy, total: acc.total + busy + idle };
    },
    { busy: 0, total: 0 },
  );
}

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
