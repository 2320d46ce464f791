import { existsSync, readFileSync } from 'node:fs';
import { waitUntil } from './wait';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A previous run that was killed outright (kill -9, a closed terminal) can leave its Postgres or Temporal
 * server running on our data. Stops such a leftover, recognised by its pid file and its command line, so
 * the next start finds its data and its port again.
 */
export async function stopLeftover(
  pidFile: string,
  mustContain: string,
  signal: NodeJS.Signals,
  log: (m: string) => void,
): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0].trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !commandLine(pid).includes(mustContain)) return;
  log(`stopping a leftover process ${pid} from an earlier run (${mustContain})`);
  process.kill(pid, signal);
  try {
    await waitUntil(`leftover process ${pid} to exit`, () => !isAlive(pid), 20_000, 200);
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}
