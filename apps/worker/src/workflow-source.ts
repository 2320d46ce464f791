import { existsSync } from 'node:fs';
import type { WorkerOptions } from '@temporalio/worker';
import type { WorkerConfig } from '@personnel/config';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';

/** A prebuilt bundle in production (fast, reproducible start); bundling at start in development. */
export function workflowSource(
  config: WorkerConfig,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  if (config.workflowBundlePath) {
    if (!existsSync(config.workflowBundlePath)) {
      throw new Error(
        `WORKFLOW_BUNDLE_PATH=${config.workflowBundlePath} does not exist; build it with "npm run build:workflows"`,
      );
    }
    return { workflowBundle: { codePath: config.workflowBundlePath } };
  }
  return { workflowsPath: WORKFLOWS_ENTRY, bundlerOptions: { webpackConfigHook: workflowBundlerHook } };
}
