import pino, { type Logger } from 'pino';
import type { LogLevel } from './service-config';

/** Structured JSON logs, one line per event, with the service name on every line. */
export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger } from 'pino';
