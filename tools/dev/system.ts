import { join } from 'node:path';
import { readServiceConfig } from '@personnel/config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users';
import { seedDemoStandingBodies } from './demo-standing-bodies';
import { persistentJwtSecret } from './jwt-secret';
import { migrate } from './migrate';
import { REGISTER, REPO_ROOT } from './paths';
import { silentProgress, type Progress } from './progress';
import { MailCatcher } from '@personnel/persistence/testing';
import { seedDemoIfEmpty } from '../seed';
import { SupervisedProcess } from './supervisor';
import { startTemporalDevServer, waitForTemporal, type RunningTemporal } from './temporal-server';
import { waitUntil } from './wait';
import { bundleIsFresh, buildWorkflowBundle } from '@personnel/workflow-bundler';
import { buildWebPanel, webPanelIsFresh } from './web-panel';
import { DEV_API_SCOPE, startDevOidcProvider, type DevOidcProvider } from './oidc-provider';
import {
  findTemporalServer,
  startTemporalCluster,
  TEMPORAL_SERVER_HELP,
  type RunningTemporalCluster,
} from './temporal-cluster';

export interface SystemOptions {
  /** Where embedded Postgres and the Temporal SQLite file keep their data. */
  dataDir: string;
  pgPort: number;
  temporalPort: number;
  temporalUiPort: number;
  apiPort: number;
  /** Use this database instead of starting embedded Postgres. */
  databaseUrl?: string;
  /** Use this Temporal server instead of starting the dev server. */
  temporalAddress?: string;
  /**
   * Run the real Temporal server on PostgreSQL (`npm run cluster`) instead of the dev server: its two
   * databases on the product's Postgres server, created and upgraded by temporal-sql-tool.
   */
  temporalCluster?: boolean;
  /** Worker processes polling the task queue (default 1); a cluster runs two or more. */
  workers?: number;
  namespace: string;
  taskQueue: string;
  workflowBundlePath: string;
  dynamicConfig?: Record<string, string | number | boolean>;
  sqlitePragmas?: Record<string, string>;
  temporalHeadless?: boolean;
  startApi?: boolean;
  startWorker?: boolean;
  /** Seed the Đầm Hà demo organisation (2,000 cadres) into an empty embedded registry. Default true. */
  seed?: boolean;
  /** Build the web panel (dist/apps/web, served by the API) when its sources changed. Default true. */
  webPanel?: boolean;
  logLevel?: string;
  /**
   * Run the dev OpenID provider (tools/dev/oidc-provider, the demo users as a province's IdP) on this
   * port and point the API at it: the panel then offers sign-in through it beside the local accounts.
   */
  oidcDevProviderPort?: number;
  /**
   * The local mail catcher (a real SMTP server, libs/persistence testing MailCatcher) on this port, which
   * the worker's SMTP_URL points at; each mail is written to `<dataDir>/mail`. Not started when SMTP_URL
   * is set (a real relay) or when this is undefined.
   */
  mailCatcherPort?: number;
  progress?: Progress;
  /** Every log line of every part, tagged with the part's name. */
  onLog?: (source: string, line: string) => void;
}

export interface RunningSystem {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  apiUrl: string;
  /** The web panel, served by the API; undefined when it was not built (webPanel: false). */
  webUrl?: string;
  /** The first worker; every worker is in `workers`. */
  worker?: SupervisedProcess;
  workers: SupervisedProcess[];
  api?: SupervisedProcess;
  /** The Temporal cluster when `temporalCluster` was asked for (its server process, metrics). */
  temporalCluster?: RunningTemporalCluster;
  /** The dev OpenID provider when `oidcDevProviderPort` was given. */
  oidcProvider?: DevOidcProvider;
  /** The local mail catcher when it was started: its SMTP address and the folder it writes mails to. */
  mailCatcher?: { url: string; folder: string; catcher: MailCatcher };
  stop(): Promise<void>;
}

