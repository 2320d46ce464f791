/**
 * Runs the TypeScript sources directly: SWC transpiles (with decorator metadata for Nest and TypeORM),
 * tsconfig paths resolve the @personnel/* libraries. Type checking is `npm run typecheck`'s job.
 */
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const base = require(path.join(root, 'tsconfig.base.json'));

require('ts-node').register({
  project: path.join(root, 'tsconfig.json'),
  swc: true,
  transpileOnly: true,
});
// Only our own libraries: other entries of `paths` exist for the type checker alone.
const ourPaths = Object.fromEntries(
  Object.entries(base.compilerOptions.paths).filter(([k]) => k.startsWith('@personnel/')),
);
require('tsconfig-paths').register({ baseUrl: root, paths: ourPaths });
