import type { DataSource, EntityManager } from 'typeorm';
import {
  foldVietnamese,
  userWorkflowId,
  type EmailStepKind,
  type UserAddressView,
} from '@personnel/contracts';
import { insertStepOnce } from '../journal/step-journal';
import { escapeLike, foldedSql, Params } from '../registry/sql';

interface AddressRow {
  username: string;
  full_name: string;
  unit_code: string | null;
  email: string | null;
  changed_at: Date | null;
  changed_by: string | null;
}

const toView = (r: AddressRow): UserAddressView => ({
  username: r.username,
  fullName: r.full_name,
  unitCode: r.unit_code,
  email: r.email,
  changedAt: r.changed_at ? new Date(r.changed_at).toISOString() : null,
  changedBy: r.changed_by,
});

/**
 * The user's row with the last address step of their journal (userWorkflowId: `user/<username>`; the
 * kinds of EMAIL_STEP_KINDS), one probe of ix_workflow_step_workflow_seq per user.
 */
const SELECT = `
  SELECT u.username, u.full_name, u.unit_code, u.email, last.occurred_at AS changed_at, last.actor AS changed_by
  FROM app_user u
  LEFT JOIN LATERAL (
    SELECT s.occurred_at, s.actor FROM workflow_step s
    WHERE s.workflow_id = 'user/' || u.username AND s.kind IN ('email_set', 'email_cleared')
    ORDER BY s.seq DESC LIMIT 1
  ) last ON true`;

export interface UserAddressFilter {
  /** Matches the username (prefix, any case) or the full name folded without diacritics (anywhere). */
  q?: string;
  /** Only users without an address (those no mail reaches). */
  missing?: boolean;
  /** Default 100, at most 500. */
  limit?: number;
}

export interface AddressChange {
  username: string;
  /** Already normalised (libs/domain normaliseEmailAddress); null removes the address. */
  email: string | null;
  /** The administrator making the change, as the journal names them. */
  actor: string;
  /** When; now unless a test says otherwise. */
  at?: Date;
}

export interface AddressChangeOutcome {
  user: UserAddressView;
  /** False when the address already was this one: nothing written, no journal step. */
  changed: boolean;
}

/**
 * Users' mail addresses as administrators keep them. A change and its journal step (who, when, the
 * old and the new address) are written in one transaction, so there is no change without its record.
 */
export class UserAddresses {
  constructor(private readonly dataSource: DataSource) {}

  /** Active users by name (then username), with their address and its last change. */
  async list(filter: UserAddressFilter = {}): Promise<UserAddressView[]> {
    const p = new Params();
    const where = ['u.active'];
    if (filter.missing) where.push('u.email IS NULL');
    const q = filter.q?.trim();
    if (q) {
      const name = `%${escapeLike(foldVietnamese(q))}%`;
      where.push(
        `(u.username ILIKE ${p.add(`${escapeLike(q)}%`)} OR ${foldedSql('u.full_name', p)} LIKE ${p.add(name)})`,
      );
    }
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
    const rows: AddressRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY u.full_name, u.username LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map(toView);
  }

  /** One active user's address; undefined when there is no such active user. */
  async get(
    username: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserAddressView | undefined> {
    const [row]: AddressRow[] = await manager.query(`${SELECT} WHERE u.username = $1 AND u.active`, [
      username,
    ]);
    return row ? toView(row) : undefined;
  }

  /**
   * Sets (or, with null, removes) an active user's address and journals the change; undefined when
   * there is no such active user. The same address again changes nothing and journals nothing.
   */
  async set(change: AddressChange): Promise<AddressChangeOutcome | undefined> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders concurrent changes of one user, so each step's `from` is what it replaced.
      const [row]: { email: string | null }[] = await manager.query(
        'SELECT email FROM app_user WHERE username = $1 AND active FOR UPDATE',
        [change.username],
      );
      if (!row) return undefined;
      if (row.email === change.email) {
        const user = await this.get(change.username, manager);
        return user && { user, changed: false };
      }
      await manager.query(
        'UPDATE app_user SET email = $2, version = version + 1, updated_at = now() WHERE username = $1',
        [change.username, change.email],
      );
      await journalChange(manager, change, row.email);
      const user = await this.get(change.username, manager);
      return user && { user, changed: true };
    });
  }
}

async function journalChange(
  manager: EntityManager,
  change: AddressChange,
  from: string | null,
): Promise<void> {
  const workflowId = userWorkflowId(change.username);
  const [{ seq }]: { seq: number }[] = await manager.query(
    'SELECT COALESCE(max(seq), 0) + 1 AS seq FROM workflow_step WHERE workflow_id = $1',
    [workflowId],
  );
  const kind: EmailStepKind = change.email === null ? 'email_cleared' : 'email_set';
  await insertStepOnce(manager, {
    workflowId,
    // Not a Temporal run: the API itself writes these steps.
    runId: 'api',
    stepKey: `email/${seq}`,
    seq,
    kind,
    actor: change.actor,
    payload: { from, to: change.email },
    occurredAt: (change.at ?? new Date()).toISOString(),
  });
}
