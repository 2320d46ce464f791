import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTemporalDevServer, waitUntil, type RunningTemporal } from '@personnel/dev-runtime';

/** Outages of the system's own dependencies, caused the way an operator meets them: by signals. */

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const pidInFile = (file: string): number => Number(readFileSync(file, 'utf8').split('\n')[0].trim());

/** The processes whose parent is `pid` (from /proc: `pid (comm) state ppid …`). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/**
 * SIGSTOPs the embedded Postgres (its postmaster, from postmaster.pid, and every backend and helper it
 * forked): its sockets stay open and nothing answers, as with a hung host. Returns the thaw.
 */
export function freezePostgres(pgDataDir: string): () => void {
  const postmaster = pidInFile(join(pgDataDir, 'postmaster.pid'));
  const frozen = [...childrenOf(postmaster), postmaster];
  for (const pid of frozen) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of frozen.reverse()) if (isAlive(pid)) process.kill(pid, 'SIGCONT');
  };
}

export interface TemporalDevServerPlace {
  /** The dev server's SQLite file: its history, which must survive the restart. */
  dbFile: string;
  port: number;
  uiPort: number;
  namespace: string;
}

/**
 * Stops the dev server `npm start` runs (SIGTERM, found by its pid file) and waits until it is gone;
 * restart() brings one up again on the same port and the same SQLite file, so every workflow's history
 * is where it was.
 */
export async function stopTemporalDevServer(
  place: TemporalDevServerPlace,
): Promise<{ restart(): Promise<RunningTemporal> }> {
  const pid = pidInFile(`${place.dbFile}.pid`);
  process.kill(pid, 'SIGTERM');
  await waitUntil('the Temporal dev server to exit', () => !isAlive(pid), 30_000, 100);
  return { restart: () => startTemporalDevServer({ ...place }) };
}
