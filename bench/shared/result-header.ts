import { gitInfo, runMachine, type GitInfo, type RunMachine } from './machine-info';
import type { Quietness } from './quiet-machine';

/** The fields every result file opens with: the run's name, when, which checkout, which machine. */
export interface ResultHeader {
  name: string;
  date: string;
  git: GitInfo;
  machine: RunMachine;
}

/** `loadAfter` is os.loadavg() right after the measured levels. */
export function resultHeader(name: string, quietness: Quietness, loadAfter: number[]): ResultHeader {
  return {
    name,
    date: new Date().toISOString(),
    git: gitInfo(),
    machine: runMachine(quietness, loadAfter),
  };
}
