import 'reflect-metadata';
import { createLogger, exitWithParent, readWorkerConfig } from '@personnel/config';
import { runWorker } from './worker';

const config = (() => {
  try {
    return readWorkerConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
})();
const logger = createLogger('worker', config.logLevel);
exitWithParent();

// The SDK's Runtime turns the first SIGINT/SIGTERM into a drain and then lets go of the signal; a repeat
// (an impatient supervisor, a second Ctrl-C) would otherwise kill the process mid-drain. Keep listening.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => logger.info({ signal }, 'shutdown requested; draining in-flight tasks'));
}

runWorker(config, logger).then(
  () => process.exit(0),
  (error: unknown) => {
    logger.fatal({ err: error }, 'worker failed; check TEMPORAL_ADDRESS and DATABASE_URL are reachable');
    process.exit(1);
  },
);
