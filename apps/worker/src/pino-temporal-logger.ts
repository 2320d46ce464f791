import { DefaultLogger, type LogLevel, type LogMetadata } from '@temporalio/worker';
import type { Logger } from '@personnel/config';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** Routes the SDK's own logs (worker, workflow `log`, activity `log`) into our pino stream. */
export function pinoTemporalLogger(logger: Logger, level: LogLevel = 'INFO'): DefaultLogger {
  return new DefaultLogger(level, (entry) => {
    const meta: LogMetadata = entry.meta ?? {};
    logger[LEVELS[entry.level]]({ ...meta, sdk: true }, entry.message);
  });
}
