import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/**
 * Workflow code may reach only these libraries; the bundle resolves them from source. Anything else of
 * ours (persistence, config) fails to resolve, which is the point.
 */
export const WORKFLOW_LIBRARY_ALIASES: Record<string, string> = {
  '@personnel/contracts': resolve(ROOT, 'libs/contracts/src/index.ts'),
  '@personnel/domain': resolve(ROOT, 'libs/domain/src/index.ts'),
};

// Structural type: the SDK passes webpack's Configuration, whose type we do not depend on.
interface WebpackConfigLike {
  resolve?: { alias?: unknown };
}

export function workflowBundlerHook<T extends WebpackConfigLike>(config: T): T {
  const alias = (config.resolve?.alias ?? {}) as Record<string, string>;
  config.resolve = { ...config.resolve, alias: { ...alias, ...WORKFLOW_LIBRARY_ALIASES } };
  return config;
}
