import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './env';
import {
  DEFAULT_DATABASE_QUERY_TIMEOUT_MS,
  DEFAULTS,
  readApiConfig,
  readWorkerConfig,
} from './service-config';

describe('service configuration from the environment', () => {
  it('falls back to the embedded defaults', () => {
    const config = readApiConfig({});
    expect(config).toMatchObject({
      databaseUrl: DEFAULTS.databaseUrl,
      port: DEFAULTS.apiPort,
      temporal: { address: DEFAULTS.temporalAddress, namespace: 'default', taskQueue: DEFAULTS.taskQueue },
      logLevel: 'info',
    });
    expect(config.temporal.tls).toBeUndefined();
  });

  it('takes every address from the environment', () => {
    const config = readApiConfig({
      DATABASE_URL: 'postgres://u:p@db.internal:5432/hr',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_NAMESPACE: 'personnel',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u:p@db.internal:5432/hr',
      port: 8080,
      temporal: { address: 'temporal.internal:7233', namespace: 'personnel' },
    });
  });

  it('lists every bad value, naming the variable', () => {
    let error: unknown;
    try {
      readApiConfig({
        PORT: '99999',
        DATABASE_URL: 'mysql://x/y',
        TEMPORAL_ADDRESS: 'no-port',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT="99999"/);
    expect(problems).toMatch(/DATABASE_URL must be a URL like postgres:/);
    expect(problems).toMatch(/TEMPORAL_ADDRESS="no-port" must be host:port/);
    expect(problems).toMatch(/LOG_LEVEL="loud" must be one of/);
  });

  it('requires a TLS client certificate and key together, each a file it can read now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-tls-'));
    const [cert, key] = ['c.pem', 'k.pem'].map((name) => join(dir, name));
    writeFileSync(cert, 'CERT');
    writeFileSync(key, 'KEY');
    expect(() => readWorkerConfig({ TEMPORAL_TLS_CERT: cert })).toThrow(
      /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY/,
    );
    expect(readWorkerConfig({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key }).temporal.tls).toMatchObject({
      clientCertPath: cert,
      clientKeyPath: key,
    });
    expect(() =>
      readWorkerConfig({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: join(dir, 'gone.pem') }),
    ).toThrow(/TEMPORAL_TLS_KEY=".*gone.pem" cannot be read \(ENOENT\)/);
    rmSync(dir, { recursive: true });
  });

  it("bounds the worker's queries as the API's, by DATABASE_QUERY_TIMEOUT_MS", () => {
    expect(readWorkerConfig({}).databaseQueryTimeoutMs).toBe(DEFAULT_DATABASE_QUERY_TIMEOUT_MS);
    expect(readWorkerConfig({ DATABASE_QUERY_TIMEOUT_MS: '2500' }).databaseQueryTimeoutMs).toBe(2500);
    expect(() => readWorkerConfig({ DATABASE_QUERY_TIMEOUT_MS: '0' })).toThrow(/DATABASE_QUERY_TIMEOUT_MS/);
  });

  it('passes the prebuilt workflow bundle path to the worker', () => {
    expect(readWorkerConfig({ WORKFLOW_BUNDLE_PATH: '/srv/bundle.js' }).workflowBundlePath).toBe(
      '/srv/bundle.js',
    );
  });
});

