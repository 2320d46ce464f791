import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../dev/embedded-postgres';
import { freePort } from '../dev/ports';
import { startTemporalDevServer, type RunningTemporal } from '../dev/temporal-server';

export interface SharedInfra {
  pgUrl: string;
  temporalAddress: string;
  stop(): Promise<void>;
}

/** One embedded Postgres and one headless Temporal dev server, on free ports, in a throw-away dir. */
export async function startSharedInfra(
  needs: { postgres?: boolean; temporal?: boolean } = { postgres: true, temporal: true },
): Promise<SharedInfra> {
  const dir = mkdtempSync(join(tmpdir(), 'personnel-test-'));
  let pg: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  const stop = async () => {
    await temporal?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
    // Placed elsewhere when the postgres user could not enter our dir (see postgres-placement).
    if (pg) rmSync(pg.dataDir, { recursive: true, force: true });
  };
  try {
    if (needs.postgres)
      pg = await startEmbeddedPostgres({
        dataDir: join(dir, 'pg'),
        port: await freePort(),
        database: 'personnel_test',
      });
    if (needs.temporal) {
      temporal = await startTemporalDevServer({
        dbFile: join(dir, 'temporal.db'),
        port: await freePort(),
        uiPort: await freePort(),
        namespace: 'default',
        headless: true,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { pgUrl: pg?.url ?? '', temporalAddress: temporal?.address ?? '', stop };
}

let owned: SharedInfra | undefined;

export async function setupSharedInfra(): Promise<void> {
  const needPg = !process.env.TEST_PG_URL;
  const needTemporal = !process.env.TEST_TEMPORAL_ADDRESS;
  if (!needPg && !needTemporal) return;
  owned = await startSharedInfra({ postgres: needPg, temporal: needTemporal });
  if (needPg) process.env.TEST_PG_URL = owned.pgUrl;
  if (needTemporal) process.env.TEST_TEMPORAL_ADDRESS = owned.temporalAddress;
}

export async function teardownSharedInfra(): Promise<void> {
  await owned?.stop();
  owned = undefined;
}