/**
 * Brings the whole system up the way `npm start` does, in order: Postgres → Temporal → migrations →
 * workflow bundle → worker + API (supervised) → API healthy. The tests and the benchmark use it too.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const progress = options.progress ?? silentProgress;
  const onLog = options.onLog ?? (() => undefined);
  const stack: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stack.reverse()) await stop().catch(() => undefined);
    stack.length = 0;
  };

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const pg: RunningPostgres = await progress.step(`embedded Postgres on :${options.pgPort}`, () =>
        startEmbeddedPostgres({
          dataDir: join(options.dataDir, 'pg'),
          port: options.pgPort,
          database: 'personnel',
          onLog: (l) => onLog('postgres', l),
        }),
      );
      stack.push(pg.stop);
      if (pg.dataDir !== join(options.dataDir, 'pg')) {
        progress.info(`Postgres data in ${pg.dataDir} (${join(options.dataDir, 'pg')} links there)`);
      }
      databaseUrl = pg.url;
    }

    let temporalAddress = options.temporalAddress;
    let temporalUiUrl: string | undefined;
    let temporalCluster: RunningTemporalCluster | undefined;
    if (!temporalAddress && options.temporalCluster) {
      const product = new URL(databaseUrl);
      const binaries = await progress.step('Temporal server build (.tools/)', async () => {
        const found = await findTemporalServer({
          install: true,
          withUi: !options.temporalHeadless,
          log: (m) => progress.info(m),
        });
        if (!found) throw new Error(TEMPORAL_SERVER_HELP);
        return found;
      });
      temporalCluster = await progress.step(`Temporal server (cluster) on :${options.temporalPort}`, () =>
        startTemporalCluster({
          dir: join(options.dataDir, 'temporal-cluster'),
          db: {
            host: product.hostname,
            port: Number(product.port || 5432),
            user: decodeURIComponent(product.username),
            password: decodeURIComponent(product.password),
            database: 'temporal',
            visibilityDatabase: 'temporal_visibility',
          },
          port: options.temporalPort,
          uiPort: options.temporalHeadless ? undefined : options.temporalUiPort,
          namespace: options.namespace,
          binaries,
          onLog: (source, line) => onLog(source, line),
          log: (m) => progress.info(m),
        }),
      );
      stack.push(temporalCluster.stop);
      temporalAddress = temporalCluster.address;
      temporalUiUrl = temporalCluster.uiUrl;
    } else if (!temporalAddress) {
      const temporal: RunningTemporal = await progress.step(
        `Temporal dev server on :${options.temporalPort}`,
        () =>
          startTemporalDevServer({
            dbFile: join(options.dataDir, 'temporal', 'dev.db'),
            port: options.temporalPort,
            uiPort: options.temporalUiPort,
            namespace: options.namespace,
            dynamicConfig: options.dynamicConfig,
            sqlitePragmas: options.sqlitePragmas,
            headless: options.temporalHeadless,
            onLog: (l) => onLog('temporal', l),
            log: (m) => progress.info(m),
          }),
      );
      stack.push(temporal.stop);
      temporalAddress = temporal.address;
      temporalUiUrl = temporal.uiUrl;
    } else {
      await progress.step(`Temporal at ${temporalAddress}`, () =>
        waitForTemporal(temporalAddress as string, 30_000),
      );
    }

    const applied = await progress.step('database migrations', () => migrate(databaseUrl as string));
    if (applied.length > 0) progress.info(`applied: ${applied.join(', ')}`);

    // Demo data and demo accounts (known password) only in embedded mode and only where nothing exists
    // yet; an external database gets its data from `npm run seed` and its accounts from `npm run users`.
    if (!options.databaseUrl) {
      if (options.seed !== false) await seedDemoIfEmpty(databaseUrl, progress);
      const demoUsers = await progress.step('demo accounts', () => seedDemoUsers(databaseUrl as string));
      if (demoUsers > 0)
        progress.info(
          `created ${demoUsers} demo accounts, password "${DEMO_PASSWORD}": ${DEMO_USERS.map((u) => u.username).join(', ')}`,
        );
      // After the accounts: a standing body's members are accounts.
      const bodies = await progress.step('demo standing bodies and sign-off templates', () =>
        seedDemoStandingBodies(databaseUrl as string),
      );
      if (bodies > 0) progress.info(`created ${bodies} standing bodies and sign-off templates`);
    }

    if (!bundleIsFresh(options.workflowBundlePath)) {
      await progress.step('workflow bundle', () => buildWorkflowBundle(options.workflowBundlePath));
    }
    const webPanel = options.webPanel !== false && options.startApi !== false;
    if (webPanel && !webPanelIsFresh()) await progress.step('web panel', () => buildWebPanel());

    let oidcProvider: DevOidcProvider | undefined;
    if (options.oidcDevProviderPort !== undefined) {
      const api = `http://127.0.0.1:${options.apiPort}`;
      oidcProvider = await progress.step(`dev OpenID provider on :${options.oidcDevProviderPort}`, () =>
        startDevOidcProvider({
          port: options.oidcDevProviderPort,
          panelOrigins: [api, `http://localhost:${options.apiPort}`],
          backchannelLogoutUri: `${api}/api/v1/auth/oidc/backchannel-logout`,
        }),
      );
      stack.push(() => (oidcProvider as DevOidcProvider).close());
    }

    let mailCatcher: RunningSystem['mailCatcher'];
    if (options.mailCatcherPort !== undefined && !process.env.SMTP_URL && !process.env.SMTP_URL_FILE) {
      const folder = join(options.dataDir, 'mail');
      const catcher = await progress.step(`mail catcher on :${options.mailCatcherPort}`, () =>
        MailCatcher.start({ port: options.mailCatcherPort, folder }),
      );
      stack.push(() => catcher.close());
      mailCatcher = { url: catcher.url, folder, catcher };
    }

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...(mailCatcher
        ? {
            SMTP_URL: mailCatcher.url,
            PANEL_URL: process.env.PANEL_URL ?? `http://127.0.0.1:${options.apiPort}`,
          }
        : {}),
      ...(oidcProvider
        ? {
            OIDC_ISSUER: oidcProvider.issuer,
            OIDC_AUDIENCE: oidcProvider.audience,
            OIDC_CLIENT_ID: oidcProvider.clientId,
            OIDC_SCOPES: `openid profile ${DEV_API_SCOPE}`,
          }
        : {}),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: options.namespace,
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      WORKFLOW_BUNDLE_PATH: options.workflowBundlePath,
      PORT: String(options.apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
      // A secret given as a file (JWT_SECRET_FILE) is left to the children: setting both is refused.
      ...(process.env.JWT_SECRET_FILE
        ? {}
        : { JWT_SECRET: process.env.JWT_SECRET ?? persistentJwtSecret(join(options.dataDir, 'jwt-secret')) }),
      // Dossier documents next to the rest of this system's data (the children's default is ./.data).
      DOCUMENT_DIR: process.env.DOCUMENT_DIR ?? join(options.dataDir, 'documents'),
    };
    // DATABASE_URL is set above (read from DATABASE_URL_FILE when that was given).
    delete env.DATABASE_URL_FILE;
    // Fail here, with the variable named, rather than in a crash-looping child.
    readServiceConfig(env);

    const polling = new Set<string>();
    const service = (name: string, entry: string) => {
      const proc = new SupervisedProcess({
        name,
        command: process.execPath,
        args: ['-r', REGISTER, join(REPO_ROOT, entry)],
        env,
        cwd: REPO_ROOT,
        onLine: (line) => {
          if (line.includes('"worker running"')) polling.add(name);
          onLog(name, line);
        },
      });
      proc.on('exit', ({ code, signal, restartInMs }) =>
        onLog(
          'supervisor',
          JSON.stringify({
            level: 40,
            time: new Date().toISOString(),
            service: 'supervisor',
            child: name,
            msg: `${name} exited (${signal ?? `code ${code}`}); restarting in ${restartInMs} ms`,
          }),
        ),
      );
      proc.start();
      stack.push(() => proc.stop());
      return proc;
    };

    const workerCount = options.startWorker === false ? 0 : (options.workers ?? 1);
    const workerNames = Array.from({ length: workerCount }, (_, i) =>
      workerCount === 1 ? 'worker' : `worker-${i + 1}`,
    );
    const workers = workerNames.map((name) => service(name, 'apps/worker/src/main.ts'));
    const api = options.startApi === false ? undefined : service('api', 'apps/api/src/main.ts');
    if (workers.length > 0) {
      await progress.step(
        workers.length === 1
          ? 'worker polling its task queue'
          : `${workers.length} workers polling the task queue`,
        () => waitUntil('the workers', () => workerNames.every((n) => polling.has(n)), 120_000, 200),
      );
    }
    const apiUrl = `http://127.0.0.1:${options.apiPort}`;
    if (api) {
      await progress.step(`API on :${options.apiPort}`, () =>
        waitUntil('the API', async () => (await fetch(`${apiUrl}/api/health`)).ok, 60_000, 300),
      );
    }
    const webUrl = webPanel ? `${apiUrl}/` : undefined;
    return {
      databaseUrl,
      temporalAddress,
      temporalUiUrl,
      apiUrl,
      webUrl,
      worker: workers[0],
      workers,
      api,
      temporalCluster,
      oidcProvider,
      mailCatcher,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
