import { join } from 'node:path';

/** The Node programs the images run, each an entry point of this repository (repo-relative). */
export const NODE_APPS = {
  api: 'apps/api/src/main.ts',
  worker: 'apps/worker/src/main.ts',
  migrate: 'tools/migrate.ts',
  /** Local accounts of a deployment without demo accounts (`npm run users`), shipped in the migrate image. */
  users: 'tools/users.ts',
} as const;

export type NodeAppName = keyof typeof NODE_APPS;

/**
 * Layout of a build under `outRoot` (dist/ by default): each Node program in node/<name>/ mirroring the
 * repository's paths, the workflow bundle and the web panel where the dev runtime puts them.
 */
export const buildLayout = (outRoot: string) => ({
  nodeApp: (name: NodeAppName) => join(outRoot, 'node', name),
  nodeEntry: (name: NodeAppName) => join(outRoot, 'node', name, NODE_APPS[name].replace(/\.ts$/, '.js')),
  workflowBundle: join(outRoot, 'workflows/workflow-bundle.js'),
  webPanel: join(outRoot, 'apps/web'),
});
