import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { resolve } from 'node:path';
import { workflowBundlerHook } from './bundler-hook';
import { WORKFLOWS_ENTRY } from './workflow-entry';

const REPO_ROOT = resolve(__dirname, '../../..');
/** Default place of the prebuilt bundle (gitignored). */
export const WORKFLOW_BUNDLE = resolve(REPO_ROOT, 'dist/workflows/workflow-bundle.js');

const SOURCE_DIRS = ['workflows/src', 'libs/contracts/src', 'libs/domain/src'].map((d) => join(REPO_ROOT, d));

function newestSourceMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs;
    return Math.max(newest, mtime);
  }, 0);
}

export function bundleIsFresh(bundlePath = WORKFLOW_BUNDLE): boolean {
  try {
    const built = statSync(bundlePath).mtimeMs;
    return SOURCE_DIRS.every((dir) => newestSourceMtime(dir) <= built);
  } catch {
    return false;
  }
}

/** Prebuilds the workflow bundle the worker loads in production (and in `npm start`). */
export async function buildWorkflowBundle(bundlePath = WORKFLOW_BUNDLE): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_ENTRY,
    webpackConfigHook: workflowBundlerHook,
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: console.error,
    },
  });
  mkdirSync(dirname(bundlePath), { recursive: true });
  // Written beside and renamed into place: a worker starting meanwhile (another `npm start`, the next
  // test file's system) reads the old bundle or the new one, never half of one.
  const partial = `${bundlePath}.${process.pid}.partial`;
  writeFileSync(partial, code);
  renameSync(partial, bundlePath);
  return bundlePath;
}
