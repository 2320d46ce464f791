import type { DataSource } from 'typeorm';
import type { Role } from '@personnel/contracts';

/** An active account, the registry cadre it is linked to, its unit scope and roles. */
export interface DirectoryMatch {
  username: string;
  cadreId: string | null;
  /** Null: the whole organisation. */
  unitCode: string | null;
  roles: Role[];
}

/**
 * The active accounts among `usernames`, and those linked to one of `cadreIds` (a candidate's own
 * account, which separation of duties keeps out of the case).
 */
export async function activeDirectoryMatches(
  dataSource: DataSource,
  usernames: readonly string[],
  cadreIds: readonly string[],
): Promise<DirectoryMatch[]> {
  return dataSource.query(
    `SELECT username, cadre_id AS "cadreId", unit_code AS "unitCode", roles FROM app_user WHERE active AND (username = ANY($1) OR cadre_id = ANY($2))`,
    [[...new Set(usernames)], [...cadreIds]],
  );
}
