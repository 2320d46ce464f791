import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, readApiConfig, readWorkerConfig } from './service-config';
import { temporalConnectionOptions } from './temporal-connection-options';

/**
 * A Temporal environment-config file as `temporal config set` and Temporal Cloud's setup write it,
 * read by @temporalio/envconfig: a Cloud profile with mTLS files, one with an API key.
 */
describe('the Temporal connection from an environment-config profile', () => {
  let dir: string;
  let toml: string;
  const path = (name: string) => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'config-profile-'));
    writeFileSync(path('client.pem'), 'CLIENT CERT');
    writeFileSync(path('client.key'), 'CLIENT KEY');
    writeFileSync(path('ca.pem'), 'SERVER CA');
    writeFileSync(path('env-client.pem'), 'ENV CLIENT CERT');
    writeFileSync(path('env-client.key'), 'ENV CLIENT KEY');
    toml = path('temporal.toml');
    writeFileSync(
      toml,
      `[profile.default]
address = "localhost:7233"
namespace = "default"

[profile.prod]
address = "personnel.a1b2c.tmprl.cloud:7233"
namespace = "personnel.a1b2c"

[profile.prod.tls]
client_cert_path = "${path('client.pem')}"
client_key_path = "${path('client.key')}"
server_ca_cert_path = "${path('ca.pem')}"
server_name = "personnel.a1b2c.tmprl.cloud"

[profile.prod.grpc_meta]
x-team = "hr"

[profile.cloud-key]
address = "eu-west-1.aws.api.temporal.io:7233"
namespace = "personnel.a1b2c"
api_key = "profile-api-key"

[profile.inline]
address = "temporal.internal:7233"

[profile.inline.tls]
client_cert_data = "INLINE CERT"
client_key_data = "INLINE KEY"
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes address, namespace, TLS files and gRPC headers from the named profile', () => {
    const { temporal } = readWorkerConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'prod' });
    expect(temporal).toEqual({
      address: 'personnel.a1b2c.tmprl.cloud:7233',
      namespace: 'personnel.a1b2c',
      taskQueue: DEFAULTS.taskQueue,
      apiKey: undefined,
      tls: {
        serverName: 'personnel.a1b2c.tmprl.cloud',
        serverRootCaPath: path('ca.pem'),
        clientCertPath: path('client.pem'),
        clientKeyPath: path('client.key'),
        serverRootCaPem: undefined,
        clientCertPem: undefined,
        clientKeyPem: undefined,
      },
      grpcMeta: { 'x-team': 'hr' },
    });
    const options = temporalConnectionOptions(temporal);
    expect(options).toMatchObject({
      address: 'personnel.a1b2c.tmprl.cloud:7233',
      metadata: { 'x-team': 'hr' },
    });
    expect(options.tls).toMatchObject({
      serverNameOverride: 'personnel.a1b2c.tmprl.cloud',
      serverRootCACertificate: Buffer.from('SERVER CA'),
      clientCertPair: { crt: Buffer.from('CLIENT CERT'), key: Buffer.from('CLIENT KEY') },
    });
  });

  it('reads the default profile when only the file is named, and an API key profile with TLS on', () => {
    expect(readApiConfig({ TEMPORAL_CONFIG_FILE: toml }).temporal).toMatchObject({
      address: 'localhost:7233',
      namespace: 'default',
      tls: undefined,
    });
    const { temporal } = readApiConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'cloud-key' });
    expect(temporal).toMatchObject({
      address: 'eu-west-1.aws.api.temporal.io:7233',
      apiKey: 'profile-api-key',
    });
    expect(temporalConnectionOptions(temporal)).toMatchObject({ tls: true, apiKey: 'profile-api-key' });
  });

  it('lets each variable set override its field of the profile', () => {
    const { temporal } = readWorkerConfig({
      TEMPORAL_CONFIG_FILE: toml,
      TEMPORAL_PROFILE: 'prod',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_NAMESPACE: 'personnel-staging',
      TEMPORAL_TASK_QUEUE: 'personnel-decisions-v2',
      TEMPORAL_TLS_CERT: path('env-client.pem'),
      TEMPORAL_TLS_KEY: path('env-client.key'),
      TEMPORAL_API_KEY: 'env-key',
    });
    expect(temporal).toMatchObject({
      address: 'temporal.internal:7233',
      namespace: 'personnel-staging',
      taskQueue: 'personnel-decisions-v2',
      apiKey: 'env-key',
      tls: {
        clientCertPath: path('env-client.pem'),
        clientKeyPath: path('env-client.key'),
        serverRootCaPath: path('ca.pem'), // not overridden: the profile's
        serverName: 'personnel.a1b2c.tmprl.cloud',
      },
    });
    expect(
      readWorkerConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'prod', TEMPORAL_TLS: 'false' })
        .temporal.tls,
    ).toBeUndefined();
  });

  it("passes a profile's inline PEM data to the connection", () => {
    const { temporal } = readWorkerConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'inline' });
    expect(temporalConnectionOptions(temporal).tls).toMatchObject({
      clientCertPair: { crt: Buffer.from('INLINE CERT'), key: Buffer.from('INLINE KEY') },
    });
  });

  it('names the file, the profile and the key of what is wrong', () => {
    expect(() => readWorkerConfig({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'staging' })).toThrow(
      /Temporal profile "staging" of TEMPORAL_CONFIG_FILE=".*temporal.toml" cannot be loaded: Profile 'staging' not found/,
    );
    expect(() => readWorkerConfig({ TEMPORAL_CONFIG_FILE: path('absent.toml') })).toThrow(
      /TEMPORAL_CONFIG_FILE=".*absent.toml" cannot be read \(ENOENT\)/,
    );
    const write = (name: string, content: string) => {
      writeFileSync(path(name), content);
      return path(name);
    };
    expect(() =>
      readWorkerConfig({ TEMPORAL_CONFIG_FILE: write('typo.toml', '[profile.default]\nadress = "x:1"\n') }),
    ).toThrow(/key\(s\) unrecognized in profile.default: adress/);
    expect(() =>
      readWorkerConfig({
        TEMPORAL_CONFIG_FILE: write('noport.toml', '[profile.default]\naddress = "temporal.internal"\n'),
      }),
    ).toThrow(/Temporal profile "default" of .*: address="temporal.internal" must be host:port/);
    const gone = write(
      'gone.toml',
      `[profile.default.tls]\nclient_cert_path = "${path('gone.pem')}"\nclient_key_path = "${path('client.key')}"\n`,
    );
    expect(() => readWorkerConfig({ TEMPORAL_CONFIG_FILE: gone })).toThrow(
      /Temporal profile "default" .*: tls.client_cert_path=".*gone.pem" cannot be read \(ENOENT\)/,
    );
  });

  it('never reads a profile unless TEMPORAL_CONFIG_FILE or TEMPORAL_PROFILE is set', () => {
    const home = path('home');
    mkdirSync(join(home, '.config', 'temporalio'), { recursive: true });
    writeFileSync(
      join(home, '.config', 'temporalio', 'temporal.toml'),
      '[profile.default]\naddress = "elsewhere:7233"\n',
    );
    expect(readWorkerConfig({ HOME: home, XDG_CONFIG_HOME: join(home, '.config') }).temporal.address).toBe(
      DEFAULTS.temporalAddress,
    );
  });
});
