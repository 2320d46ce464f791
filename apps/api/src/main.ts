import 'reflect-metadata';
import { createLogger, exitWithParent, readApiConfig } from '@personnel/config';
import { createApp, OPENAPI_PATH } from './create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = readApiConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger('api', config.logLevel);
  exitWithParent();
  const app = await createApp(config, logger);
  await app.listen(config.port, config.host);
  logger.info({ port: config.port, docs: `/${OPENAPI_PATH}` }, 'api listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`api failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
