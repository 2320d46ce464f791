import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { REPO_ROOT } from './dev/paths';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from './openapi/contract-schemas';

/** `npm run openapi:schemas`: rewrites apps/api/src/http/contract-schemas.json from the contract types. */
async function main(): Promise<void> {
  const generated = generateContractSchemas(REPO_ROOT);
  // Formatted as `prettier --check .` (the first step of npm test) wants it.
  const options = { ...(await resolveConfig(CONTRACT_SCHEMAS_FILE)), parser: 'json' };
  writeFileSync(CONTRACT_SCHEMAS_FILE, await format(JSON.stringify(generated), options));
  process.stdout.write(
    `✔ ${Object.keys(generated.operations).length} success bodies, ${Object.keys(generated.schemas).length} schemas → ${CONTRACT_SCHEMAS_FILE}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`✖ ${(error as Error).message}\n`);
  process.exit(1);
});
