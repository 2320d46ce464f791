import { parse } from 'yaml';
import { clusterDynamicConfig, clusterServerConfig, type ClusterPorts } from './server-config';

/** The shape of the module's config/development-postgres12.yaml (the parts the cluster changes). */
const BASE = `
log: { stdout: true, level: info }
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
      sql: { pluginName: postgres12, databaseName: temporal, connectAddr: "127.0.0.1:5432", user: temporal, password: temporal, maxConns: 20 }
    postgres-visibility:
      sql: { pluginName: postgres12, databaseName: temporal_visibility, connectAddr: "127.0.0.1:5432", user: temporal, password: temporal, maxConns: 2 }
global:
  membership: { maxJoinDuration: 30s, broadcastAddress: "127.0.0.1" }
  pprof: { port: 7936 }
  metrics: { prometheus: { framework: tally, listenAddress: "127.0.0.1:8000" } }
services:
  frontend: { rpc: { grpcPort: 7233, membershipPort: 6933, bindOnLocalHost: true, httpPort: 7243 } }
  matching: { rpc: { grpcPort: 7235, membershipPort: 6935, bindOnLocalHost: true } }
  history: { rpc: { grpcPort: 7234, membershipPort: 6934, bindOnLocalHost: true } }
  worker: { rpc: { grpcPort: 7239, membershipPort: 6939, bindOnLocalHost: true } }
clusterMetadata:
  currentClusterName: active
  clusterInformation: { active: { enabled: true, rpcName: frontend, rpcAddress: "localhost:7233" } }
archival: { history: { state: enabled, provider: { filestore: { fileMode: "0666" } } } }
namespaceDefaults: { archival: { history: { state: disabled, URI: "file:///tmp/temporal_archival/development" } } }
dynamicConfigClient: { filepath: config/dynamicconfig/development-sql.yaml, pollInterval: 10s }
`;

const PORTS: ClusterPorts = {
  frontend: 17233,
  frontendHttp: 17243,
  history: 17234,
  matching: 17235,
  worker: 17239,
  frontendMembership: 26933,
  historyMembership: 26934,
  matchingMembership: 26935,
  workerMembership: 26939,
  metrics: 19090,
};
const DB = {
  host: 'db.internal',
  port: 5544,
  user: 'personnel',
  password: 's3cret',
  database: 'temporal',
  visibilityDatabase: 'temporal_visibility',
};

describe('the Temporal cluster configuration', () => {
  const config = parse(
    clusterServerConfig(BASE, { ports: PORTS, db: DB, dynamicConfigFile: '/run/dc.yaml' }),
  );

  it('puts the database, its credentials and each store its own database', () => {
    expect(config.persistence.datastores['postgres-default'].sql).toMatchObject({
      pluginName: 'postgres12',
      databaseName: 'temporal',
      connectAddr: 'db.internal:5544',
      user: 'personnel',
      password: 's3cret',
      maxConns: 20,
    });
    expect(config.persistence.datastores['postgres-visibility'].sql).toMatchObject({
      databaseName: 'temporal_visibility',
      connectAddr: 'db.internal:5544',
    });
  });

  it('gives every service its ports and advertises the frontend where clients dial it', () => {
    expect(config.services.frontend.rpc).toMatchObject({
      grpcPort: 17233,
      membershipPort: 26933,
      httpPort: 17243,
    });
    expect(config.services.history.rpc).toMatchObject({ grpcPort: 17234, membershipPort: 26934 });
    expect(config.services.matching.rpc).toMatchObject({ grpcPort: 17235, membershipPort: 26935 });
    expect(config.services.worker.rpc).toMatchObject({ grpcPort: 17239, membershipPort: 26939 });
    expect(config.clusterMetadata.clusterInformation.active.rpcAddress).toBe('127.0.0.1:17233');
    expect(config.global.metrics.prometheus.listenAddress).toBe('127.0.0.1:19090');
  });

  it('takes out what does not belong on a shared machine and points at its own dynamic config', () => {
    expect(config.global.pprof).toBeUndefined();
    expect(config.archival.history.state).toBe('disabled');
    expect(JSON.stringify(config.namespaceDefaults)).not.toContain('/tmp');
    expect(config.dynamicConfigClient.filepath).toBe('/run/dc.yaml');
    expect(config.log).toEqual({ stdout: true, level: 'warn', format: 'json' });
  });

  it('keeps the shard count of the base unless told, since it is fixed once the database exists', () => {
    expect(config.persistence.numHistoryShards).toBe(4);
    const sixteen = parse(
      clusterServerConfig(BASE, { ports: PORTS, db: DB, dynamicConfigFile: 'dc.yaml', historyShards: 16 }),
    );
    expect(sixteen.persistence.numHistoryShards).toBe(16);
  });

  it('refuses a base with a datastore it does not know how to fill', () => {
    const odd = BASE.replace('    postgres-visibility:', '    elastic-visibility:');
    expect(() => clusterServerConfig(odd, { ports: PORTS, db: DB, dynamicConfigFile: 'dc.yaml' })).toThrow(
      /unexpected datastore elastic-visibility/,
    );
  });

  it('lets new search attributes be used at once in its dynamic config', () => {
    expect(parse(clusterDynamicConfig())).toEqual({
      'system.forceSearchAttributesCacheRefreshOnRead': [{ value: true }],
    });
  });
});
