import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Tags of each project (project.json) and what each may import: ../shared/ARCHITECTURE.md "Layout". */
const depConstraints = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:config', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:workflow-bundler', onlyDependOnLibsWithTags: [] },
  {
    sourceTag: 'type:workflows',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    bannedExternalImports: [
      'typeorm',
      'pg',
      '@nestjs/*',
      '@temporalio/client',
      '@temporalio/worker',
      '@temporalio/activity',
      'pino*',
      'node:*',
      ...builtinModules,
    ],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:config', 'type:contracts', 'type:domain', 'type:persistence'],
  },
  {
    sourceTag: 'type:worker',
    onlyDependOnLibsWithTags: [
      'type:config',
      'type:contracts',
      'type:domain',
      'type:persistence',
      'type:workflow-bundler',
    ],
  },
  // The web panel talks to the API only over HTTP: from our libraries it takes contract types, nothing
  // else (the rule on apps/web below also refuses runtime imports of the contracts).
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['*'] },
];

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  process: 'readonly',
  __dirname: 'readonly',
  console: 'readonly',
};

export default tseslint.config(
  { ignores: ['**/node_modules', 'dist', '.data', '.tools', '.nx', 'coverage', 'bench/results'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may reach anything (test support in tools/testing, the worker in workflow tests).
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
        },
      ],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no I/O, no clocks but the workflow's own.
    files: ['workflows/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinModules,
            'typeorm',
            'pg',
            '@temporalio/client',
            '@temporalio/worker',
            '@temporalio/activity',
          ].map((name) => ({
            name,
            message: 'Workflow code is deterministic: do I/O in an activity (apps/worker).',
          })),
          patterns: [
            {
              group: ['node:*', '@nestjs/*', '@personnel/persistence', '@personnel/config'],
              message: 'Not allowed in workflow code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web panel (React): hooks used by the rules, and from our libraries types only, so nothing of
    // the server side (Temporal, Node built-ins) can end up in the browser bundle.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: ['**/*.spec.ts', '**/*.spec.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@personnel/contracts',
              allowTypeImports: true,
              message: 'The panel imports only types from libs/contracts (use `import type`).',
            },
          ],
          patterns: [
            {
              group: ['@personnel/*', '!@personnel/contracts', 'node:*', '@temporalio/*', '@nestjs/*'],
              message: 'Not in the browser: the panel talks to the API over HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
