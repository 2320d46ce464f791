import { findTemporalCli, TEMPORAL_CLI_HELP } from './dev/temporal-cli';

/** Finds or installs the Temporal CLI (see tools/dev/temporal-cli.ts for the order) and prints where it is. */
findTemporalCli({ log: (m) => process.stdout.write(`  ${m}\n`) }).then(
  (cli) => {
    if (!cli) {
      process.stderr.write(`✖ ${TEMPORAL_CLI_HELP}\n`);
      process.exit(1);
    }
    process.stdout.write(`✔ Temporal CLI: ${cli.path} (${cli.source})\n`);
  },
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).message}\n`);
    process.exit(1);
  },
);
