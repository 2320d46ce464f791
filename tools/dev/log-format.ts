/**
 * Children log JSON (pino); on a terminal we show a compact line per event, elsewhere the JSON itself so
 * log shippers keep the structure.
 */
const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

export function formatChildLine(source: string, line: string, pretty: boolean): string {
  if (!pretty) return line.startsWith('{') ? line : JSON.stringify({ service: source, msg: line });
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    const level =
      typeof entry.level === 'number'
        ? (LEVELS[entry.level] ?? String(entry.level))
        : String(entry.level ?? 'INFO').toUpperCase();
    const { msg, level: _l, time: _t, pid: _p, hostname: _h, service: _s, name: _n, ...rest } = entry;
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    return `[${source}] ${level.padEnd(5)} ${String(msg ?? '')}${extra}`;
  } catch {
    return `[${source}] ${line}`;
  }
}
