import { readWorkerConfig } from './service-config';
import {
  DEFAULT_MAX_CONCURRENT_ACTIVITIES,
  DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
} from './worker-tuning-config';

describe('worker tuning and deployment versioning', () => {
  it("defaults to the SDK's concurrency and no versioning, so dev and tests run as before", () => {
    expect(readWorkerConfig({})).toMatchObject({
      maxConcurrentActivities: DEFAULT_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTasks: DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
      deployment: undefined,
    });
  });

  it('reads the concurrency slots, refusing what the SDK would not take', () => {
    expect(
      readWorkerConfig({ WORKER_MAX_CONCURRENT_ACTIVITIES: '20', WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '8' }),
    ).toMatchObject({ maxConcurrentActivities: 20, maxConcurrentWorkflowTasks: 8 });
    expect(() => readWorkerConfig({ WORKER_MAX_CONCURRENT_ACTIVITIES: '0' })).toThrow(
      /WORKER_MAX_CONCURRENT_ACTIVITIES="0" must be a whole number from 1/,
    );
    expect(() => readWorkerConfig({ WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '1' })).toThrow(
      /WORKER_MAX_CONCURRENT_WORKFLOW_TASKS="1" must be a whole number from 2/,
    );
    expect(() =>
      readWorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: '10', WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '20' }),
    ).toThrow(/WORKER_MAX_CONCURRENT_WORKFLOW_TASKS=20 exceeds WORKER_MAX_CACHED_WORKFLOWS=10/);
  });

  it('turns deployment versioning on with a deployment name and a build id, auto-upgrading by default', () => {
    expect(
      readWorkerConfig({ WORKER_DEPLOYMENT_NAME: 'personnel-worker', WORKER_BUILD_ID: 'c0c4db0' }).deployment,
    ).toEqual({
      deploymentName: 'personnel-worker',
      buildId: 'c0c4db0',
      defaultVersioningBehavior: 'AUTO_UPGRADE',
    });
    expect(
      readWorkerConfig({
        WORKER_DEPLOYMENT_NAME: 'personnel-worker',
        WORKER_BUILD_ID: '2026.12.1',
        WORKER_VERSIONING_BEHAVIOR: 'PINNED',
      }).deployment?.defaultVersioningBehavior,
    ).toBe('PINNED');
  });

  it('names an incomplete or malformed version', () => {
    expect(() => readWorkerConfig({ WORKER_DEPLOYMENT_NAME: 'personnel-worker' })).toThrow(
      /WORKER_DEPLOYMENT_NAME needs WORKER_BUILD_ID/,
    );
    expect(() => readWorkerConfig({ WORKER_BUILD_ID: 'c0c4db0' })).toThrow(
      /WORKER_BUILD_ID is used with WORKER_DEPLOYMENT_NAME only/,
    );
    expect(() =>
      readWorkerConfig({ WORKER_DEPLOYMENT_NAME: 'personnel.worker', WORKER_BUILD_ID: 'b1' }),
    ).toThrow(/WORKER_DEPLOYMENT_NAME="personnel.worker" must not contain '.'/);
    expect(() => readWorkerConfig({ WORKER_DEPLOYMENT_NAME: 'w', WORKER_BUILD_ID: 'a b' })).toThrow(
      /WORKER_BUILD_ID="a b" must be letters, digits/,
    );
    expect(() =>
      readWorkerConfig({
        WORKER_DEPLOYMENT_NAME: 'w',
        WORKER_BUILD_ID: 'b',
        WORKER_VERSIONING_BEHAVIOR: 'sticky',
      }),
    ).toThrow(/WORKER_VERSIONING_BEHAVIOR="sticky" must be one of: AUTO_UPGRADE, PINNED/);
  });
});