describe('auth configuration', () => {
  it('makes up a per-process key in development and says so', () => {
    const { auth } = readApiConfig({});
    expect(auth.ephemeralSecret).toBe(true);
    expect(auth.jwtSecret).toHaveLength(64);
    expect(auth.tokenTtlSeconds).toBe(28800);
    expect(auth.oidc).toBeUndefined();
  });

  it('requires a long enough JWT_SECRET, and one at all in production', () => {
    expect(() => readApiConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
    expect(() => readApiConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET is required when NODE_ENV=production/,
    );
    expect(readApiConfig({ JWT_SECRET: 'x'.repeat(32) }).auth).toMatchObject({
      jwtSecret: 'x'.repeat(32),
      ephemeralSecret: false,
    });
  });

  it('reads an OIDC issuer with its claim names', () => {
    expect(
      readApiConfig({ OIDC_ISSUER: 'https://id.example.gov.vn/realms/hr/', OIDC_AUDIENCE: 'personnel' }).auth
        .oidc,
    ).toEqual({
      issuer: 'https://id.example.gov.vn/realms/hr',
      audience: 'personnel',
      clientId: undefined,
      scopes: 'openid profile',
      usernameClaim: 'preferred_username',
      nameClaim: 'name',
      rolesClaim: 'roles',
      unitClaim: 'unit',
      roleMap: {},
      jwksCooldownSeconds: 30,
    });
    expect(() => readApiConfig({ OIDC_ISSUER: 'id.example' })).toThrow(
      /OIDC_ISSUER must be an http\(s\) URL/,
    );
  });

  it('reads the panel client, a nested roles claim and a role map', () => {
    expect(
      readApiConfig({
        OIDC_ISSUER: 'https://id.example.gov.vn/realms/hr',
        OIDC_CLIENT_ID: 'personnel-panel',
        OIDC_ROLES_CLAIM: 'realm_access.roles',
        OIDC_ROLE_MAP: 'to-chuc-can-bo=hr_officer, lanh-dao = leader',
        OIDC_JWKS_COOLDOWN_SECONDS: '0',
      }).auth.oidc,
    ).toMatchObject({
      clientId: 'personnel-panel',
      rolesClaim: 'realm_access.roles',
      roleMap: { 'to-chuc-can-bo': 'hr_officer', 'lanh-dao': 'leader' },
      jwksCooldownSeconds: 0,
    });
    expect(() =>
      readApiConfig({ OIDC_ISSUER: 'https://id.example', OIDC_ROLE_MAP: 'lanh-dao:leader' }),
    ).toThrow(/OIDC_ROLE_MAP: "lanh-dao:leader" is not provider-role=api_role/);
  });
});

describe('document store and appointment settings', () => {
  it('default to files under .data/documents and no timing overrides', () => {
    const api = readApiConfig({});
    expect(api.documentStore).toEqual({
      kind: 'fs',
      dir: require('node:path').resolve('.data', 'documents'),
    });
    expect(api.appointmentTimingOverrides).toBe(false);
    expect(readWorkerConfig({ DATA_DIR: '/srv/hr' }).documentStore).toEqual({
      kind: 'fs',
      dir: '/srv/hr/documents',
    });
  });

  it('take the store, the directory and the overrides flag from the environment', () => {
    expect(readWorkerConfig({ DOCUMENT_STORE: 'pg' }).documentStore).toEqual({ kind: 'pg' });
    const api = readApiConfig({ DOCUMENT_DIR: '/var/lib/hr-docs', APPOINTMENT_TIMING_OVERRIDES: 'true' });
    expect(api.documentStore).toEqual({ kind: 'fs', dir: '/var/lib/hr-docs' });
    expect(api.appointmentTimingOverrides).toBe(true);
  });

  it('name the variable of a bad value', () => {
    expect(() => readApiConfig({ DOCUMENT_STORE: 's3' })).toThrow(
      /DOCUMENT_STORE="s3" must be one of: fs, pg/,
    );
    expect(() => readWorkerConfig({ DOCUMENT_DIR: __filename })).toThrow(
      /DOCUMENT_DIR=".*" exists but is not a directory/,
    );
    expect(() => readApiConfig({ APPOINTMENT_TIMING_OVERRIDES: 'maybe' })).toThrow(
      /APPOINTMENT_TIMING_OVERRIDES="maybe" must be true or false/,
    );
  });
});

describe('the worker cache bound', () => {
  it('defaults to a bounded cache and reads WORKER_MAX_CACHED_WORKFLOWS, refusing a non-number', () => {
    expect(readWorkerConfig({}).maxCachedWorkflows).toBe(250);
    expect(readWorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: '40' }).maxCachedWorkflows).toBe(40);
    expect(() => readWorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'many' })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
  });
});

describe("the worker's metrics endpoint", () => {
  it('is off unless WORKER_METRICS_ADDRESS names a host:port, and a bad one is named', () => {
    expect(readWorkerConfig({}).metricsAddress).toBeUndefined();
    expect(readWorkerConfig({ WORKER_METRICS_ADDRESS: '0.0.0.0:9464' }).metricsAddress).toBe('0.0.0.0:9464');
    expect(() => readWorkerConfig({ WORKER_METRICS_ADDRESS: '9464' })).toThrow(
      /WORKER_METRICS_ADDRESS="9464" must be host:port/,
    );
  });
});
