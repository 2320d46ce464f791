import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NativeConnection } from '@temporalio/worker';
import { readWorkerConfig, temporalConnectionOptions } from '@personnel/config';
import { temporalTestAddress } from '@personnel/persistence/testing';

/** The worker's Temporal connection made from a profile file alone, against the test run's dev server. */
describe('the worker connects to Temporal through an environment-config profile', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'worker-profile-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reaches the server named by the profile, in the profile's namespace", async () => {
    const toml = join(dir, 'temporal.toml');
    writeFileSync(
      toml,
      `[profile.test]\naddress = "${temporalTestAddress()}"\nnamespace = "default"\n\n[profile.test.grpc_meta]\nx-client = "personnel-worker"\n`,
    );
    const config = readWorkerConfig({
      TEMPORAL_CONFIG_FILE: toml,
      TEMPORAL_PROFILE: 'test',
      LOG_LEVEL: 'silent',
    });
    expect(config.temporal).toMatchObject({ address: temporalTestAddress(), namespace: 'default' });
    const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
    try {
      const { namespaceInfo } = await connection.workflowService.describeNamespace({
        namespace: config.temporal.namespace,
      });
      expect(namespaceInfo?.name).toBe('default');
    } finally {
      await connection.close();
    }
  });
});
