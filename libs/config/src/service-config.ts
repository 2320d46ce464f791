import { mailConfigFrom, type MailConfig } from './mail-config';
import { authConfigFrom, type AuthConfig } from './auth-config';
import { documentStoreFrom, type DocumentStoreConfig } from './document-store-config';
import { EnvReader } from './env';
import { postgresTlsFrom, type PostgresTlsConfig } from './postgres-tls-config';
import { temporalProfileFrom } from './temporal-profile';
import { workerTuningFrom, type WorkerTuning } from './worker-tuning-config';

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

/**
 * TLS for Temporal Cloud or a secured cluster: a server CA, a client certificate and key (mTLS). Each
 * PEM is a file path (variables, or a profile's `*_path`) or the PEM itself (a profile's `*_data`).
 */
export interface TemporalTlsConfig {
  serverRootCaPath?: string;
  serverRootCaPem?: string;
  clientCertPath?: string;
  clientCertPem?: string;
  clientKeyPath?: string;
  clientKeyPem?: string;
  serverName?: string;
}

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  tls?: TemporalTlsConfig;
  apiKey?: string;
  /** gRPC headers of a Temporal profile's `grpc_meta`. */
  grpcMeta?: Record<string, string>;
}

export interface ServiceConfig {
  /** DATABASE_URL as given (or DATABASE_URL_FILE's contents); connect with `postgresConnectionOptions`. */
  databaseUrl: string;
  /** TLS to Postgres: DATABASE_URL's sslmode and DATABASE_SSL_CA / _CERT / _KEY; absent, none. */
  databaseTls?: PostgresTlsConfig;
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

/** Exported for the check that `.env.example` lists every variable read (env-example.spec). */
export function serviceConfigFrom(reader: EnvReader): ServiceConfig {
  const databaseUrl = reader.postgresUrl('DATABASE_URL') ?? DEFAULTS.databaseUrl;
  return {
    databaseUrl,
    databaseTls: postgresTlsFrom(reader, databaseUrl),
    temporal: temporalConfigFrom(reader),
    logLevel: reader.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  };
}

/**
 * The Temporal connection: a Temporal environment-config profile when one is named (temporal-profile),
 * then each variable set overriding its field. With neither, the embedded defaults (the dev server).
 */
function temporalConfigFrom(reader: EnvReader): TemporalConfig {
  const profile = temporalProfileFrom(reader);
  const clientCertPath = reader.readableFile('TEMPORAL_TLS_CERT');
  const clientKeyPath = reader.readableFile('TEMPORAL_TLS_KEY');
  const serverRootCaPath = reader.readableFile('TEMPORAL_TLS_CA');
  const serverName = reader.optional('TEMPORAL_TLS_SERVER_NAME');
  const tlsEnabled = reader.boolean('TEMPORAL_TLS', profile?.tls !== undefined);
  if (Boolean(clientCertPath) !== Boolean(clientKeyPath)) {
    reader.problem('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together (mTLS)');
  }
  let tls: TemporalTlsConfig | undefined;
  if (tlsEnabled || clientCertPath || clientKeyPath) {
    tls = { ...profile?.tls };
    // A variable replaces the profile's file or inline PEM of the same thing, never mixes with it.
    if (clientCertPath || clientKeyPath)
      tls = { ...tls, clientCertPath, clientKeyPath, clientCertPem: undefined, clientKeyPem: undefined };
    if (serverRootCaPath) tls = { ...tls, serverRootCaPath, serverRootCaPem: undefined };
    if (serverName) tls.serverName = serverName;
  }
  return {
    address: reader.hostPort('TEMPORAL_ADDRESS', profile?.address ?? DEFAULTS.temporalAddress),
    namespace: reader.string('TEMPORAL_NAMESPACE', profile?.namespace ?? DEFAULTS.temporalNamespace),
    taskQueue: reader.string('TEMPORAL_TASK_QUEUE', DEFAULTS.taskQueue),
    apiKey: reader.secret('TEMPORAL_API_KEY') ?? profile?.apiKey,
    tls,
    ...(profile?.grpcMeta ? { grpcMeta: profile.grpcMeta } : {}),
  };
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
  /**
   * The longest wait between two tries of a webhook delivery a subscriber refuses (WEBHOOK_MAX_BACKOFF_MS,
   * default an hour): the wait doubles from a second up to it and never gives up. Given to each
   * subscription's delivery workflow when it is created.
   */
  webhookMaxBackoffMs: number;
}

/** Default of DATABASE_QUERY_TIMEOUT_MS. */
export const DEFAULT_DATABASE_QUERY_TIMEOUT_MS = 5_000;

const databaseQueryTimeoutFrom = (reader: EnvReader): number =>
  reader.integer('DATABASE_QUERY_TIMEOUT_MS', DEFAULT_DATABASE_QUERY_TIMEOUT_MS, 100, 600_000);

export function readApiConfig(env: Env = process.env): ApiConfig {
  const reader = new EnvReader(env);
  const config = apiConfigFrom(reader);
  reader.done();
  return config;
}

export function apiConfigFrom(reader: EnvReader): ApiConfig {
  const service = serviceConfigFrom(reader);
  return {
    ...service,
    port: reader.port('PORT', DEFAULTS.apiPort),
    host: reader.string('HOST', '0.0.0.0'),
    auth: authConfigFrom(reader),
    documentStore: documentStoreFrom(reader),
    appointmentTimingOverrides: reader.boolean('APPOINTMENT_TIMING_OVERRIDES', false),
    databaseQueryTimeoutMs: databaseQueryTimeoutFrom(reader),
    webhookMaxBackoffMs: reader.integer('WEBHOOK_MAX_BACKOFF_MS', 3_600_000, 1_000, 86_400_000),
  };
}

export interface WorkerConfig extends ServiceConfig, WorkerTuning {
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
  /**
   * How long a webhook subscriber has to answer one delivery (WEBHOOK_TIMEOUT_MS, default 10,000): past
   * it the attempt is logged `timeout` and the event is tried again after the backoff.
   */
  webhookTimeoutMs: number;
  /** Notification mail (SMTP_URL, MAIL_FROM, PANEL_URL); undefined when SMTP_URL is unset. */
  mail?: MailConfig;
}

/** Default of WORKER_MAX_CACHED_WORKFLOWS. */
export const DEFAULT_MAX_CACHED_WORKFLOWS = 250;

export function readWorkerConfig(env: Env = process.env): WorkerConfig {
  const reader = new EnvReader(env);
  const config = workerConfigFrom(reader);
  reader.done();
  return config;
}

const optionalHostPort = (reader: EnvReader, name: string): string | undefined => {
  const value = reader.optional(name);
  return value === undefined ? undefined : reader.hostPort(name, value);
};

export function workerConfigFrom(reader: EnvReader): WorkerConfig {
  const service = serviceConfigFrom(reader);
  const maxCachedWorkflows = reader.integer(
    'WORKER_MAX_CACHED_WORKFLOWS',
    DEFAULT_MAX_CACHED_WORKFLOWS,
    1,
    100_000,
  );
  return {
    ...service,
    workflowBundlePath: reader.optional('WORKFLOW_BUNDLE_PATH'),
    documentStore: documentStoreFrom(reader),
    maxCachedWorkflows,
    databaseQueryTimeoutMs: databaseQueryTimeoutFrom(reader),
    metricsAddress: optionalHostPort(reader, 'WORKER_METRICS_ADDRESS'),
    webhookTimeoutMs: reader.integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    mail: mailConfigFrom(reader),
    // Concurrency and deployment versioning (worker-tuning-config).
    ...workerTuningFrom(reader, maxCachedWorkflows),
  };
}
