import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, freePortBelow32768 } from '../ports';
import { stopLeftover } from '../stale-process';
import { SupervisedProcess } from '../supervisor';
import { waitForTemporal, type RunningTemporal } from '../temporal-server';
import { findTemporalServer, TEMPORAL_SERVER_HELP, type TemporalServerBinaries } from './binaries';
import { ensureNamespace } from './namespace';
import { setUpClusterSchema } from './schema';
import {
  clusterDynamicConfig,
  clusterServerConfig,
  type ClusterDatabase,
  type ClusterPorts,
} from './server-config';
import { startUiServer } from './ui-server';

export interface TemporalClusterOptions {
  /** Where the server's configuration and pid file are written. */
  dir: string;
  /** A Postgres role allowed to create the two databases (the product's own server is fine). */
  db: ClusterDatabase;
  /** The frontend's gRPC port: what clients and workers dial. */
  port: number;
  /** The Temporal UI's port; no UI when undefined or headless. */
  uiPort?: number;
  headless?: boolean;
  namespace: string;
  /** Every other port (history, matching, worker, membership, metrics): free ones unless given. */
  ports?: Partial<ClusterPorts>;
  binaries?: TemporalServerBinaries;
  onLog?: (source: 'temporal' | 'temporal-ui', line: string) => void;
  log?: (message: string) => void;
}

export interface RunningTemporalCluster extends RunningTemporal {
  /** The supervised server process: a crash is restarted, as a process manager would. */
  server: SupervisedProcess;
  /** The server's Prometheus endpoint. */
  metricsUrl: string;
  schemaVersions: Record<string, string>;
}

async function clusterPorts(frontend: number, given: Partial<ClusterPorts>): Promise<ClusterPorts> {
  const pick = async (key: keyof ClusterPorts) => given[key] ?? (await freePort());
  const taken = new Set<number>([frontend]);
  // Membership ports are stored as a smallint in the cluster_membership table.
  const member = async (key: keyof ClusterPorts) => given[key] ?? (await freePortBelow32768(taken));
  return {
    frontend,
    frontendHttp: await pick('frontendHttp'),
    history: await pick('history'),
    matching: await pick('matching'),
    worker: await pick('worker'),
    frontendMembership: await member('frontendMembership'),
    historyMembership: await member('historyMembership'),
    matchingMembership: await member('matchingMembership'),
    workerMembership: await member('workerMembership'),
    metrics: await pick('metrics'),
  };
}

/**
 * The real Temporal server (not the dev server) on PostgreSQL, as a production cluster runs it: schema
 * set up or upgraded by temporal-sql-tool, the module's postgres12 configuration with our ports, the
 * namespace and the product's search attributes registered, the standalone UI beside it. All four
 * services run in one supervised process here; a larger deployment runs them apart from the same
 * configuration (`--service frontend` …, docs/operations.md).
 */
export async function startTemporalCluster(options: TemporalClusterOptions): Promise<RunningTemporalCluster> {
  const log = options.log ?? (() => undefined);
  const binaries = options.binaries ?? (await findTemporalServer({ log }));
  if (!binaries) throw new Error(TEMPORAL_SERVER_HELP);
  mkdirSync(options.dir, { recursive: true });

  const schemaVersions = await setUpClusterSchema(binaries, options.db, log);
  const ports = await clusterPorts(options.port, options.ports ?? {});
  const dynamicConfigFile = join(options.dir, 'dynamic-config.yaml');
  writeFileSync(dynamicConfigFile, clusterDynamicConfig());
  const configFile = join(options.dir, 'temporal-server.yaml');
  writeFileSync(
    configFile,
    clusterServerConfig(readFileSync(binaries.baseConfig, 'utf8'), {
      ports,
      db: options.db,
      dynamicConfigFile,
    }),
    { mode: 0o600 }, // it holds the database password
  );

  const pidFile = join(options.dir, 'temporal-server.pid');
  await stopLeftover(pidFile, configFile, 'SIGTERM', log);
  const serverLog = createWriteStream(join(options.dir, 'temporal-server.log'), { flags: 'a' });
  const server = new SupervisedProcess({
    name: 'temporal',
    command: binaries.server,
    args: ['--config-file', configFile, '--allow-no-auth', 'start'],
    env: process.env,
    onLine: (line) => {
      serverLog.write(`${line}\n`);
      options.onLog?.('temporal', line);
    },
    // The server drains its shards on SIGTERM; give it the time it asks for before SIGKILL.
    stopGraceMs: 30_000,
  });
  server.on('spawn', (pid) => writeFileSync(pidFile, `${pid}\n`));
  server.start();
  const address = `127.0.0.1:${ports.frontend}`;
  const stops: (() => Promise<void>)[] = [
    () => new Promise<void>((done) => serverLog.end(done)),
    () => server.stop(),
  ];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    await waitForTemporal(address, 120_000);
    await ensureNamespace(address, options.namespace, { log });
    let uiUrl: string | undefined;
    if (!options.headless && options.uiPort !== undefined) {
      if (!binaries.uiServer)
        log('no Temporal UI build (npm run cluster:install builds it); running without one');
      else {
        const ui = startUiServer({
          binary: binaries.uiServer,
          dir: join(options.dir, 'ui'),
          temporalAddress: address,
          port: options.uiPort,
          namespace: options.namespace,
          onLine: (line) => options.onLog?.('temporal-ui', line),
        });
        stops.push(() => ui.process.stop());
        uiUrl = ui.url;
      }
    }
    return {
      address,
      uiUrl,
      server,
      metricsUrl: `http://127.0.0.1:${ports.metrics}/metrics`,
      schemaVersions,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
