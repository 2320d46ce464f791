/** Shared jest setup: SWC transpiles TypeScript (with decorator metadata), @personnel/* map to sources. */
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@personnel/'))
    .map(([alias, [target]]) => [`^${alias}$`, path.resolve(__dirname, target)]),
);

/**
 * ES-module-only packages the API and the dev OpenID provider use: jest's CommonJS runtime cannot load
 * them as they are, so SWC turns them into CommonJS like our sources (Node itself loads them natively).
 */
const ESM_PACKAGES = ['jose', 'oidc-provider', 'oauth4webapi'];

const preset = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  transform: {
    [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

/**
 * One project's jest config. `infra: true` starts (or reuses, see tools/testing) the real Postgres and
 * Temporal dev server the project's tests run against.
 */
function projectConfig(projectDir, displayName, { infra = false, testTimeout = 5_000, maxWorkers } = {}) {
  return {
    ...preset,
    displayName,
    rootDir: projectDir,
    testMatch: ['<rootDir>/**/*.spec.ts'],
    testTimeout,
    ...(maxWorkers ? { maxWorkers } : {}),
    ...(infra
      ? {
          globalSetup: path.join(__dirname, 'tools/testing/jest-global-setup.js'),
          globalTeardown: path.join(__dirname, 'tools/testing/jest-global-teardown.js'),
        }
      : {}),
  };
}

module.exports = { preset, projectConfig };
