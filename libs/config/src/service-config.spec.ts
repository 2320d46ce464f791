import { ConfigError } from './env';
import { DEFAULTS, readApiConfig, readWorkerConfig } from './service-config';

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

  it('requires a TLS client certificate and key together', () => {
    expect(() => readWorkerConfig({ TEMPORAL_TLS_CERT: '/etc/cert.pem' })).toThrow(
      /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY/,
    );
    expect(
      readWorkerConfig({ TEMPORAL_TLS_CERT: '/c.pem', TEMPORAL_TLS_KEY: '/k.pem' }).temporal.tls,
    ).toMatchObject({
      clientCertPath: '/c.pem',
      clientKeyPath: '/k.pem',
    });
  });

  it('passes the prebuilt workflow bundle path to the worker', () => {
    expect(readWorkerConfig({ WORKFLOW_BUNDLE_PATH: '/srv/bundle.js' }).workflowBundlePath).toBe(
      '/srv/bundle.js',
    );
  });
});
