/**
 * Under `npm start` a service's stdin is a pipe from its supervisor. If the supervisor dies without
 * stopping us (kill -9, a closed terminal), the pipe closes and we shut down through our own SIGTERM
 * path, instead of living on as an orphan that holds the port.
 */
export function exitWithParent(env: Record<string, string | undefined> = process.env): void {
  if (env.EXIT_WITH_PARENT !== '1') return;
  process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
  process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
  process.stdin.resume();
}
