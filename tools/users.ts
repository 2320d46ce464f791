import { parseArgs } from 'node:util';
import { postgresConnectionOptions, readServiceConfig } from '@personnel/config';
import { ROLES, type Role } from '@personnel/contracts';
import { createDataSource, UserStore } from '@personnel/persistence';

const USAGE = `usage: npm run users -- set <username> --name "Full Name" --role <role> [--role <role>...] [--unit <unitCode>]
  Creates or updates a local account in DATABASE_URL. The password is read from USER_PASSWORD.
  roles: ${ROLES.join(', ')}`;

/** Account administration for deployments without the demo accounts (an external database). */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string', multiple: true }, unit: { type: 'string' } },
  });
  const [command, username] = positionals;
  const roles = (values.role ?? []) as Role[];
  const password = process.env.USER_PASSWORD;
  const problems = [
    command !== 'set' && 'the only command is "set"',
    !username && 'a username is required',
    !values.name && '--name is required',
    roles.length === 0 && 'at least one --role is required',
    roles.some((r) => !ROLES.includes(r)) && `unknown role among ${roles.join(', ')}`,
    (!password || password.length < 8) && 'USER_PASSWORD must hold a password of at least 8 characters',
  ].filter(Boolean);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
    return 2;
  }
  const dataSource = createDataSource({
    ...postgresConnectionOptions(readServiceConfig()),
    poolSize: 1,
    applicationName: 'personnel-users',
  });
  await dataSource.initialize();
  try {
    await new UserStore(dataSource).upsertLocalUser(
      { username, fullName: values.name as string, roles, unitCode: values.unit ?? null },
      password as string,
    );
    process.stdout.write(
      `✔ ${username} (${roles.join(', ')}${values.unit ? `, unit ${values.unit}` : ''}) saved\n`,
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `✖ ${(error as Error).message}\n  Is Postgres up and DATABASE_URL right (npm run migrate first)?\n`,
    );
    process.exit(1);
  },
);
