/** The machine and the checkout a run was taken on, as every bench records them in its results. */
import { execFileSync } from 'node:child_process';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Quietness } from './quiet-machine';
import { round } from './stats';

const REPO_ROOT = resolve(__dirname, '..', '..');

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

/** `machine` of a result file: the machine, how busy it was before the run, the load before and after. */
export interface RunMachine extends MachineInfo {
  /** Busy share of all cores in the second before the run: above ~0.2 something else loaded the machine. */
  cpuBusyBeforeRun: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

/** The machine record of a run: `loadAfter` is os.loadavg() right after the measured levels. */
export function runMachine(quietness: Quietness, loadAfter: number[]): RunMachine {
  return {
    ...machineInfo(),
    cpuBusyBeforeRun: quietness.busyBefore,
    loadAverageBefore: quietness.loadBefore.map((l) => round(l)),
    loadAverageAfter: loadAfter.map((l) => round(l)),
  };
}
