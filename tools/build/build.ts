import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkflowBundle } from '@personnel/workflow-bundler';
import { REPO_ROOT } from '../dev/paths';
import { buildWebPanel } from '../dev/web-panel';
import { compileNodeApp } from './compile-node-app';
import { buildLayout, NODE_APPS, type NodeAppName } from './node-apps';

export const BUILD_TARGETS = [...(Object.keys(NODE_APPS) as NodeAppName[]), 'workflows', 'web'] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

export const DEFAULT_OUT_ROOT = join(REPO_ROOT, 'dist');

function ourPaths(): Record<string, string[]> {
  const base = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8'));
  const paths = base.compilerOptions.paths as Record<string, string[]>;
  // Only our libraries: other entries of `paths` exist for the type checker alone (as tools/register.js).
  return Object.fromEntries(Object.entries(paths).filter(([alias]) => alias.startsWith('@personnel/')));
}

function productionDependencies(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  return new Set(Object.keys(manifest.dependencies ?? {}));
}

/** Builds the named targets under `outRoot`; returns one line per target saying what was written. */
export async function build(
  targets: readonly BuildTarget[],
  outRoot: string = DEFAULT_OUT_ROOT,
): Promise<string[]> {
  const layout = buildLayout(outRoot);
  const report: string[] = [];
  for (const target of targets) {
    if (target === 'workflows') {
      report.push(`workflows: ${await buildWorkflowBundle(layout.workflowBundle)}`);
    } else if (target === 'web') {
      report.push(`web: ${await buildWebPanel(layout.webPanel)}`);
    } else {
      rmSync(layout.nodeApp(target), { recursive: true, force: true });
      const compiled = await compileNodeApp({
        repoRoot: REPO_ROOT,
        entry: NODE_APPS[target],
        outDir: layout.nodeApp(target),
        paths: ourPaths(),
        dependencies: productionDependencies(),
      });
      report.push(
        `${target}: ${layout.nodeEntry(target)} (${compiled.files} files; external: ${compiled.packages.join(', ')})`,
      );
    }
  }
  return report;
}
