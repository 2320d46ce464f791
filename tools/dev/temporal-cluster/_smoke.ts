import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { freePort } from '../ports';
import { startTemporalCluster } from './cluster';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-smoke-'));
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, database: 'personnel' });
  const t0 = Date.now();
  const cluster = await startTemporalCluster({
    dir: join(dir, 'temporal'),
    db: {
      host: '127.0.0.1',
      port,
      user: 'personnel',
      password: 'personnel',
      database: 'temporal',
      visibilityDatabase: 'temporal_visibility',
    },
    port: await freePort(),
    uiPort: await freePort(),
    namespace: 'default',
    onLog: (s, l) => console.log(s, l.slice(0, 300)),
    log: (m) => console.log('LOG', m),
  });
  console.log(
    'UP in',
    Date.now() - t0,
    'ms',
    cluster.address,
    cluster.uiUrl,
    cluster.metricsUrl,
    cluster.schemaVersions,
  );
  const ui = await fetch(cluster.uiUrl + '/')
    .then((r) => r.status)
    .catch((e) => String(e));
  console.log('UI status', ui);
  const m = await fetch(cluster.metricsUrl).then((r) => r.text());
  console.log('metrics lines', m.split('\n').length);
  await cluster.stop();
  await pg.stop();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
