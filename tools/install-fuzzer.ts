import { findSchemathesis } from './dev/schemathesis';

/** Finds or installs the pinned schemathesis (the fuzz tier's contract fuzzer) and prints where it is. */
findSchemathesis({ log: (m) => process.stdout.write(`  ${m}\n`) }).then(
  (found) => {
    process.stdout.write(`✔ schemathesis: ${found.path} (${found.source})\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`✖ ${(error as Error).message}\n`);
    process.exit(1);
  },
);
