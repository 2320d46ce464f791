import { parse, stringify } from 'yaml';

/** The TCP ports of one Temporal server process running every service (frontend, history, matching, worker). */
export interface ClusterPorts {
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  frontendMembership: number;
  historyMembership: number;
  matchingMembership: number;
  workerMembership: number;
  /** Prometheus metrics of the server (`/metrics`). */
  metrics: number;
}

/** Where the server keeps its history (`temporal`) and visibility (`temporal_visibility`) databases. */
export interface ClusterDatabase {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  visibilityDatabase: string;
}

export interface ClusterServerSettings {
  ports: ClusterPorts;
  db: ClusterDatabase;
  dynamicConfigFile: string;
  /**
   * History shards: fixed when the database is first set up, never changed after. Four is the module's
   * development value and plenty for one district; a province-wide deployment sizes it (docs/operations.md).
   */
  historyShards?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The server's configuration: the module's own `config/development-postgres12.yaml` with this machine's
 * ports, database and credentials put in, and what does not belong on a shared machine taken out (pprof,
 * archival into /tmp). Everything else is the module's, so a server upgrade brings its new defaults.
 */
export function clusterServerConfig(baseYaml: string, settings: ClusterServerSettings): string {
  const config = parse(baseYaml) as Yaml;
  const { ports, db } = settings;
  config.log = { stdout: true, level: settings.logLevel ?? 'warn', format: 'json' };

  config.persistence.numHistoryShards = settings.historyShards ?? config.persistence.numHistoryShards;
  const stores = config.persistence.datastores as Record<string, { sql: Yaml }>;
  const databases: Record<string, string> = {
    [config.persistence.defaultStore]: db.database,
    [config.persistence.visibilityStore]: db.visibilityDatabase,
  };
  for (const [name, store] of Object.entries(stores)) {
    if (!(name in databases)) throw new Error(`unexpected datastore ${name} in the base configuration`);
    Object.assign(store.sql, {
      databaseName: databases[name],
      connectAddr: `${db.host}:${db.port}`,
      user: db.user,
      password: db.password,
    });
  }

  config.global.membership.broadcastAddress = '127.0.0.1';
  delete config.global.pprof;
  config.global.metrics.prometheus.listenAddress = `127.0.0.1:${ports.metrics}`;

  const rpc: Record<string, { grpcPort: number; membershipPort: number; httpPort?: number }> = {
    frontend: {
      grpcPort: ports.frontend,
      membershipPort: ports.frontendMembership,
      httpPort: ports.frontendHttp,
    },
    history: { grpcPort: ports.history, membershipPort: ports.historyMembership },
    matching: { grpcPort: ports.matching, membershipPort: ports.matchingMembership },
    worker: { grpcPort: ports.worker, membershipPort: ports.workerMembership },
  };
  for (const [service, values] of Object.entries(rpc)) Object.assign(config.services[service].rpc, values);
  const cluster = config.clusterMetadata.currentClusterName as string;
  config.clusterMetadata.clusterInformation[cluster].rpcAddress = `127.0.0.1:${ports.frontend}`;

  config.archival = { history: { state: 'disabled' }, visibility: { state: 'disabled' } };
  config.namespaceDefaults = {
    archival: { history: { state: 'disabled' }, visibility: { state: 'disabled' } },
  };
  config.dynamicConfigClient = { filepath: settings.dynamicConfigFile, pollInterval: '10s' };
  return stringify(config);
}

/**
 * Dynamic configuration of the cluster. Search attributes are read through a cache refreshed every
 * minute: a namespace registered a moment ago must see its attributes at once (the dev server does the
 * same), or the first procedures' upserts would be refused.
 */
export function clusterDynamicConfig(extra: Record<string, unknown> = {}): string {
  const values: Record<string, unknown> = {
    'system.forceSearchAttributesCacheRefreshOnRead': true,
    ...extra,
  };
  return stringify(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, [{ value }]])));
}
