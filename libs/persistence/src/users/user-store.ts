import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, Role } from '@personnel/contracts';
import { hashPassword, verifyPassword } from './password-hash';

interface UserRow {
  username: string;
  full_name: string;
  password_hash: string | null;
  roles: Role[];
  unit_code: string | null;
  active: boolean;
}

const toUser = (row: UserRow): AuthenticatedUser => ({
  username: row.username,
  fullName: row.full_name,
  roles: row.roles,
  unitCode: row.unit_code,
});

// Checked when the user does not exist, so an unknown name costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;

/** Users and their credentials in Postgres. */
export class UserStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The user when the password matches an active local account; undefined otherwise (no hint which). */
  async authenticate(username: string, password: string): Promise<AuthenticatedUser | undefined> {
    const [row]: UserRow[] = await this.dataSource.query('SELECT * FROM app_user WHERE username = $1', [
      username,
    ]);
    if (!row?.password_hash || !row.active) {
      dummyHash ??= hashPassword('not a password');
      await verifyPassword(password, await dummyHash);
      return undefined;
    }
    return (await verifyPassword(password, row.password_hash)) ? toUser(row) : undefined;
  }

  /** The current roles and scope of an active user: a token is only as good as the account behind it. */
  async findActive(username: string): Promise<AuthenticatedUser | undefined> {
    const [row]: UserRow[] = await this.dataSource.query(
      'SELECT * FROM app_user WHERE username = $1 AND active',
      [username],
    );
    return row ? toUser(row) : undefined;
  }

  async countUsers(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    return row.n;
  }

  /** Creates or replaces a local account (the demo seed and admin tooling). */
  async upsertLocalUser(user: AuthenticatedUser, password: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO app_user (username, full_name, password_hash, roles, unit_code)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO UPDATE
         SET full_name = EXCLUDED.full_name, password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles,
             unit_code = EXCLUDED.unit_code, version = app_user.version + 1, updated_at = now()`,
      [user.username, user.fullName, await hashPassword(password), user.roles, user.unitCode],
    );
  }
}
