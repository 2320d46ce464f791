import { postgresConnectionOptions, readServiceConfig } from '@personnel/config';
import { auditedWorkflowIds, createDataSource, verifyWorkflowChain } from '@personnel/persistence';

/**
 * `npm run audit:verify -- <workflowId> | --all`: recomputes the hash chain of the journal in
 * DATABASE_URL and names the first broken row of each workflow. Exit code 1 when any chain is broken.
 */
async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write('usage: npm run audit:verify -- <workflowId> | --all\n');
    return 2;
  }
  const dataSource = createDataSource({
    ...postgresConnectionOptions(readServiceConfig()),
    poolSize: 1,
    applicationName: 'personnel-audit',
  });
  await dataSource.initialize();
  try {
    const ids = args[0] === '--all' ? await auditedWorkflowIds(dataSource) : [args[0]];
    let broken = 0;
    for (const id of ids) {
      const result = await verifyWorkflowChain(dataSource, id);
      if (result.rows === 0) {
        process.stdout.write(`? ${id}: no recorded steps\n`);
        broken++;
      } else if (result.ok) {
        process.stdout.write(`✔ ${id}: ${result.rows} steps verified\n`);
      } else {
        const b = result.firstBroken;
        process.stdout.write(
          `✖ ${id}: broken at row ${b?.id} (seq ${b?.seq}, ${b?.stepKey}): ${b?.problem}\n`,
        );
        broken++;
      }
    }
    process.stdout.write(`${ids.length - broken} verified, ${broken} failed\n`);
    return broken === 0 ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `✖ audit failed: ${(error as Error).message}\n  Is Postgres up (npm start) and DATABASE_URL right?\n`,
    );
    process.exit(1);
  },
);
