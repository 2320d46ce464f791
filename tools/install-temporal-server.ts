import { findTemporalServer, TEMPORAL_SERVER_HELP } from './dev/temporal-cluster';

/**
 * Builds the real Temporal server, temporal-sql-tool and the Temporal UI from the Go module proxy into
 * .tools/ (about 8 minutes on 2 cores, once per machine), for `npm run cluster` and the cluster tests.
 */
async function main(): Promise<number> {
  const log = (m: string) => process.stdout.write(`  ${m}\n`);
  const found = await findTemporalServer({ install: true, withUi: true, log });
  if (!found) {
    process.stderr.write(`✖ ${TEMPORAL_SERVER_HELP}\n`);
    return 1;
  }
  process.stdout.write(`✔ Temporal server: ${found.server}\n✔ temporal-sql-tool: ${found.sqlTool}\n`);
  process.stdout.write(`✔ Temporal UI: ${found.uiServer ?? '(not built)'}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).message}\n`);
    process.exit(1);
  },
);
