import type { Options } from '@swc/core';

/**
 * What ts-node gives SWC for tsconfig.base.json in the dev runtime (tools/register.js), so the built
 * JavaScript behaves as `npm start` does: legacy decorators with their metadata (Nest's injection and
 * TypeORM's columns read it), ES2022 class fields with define semantics, class names kept.
 * `paths` turns @personnel/* into relative requires, so the output needs no resolver at run time.
 */
export function swcOptions(repoRoot: string, paths: Record<string, string[]>): Options {
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    module: { type: 'commonjs', strictMode: true, noInterop: false },
    jsc: {
      parser: { syntax: 'typescript', tsx: false, decorators: true, dynamicImport: true },
      target: 'es2022',
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      keepClassNames: true,
      externalHelpers: false,
      baseUrl: repoRoot,
      paths,
    },
  };
}
