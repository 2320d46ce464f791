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

runWorker(config, logger).then(
  () => process.exit(0),
  (error: unknown) => {
    logger.fatal({ err: error }, 'worker failed; check TEMPORAL_ADDRESS and DATABASE_URL are reachable');
    process.exit(1);
  },
);
