import { randomBytes } from 'node:crypto';
import { Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { readWorkerConfig } from '@personnel/config';
import { temporalTestAddress } from '@personnel/persistence/testing';
import { workerTuningOptions } from '../src/worker';

/**
 * The worker options WORKER_DEPLOYMENT_NAME / WORKER_BUILD_ID build are ones the SDK and the Temporal
 * server take: a worker polling with them registers its version in the server's worker deployment.
 */
describe('worker deployment versioning against the Temporal dev server', () => {
  beforeAll(() => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Already installed by an earlier test file in this jest worker.
    }
  });

  it('polls as <deployment>.<build id>, which the server then lists in the deployment', async () => {
    const deploymentName = `personnel-worker-test-${randomBytes(3).toString('hex')}`;
    const config = readWorkerConfig({
      TEMPORAL_ADDRESS: temporalTestAddress(),
      WORKER_DEPLOYMENT_NAME: deploymentName,
      WORKER_BUILD_ID: 'build-1',
      WORKER_MAX_CONCURRENT_ACTIVITIES: '4',
      LOG_LEVEL: 'silent',
    });
    const options = workerTuningOptions(config);
    expect(options).toEqual({
      maxConcurrentActivityTaskExecutions: 4,
      maxConcurrentWorkflowTaskExecutions: 40,
      workerDeploymentOptions: {
        version: { deploymentName, buildId: 'build-1' },
        useWorkerVersioning: true,
        defaultVersioningBehavior: 'AUTO_UPGRADE',
      },
    });
    const native = await NativeConnection.connect({ address: config.temporal.address });
    const client = await Connection.connect({ address: config.temporal.address });
    try {
      const worker = await Worker.create({
        connection: native,
        namespace: config.temporal.namespace,
        taskQueue: `versioning-${deploymentName}`,
        activities: { ping: () => Promise.resolve('pong') },
        ...options,
      });
      const listed = await worker.runUntil(async () => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          try {
            const { workerDeploymentInfo } = await client.workflowService.describeWorkerDeployment({
              namespace: config.temporal.namespace,
              deploymentName,
            });
            const builds = (workerDeploymentInfo?.versionSummaries ?? []).map(
              (v) => v.deploymentVersion?.buildId,
            );
            if (builds.length > 0) return builds;
          } catch (error) {
            if (Date.now() > deadline) throw error;
          }
          if (Date.now() > deadline) return [];
          await new Promise((r) => setTimeout(r, 200));
        }
      });
      expect(listed).toEqual(['build-1']);
    } finally {
      await client.close();
      await native.close();
    }
  });
});
