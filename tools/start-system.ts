import { resolve } from 'node:path';
import { ConfigError, createLogger, EnvReader } from '@personnel/config';
import { formatChildLine } from './dev/log-format';
import { WORKFLOW_BUNDLE } from '@personnel/workflow-bundler';
import { DATA_DIR } from './dev/paths';
import { consoleProgress } from './dev/progress';
import { startSystem, type RunningSystem } from './dev/system';

/**
 * `npm start` (the dev server on SQLite, one worker) or `npm run cluster` (`--cluster`: the real Temporal
 * server on PostgreSQL, WORKERS workers, default 2). The same code reads the same configuration either way.
 */
const CLUSTER = process.argv.includes('--cluster');
/** `npm start -- --oidc` (or OIDC_DEV_PROVIDER=true): sign in through the dev OpenID provider too. */
const OIDC_FLAG = process.argv.includes('--oidc');

function readStartOptions() {
  const env = new EnvReader(process.env);
  const options = {
    // A cluster keeps data apart from the dev server's: the product database must match Temporal's history.
    dataDir: resolve(env.string('DATA_DIR', CLUSTER ? resolve(DATA_DIR, 'cluster') : DATA_DIR)),
    temporalCluster: CLUSTER,
    workers: env.integer('WORKERS', CLUSTER ? 2 : 1, 1, 64),
    pgPort: env.port('PG_PORT', 5433),
    temporalPort: env.port('TEMPORAL_PORT', 7233),
    temporalUiPort: env.port('TEMPORAL_UI_PORT', 8233),
    apiPort: env.port('PORT', 3000),
    databaseUrl: env.postgresUrl('DATABASE_URL'),
    temporalAddress: env.optional('TEMPORAL_ADDRESS') ? env.hostPort('TEMPORAL_ADDRESS', '') : undefined,
    namespace: env.string('TEMPORAL_NAMESPACE', 'default'),
    taskQueue: env.string('TEMPORAL_TASK_QUEUE', 'personnel-decisions'),
    workflowBundlePath: resolve(env.string('WORKFLOW_BUNDLE_PATH', WORKFLOW_BUNDLE)),
    // The local mail catcher, where the worker's notification mail goes unless SMTP_URL names a relay.
    mailCatcherPort: env.port('MAIL_CATCHER_PORT', 1025),
    oidcDevProviderPort:
      OIDC_FLAG || env.boolean('OIDC_DEV_PROVIDER', false)
        ? env.port('OIDC_DEV_PROVIDER_PORT', 3009)
        : undefined,
  };
  env.done();
  return options;
}

async function main(): Promise<void> {
  let options;
  try {
    options = readStartOptions();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  const pretty = Boolean(process.stdout.isTTY) && process.env.LOG_FORMAT !== 'json';
  const logger = createLogger('start');
  const progress = consoleProgress();
  const quiet = new Set(['postgres', 'temporal', 'temporal-ui']);
  // A cluster's server logs transient errors while its services find each other; it keeps every line in
  // <DATA_DIR>/temporal-cluster/temporal-server.log, and only a fatal one is shown here.
  const loud = CLUSTER ? /"level":"(fatal|panic|dpanic)"|FATAL|PANIC/ : /"level":"(error|fatal)"|FATAL|PANIC/;
  let system: RunningSystem | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n… ${signal}: stopping API, workers, Temporal and Postgres\n`);
    await system?.stop();
    process.stdout.write('✔ stopped\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    system = await startSystem({
      ...options,
      progress,
      onLog: (source, line) => {
        if (quiet.has(source) && !loud.test(line)) return;
        process.stdout.write(`${formatChildLine(source, line, pretty)}\n`);
      },
    });
  } catch (error) {
    logger.error({ err: error }, 'start failed');
    process.stderr.write(`\n✖ ${(error as Error).message}\n`);
    process.exit(1);
  }
  if (stopping) return;
  const lines = [
    '',
    `Personnel decisions is running${CLUSTER ? ` on a Temporal cluster with ${system.workers.length} workers` : ''}:`,
    ...(system.webUrl ? [`  Web panel        ${system.webUrl}`] : []),
    ...(system.oidcProvider
      ? [
          `  OpenID provider  ${system.oidcProvider.issuer} (demo users, password "demo"; POST /dev/rotate-keys, /dev/accounts/<user>/disable)`,
        ]
      : []),
    ...(system.mailCatcher
      ? [`  Mail (catcher)   ${system.mailCatcher.url} → ${system.mailCatcher.folder}/*.eml (and .txt)`]
      : []),
    `  API              ${system.apiUrl}/api/v1/appointments`,
    `  OpenAPI docs     ${system.apiUrl}/api/docs`,
    `  Temporal UI      ${system.temporalUiUrl ?? '(external Temporal: use its own UI)'}`,
    `  Temporal gRPC    ${system.temporalAddress}`,
    ...(system.temporalCluster ? [`  Temporal metrics ${system.temporalCluster.metricsUrl}`] : []),
    `  Postgres         ${system.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

void main();
