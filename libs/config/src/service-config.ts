import { authConfigFrom, type AuthConfig } from './auth-config';
import { documentStoreFrom, type DocumentStoreConfig } from './document-store-config';
import { EnvReader } from './env';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Embedded defaults: what `npm start` runs when nothing is configured. */
export const DEFAULTS = {
  databaseUrl: 'postgres://personnel:personnel@localhost:5433/personnel',
  temporalAddress: 'localhost:7233',
  temporalNamespace: 'default',
  taskQueue: 'personnel-decisions',
  apiPort: 3000,
} as const;

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  /** TLS for Temporal Cloud or a secured cluster: client cert and key paths (mTLS) or a server CA. */
  tls?: { serverRootCaPath?: string; clientCertPath?: string; clientKeyPath?: string; serverName?: string };
  apiKey?: string;
}

export interface ServiceConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  logLevel: LogLevel;
}

type Env = Record<string, string | undefined>;

export function readServiceConfig(env: Env = process.env): ServiceConfig {
  const reader = new EnvReader(env);
  const config = serviceConfigFrom(reader);
  reader.done();
  return config;
}

function serviceConfigFrom(reader: EnvReader): ServiceConfig {
  const tlsEnabled = reader.boolean('TEMPORAL_TLS', false);
  const clientCertPath = reader.optional('TEMPORAL_TLS_CERT');
  const clientKeyPath = reader.optional('TEMPORAL_TLS_KEY');
  const config: ServiceConfig = {
    databaseUrl: reader.postgresUrl('DATABASE_URL') ?? DEFAULTS.databaseUrl,
    temporal: {
      address: reader.hostPort('TEMPORAL_ADDRESS', DEFAULTS.temporalAddress),
      namespace: reader.string('TEMPORAL_NAMESPACE', DEFAULTS.temporalNamespace),
      taskQueue: reader.string('TEMPORAL_TASK_QUEUE', DEFAULTS.taskQueue),
      apiKey: reader.optional('TEMPORAL_API_KEY'),
      tls:
        tlsEnabled || clientCertPath || clientKeyPath
          ? {
              serverRootCaPath: reader.optional('TEMPORAL_TLS_CA'),
              clientCertPath,
              clientKeyPath,
              serverName: reader.optional('TEMPORAL_TLS_SERVER_NAME'),
            }
          : undefined,
    },
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  };
  if (Boolean(clientCertPath) !== Boolean(clientKeyPath)) {
    reader.problem('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together (mTLS)');
  }
  return config;
}

export interface ApiConfig extends ServiceConfig {
  port: number;
  host: string;
  auth: AuthConfig;
  /** Where uploaded dossier documents are kept (DOCUMENT_STORE, DOCUMENT_DIR). */
  documentStore: DocumentStoreConfig;
  /** Accept `timing` in POST /appointments (APPOINTMENT_TIMING_OVERRIDES; tests and demos only). */
  appointmentTimingOverrides: boolean;
  /**
   * The longest a query of the API may take (DATABASE_QUERY_TIMEOUT_MS, default 5,000): past it the
   * request answers 503 naming the database rather than hanging on a stalled Postgres.
   */
  databaseQueryTimeoutMs: number;
}

/** Default of DATABASE_QUERY_TIMEOUT_MS. */
export const DEFAULT_DATABASE_QUERY_TIMEOUT_MS = 5_000;

const databaseQueryTimeoutFrom = (reader: EnvReader): number =>
  reader.integer('DATABASE_QUERY_TIMEOUT_MS', DEFAULT_DATABASE_QUERY_TIMEOUT_MS, 100, 600_000);

export function readApiConfig(env: Env = process.env): ApiConfig {
  const reader = new EnvReader(env);
  const service = serviceConfigFrom(reader);
  const config = {
    ...service,
    port: reader.port('PORT', DEFAULTS.apiPort),
    host: reader.string('HOST', '0.0.0.0'),
    auth: authConfigFrom(reader),
    documentStore: documentStoreFrom(reader),
    appointmentTimingOverrides: reader.boolean('APPOINTMENT_TIMING_OVERRIDES', false),
    databaseQueryTimeoutMs: databaseQueryTimeoutFrom(reader),
  };
  reader.done();
  return config;
}

export interface WorkerConfig extends ServiceConfig {
  /** Prebuilt workflow bundle (production); when absent the worker bundles workflows/ at start. */
  workflowBundlePath?: string;
  /** Where dossier documents are kept: the worker verifies a dossier against it. */
  documentStore: DocumentStoreConfig;
  /**
   * Workflows kept in the worker's cache (WORKER_MAX_CACHED_WORKFLOWS). Rotations wait for years: one
   * evicted is replayed from its short history when it next moves, so the cache is bounded to keep the
   * worker's memory flat under a batch of a thousand (bench/README.md, rotation batch).
   */
  maxCachedWorkflows: number;
  /**
   * The longest one query of an activity may take (DATABASE_QUERY_TIMEOUT_MS, default 5,000): past it
   * the attempt fails and Temporal retries it, rather than the activity hanging on a stalled Postgres
   * (its start-to-close timeout lets Temporal retry, but the hung attempt would keep its connection).
   */
  databaseQueryTimeoutMs: number;
  /**
   * Where the SDK runtime serves its Prometheus metrics, `host:port` (WORKER_METRICS_ADDRESS, e.g.
   * 0.0.0.0:9464); unset, none are served: a port is opened only where someone scrapes it.
   */
  metricsAddress?: string;
}

/** Default of WORKER_MAX_CACHED_WORKFLOWS. */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 250;

export function readWorkerConfig(env: Env = process.env): WorkerConfig {
  const reader = new EnvReader(env);
  const service = serviceConfigFrom(reader);
  const config = {
    ...service,
    workflowBundlePath: reader.optional('WORKFLOW_BUNDLE_PATH'),
    documentStore: documentStoreFrom(reader),
    maxCachedWorkflows: reader.integer(
      'WORKER_MAX_CACHED_WORKFLOWS',
      DEFAULT_MAX_CACHED_WORKFLOWS,
      1,
      100_000,
    ),
    databaseQueryTimeoutMs: databaseQueryTimeoutFrom(reader),
    metricsAddress: optionalHostPort(reader, 'WORKER_METRICS_ADDRESS'),
  };
  reader.done();
  return config;
}

const optionalHostPort = (reader: EnvReader, name: string): string | undefined => {
  const value = reader.optional(name);
  return value === undefined ? undefined : reader.hostPort(name, value);
};
