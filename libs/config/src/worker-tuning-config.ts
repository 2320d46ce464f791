import type { EnvReader } from './env';

/** How deployment versioning treats a workflow when a newer build becomes current (SDK names). */
export const VERSIONING_BEHAVIORS = ['AUTO_UPGRADE', 'PINNED'] as const;
export type VersioningBehaviorName = (typeof VERSIONING_BEHAVIORS)[number];

export interface WorkerDeploymentConfig {
  /** WORKER_DEPLOYMENT_NAME: one name per application, e.g. `personnel-worker`. */
  deploymentName: string;
  /** WORKER_BUILD_ID: one per build of the worker code, e.g. the git commit. */
  buildId: string;
  /** WORKER_VERSIONING_BEHAVIOR (default AUTO_UPGRADE). */
  defaultVersioningBehavior: VersioningBehaviorName;
}

export interface WorkerTuning {
  /** Activities one worker runs at once (WORKER_MAX_CONCURRENT_ACTIVITIES; the SDK's default, 100). */
  maxConcurrentActivities: number;
  /** Workflow tasks one worker runs at once (WORKER_MAX_CONCURRENT_WORKFLOW_TASKS; the SDK's default, 40). */
  maxConcurrentWorkflowTasks: number;
  /** Worker deployment versioning; absent (the default) the worker polls unversioned, as before. */
  deployment?: WorkerDeploymentConfig;
}

/** The SDK's own defaults (WorkerOptions), so an unset variable changes nothing. */
export const DEFAULT_MAX_CONCURRENT_ACTIVITIES = 100;
export const DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS = 40;

/**
 * Worker tuning and deployment versioning. Each activity holds a Postgres connection while it runs, so
 * the activity slots of all workers together should stay under what the pool and Postgres allow.
 *
 * Versioning is on when WORKER_DEPLOYMENT_NAME is set: the worker then polls as version
 * `<deployment name>.<build id>`, and a new build takes workflow tasks only once it is made current
 * (`temporal worker deployment set-current-version`, docs/operations.md). AUTO_UPGRADE is the default
 * behaviour because these procedures run for months or years: pinning them would keep every old build
 * running as long as its procedures; their code changes are made replay-safe with `patched()` instead.
 */
export function workerTuningFrom(reader: EnvReader, maxCachedWorkflows: number): WorkerTuning {
  const maxConcurrentActivities = reader.integer(
    'WORKER_MAX_CONCURRENT_ACTIVITIES',
    DEFAULT_MAX_CONCURRENT_ACTIVITIES,
    1,
    10_000,
  );
  const maxConcurrentWorkflowTasks = reader.integer(
    'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS',
    DEFAULT_MAX_CONCURRENT_WORKFLOW_TASKS,
    2, // the SDK refuses fewer than 2 with a workflow cache
    10_000,
  );
  const deploymentName = reader.optional('WORKER_DEPLOYMENT_NAME');
  const buildId = reader.optional('WORKER_BUILD_ID');
  const behavior = reader.oneOf('WORKER_VERSIONING_BEHAVIOR', VERSIONING_BEHAVIORS, 'AUTO_UPGRADE');
  if (maxCachedWorkflows > 0 && maxConcurrentWorkflowTasks > maxCachedWorkflows)
    reader.problem(
      `WORKER_MAX_CONCURRENT_WORKFLOW_TASKS=${maxConcurrentWorkflowTasks} exceeds WORKER_MAX_CACHED_WORKFLOWS=${maxCachedWorkflows}: ` +
        'a task beyond the cache would evict a workflow it is running',
    );
  if (deploymentName !== undefined && buildId === undefined)
    reader.problem(
      'WORKER_DEPLOYMENT_NAME needs WORKER_BUILD_ID (the build this worker runs, e.g. the git commit)',
    );
  if (deploymentName === undefined && buildId !== undefined)
    reader.problem('WORKER_BUILD_ID is used with WORKER_DEPLOYMENT_NAME only (worker deployment versioning)');
  for (const [name, value] of [
    ['WORKER_DEPLOYMENT_NAME', deploymentName],
    ['WORKER_BUILD_ID', buildId],
  ] as const)
    if (value !== undefined && !/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/.test(value))
      reader.problem(`${name}="${value}" must be letters, digits, '-', '_' or '.'`);
  if (deploymentName?.includes('.'))
    reader.problem(
      `WORKER_DEPLOYMENT_NAME="${deploymentName}" must not contain '.' (it separates name and build id)`,
    );
  return {
    maxConcurrentActivities,
    maxConcurrentWorkflowTasks,
    deployment:
      deploymentName && buildId
        ? { deploymentName, buildId, defaultVersioningBehavior: behavior }
        : undefined,
  };
}
