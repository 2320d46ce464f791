import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, Role, UserDirectoryEntry } from '@personnel/contracts';
import { escapeLike, foldedSql, Params } from '../registry/sql';
import { foldVietnamese } from '@personnel/contracts';
import { hashPassword, verifyPassword } from './password-hash';

interface UserRow {
  username: string;
  full_name: string;
  password_hash: string | null;
  roles: Role[];
  unit_code: string | null;
  cadre_id: string | null;
  active: boolean;
}

const toUser = (row: UserRow): AuthenticatedUser => ({
  username: row.username,
  fullName: row.full_name,
  roles: row.roles,
  unitCode: row.unit_code,
  // Only when linked: `cadreId` is optional in AuthenticatedUser, and unlinked accounts keep their shape.
  ...(row.cadre_id === null ? {} : { cadreId: row.cadre_id }),
});

export interface UserListFilter {
  role?: Role;
  /** Matches the username (prefix, any case) or the full name folded without diacritics (anywhere). */
  q?: string;
  /** Default 50, at most 500. */
  limit?: number;
}

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

  /** Active users for pickers (approvers, signers, secretaries, members), by username. */
  async list(filter: UserListFilter = {}): Promise<UserDirectoryEntry[]> {
    const p = new Params();
    const where = ['u.active'];
    if (filter.role) where.push(`u.roles @> ARRAY[${p.add(filter.role)}]::text[]`);
    const q = filter.q?.trim();
    if (q) {
      const name = `%${escapeLike(foldVietnamese(q))}%`;
      where.push(
        `(u.username ILIKE ${p.add(`${escapeLike(q)}%`)} OR ${foldedSql('u.full_name', p)} LIKE ${p.add(name)})`,
      );
    }
    const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.username, u.full_name, u.roles, u.unit_code, u.cadre_id FROM app_user u
       WHERE ${where.join(' AND ')} ORDER BY u.username LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map((r) => ({
      username: r.username,
      fullName: r.full_name,
      roles: r.roles,
      unitCode: r.unit_code,
      cadreId: r.cadre_id,
    }));
  }

  async countUsers(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    return row.n;
  }

  /**
   * Creates or replaces a local account (the demo seed and admin tooling). A `{ passwordHash }` made
   * once by `hashPassword` serves accounts that share one public password (the demo seed), which spares
   * a scrypt run per account.
   */
  async upsertLocalUser(user: AuthenticatedUser, password: string | { passwordHash: string }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO app_user (username, full_name, password_hash, roles, unit_code, cadre_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (username) DO UPDATE
         SET full_name = EXCLUDED.full_name, password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles,
             unit_code = EXCLUDED.unit_code, cadre_id = EXCLUDED.cadre_id, version = app_user.version + 1,
             updated_at = now()`,
      [
        user.username,
        user.fullName,
        typeof password === 'string' ? await hashPassword(password) : password.passwordHash,
        user.roles,
        user.unitCode,
        user.cadreId ?? null,
      ],
    );
  }
}
