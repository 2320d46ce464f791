import type { DataSource } from 'typeorm';
import type { NotificationPreferencesView } from '@personnel/contracts';

interface PreferenceRow {
  email: string | null;
  mail_notifications: boolean;
}

const toView = (row: PreferenceRow): NotificationPreferencesView => ({
  mailEnabled: row.mail_notifications,
  email: row.email,
});

/** Each user's own switch for notification mail, and the address it goes to (columns of `app_user`). */
export class NotificationPreferences {
  constructor(private readonly dataSource: DataSource) {}

  /** The switch of an active user; undefined when there is none. */
  async get(username: string): Promise<NotificationPreferencesView | undefined> {
    const [row]: PreferenceRow[] = await this.dataSource.query(
      'SELECT email, mail_notifications FROM app_user WHERE username = $1 AND active',
      [username],
    );
    return row ? toView(row) : undefined;
  }

  /** Turns the user's notification mail on or off; undefined when there is no such active user. */
  async setMailEnabled(
    username: string,
    mailEnabled: boolean,
  ): Promise<NotificationPreferencesView | undefined> {
    const [rows]: [PreferenceRow[], number] = await this.dataSource.query(
      `UPDATE app_user SET mail_notifications = $2, version = version + 1, updated_at = now()
       WHERE username = $1 AND active RETURNING email, mail_notifications`,
      [username, mailEnabled],
    );
    return rows[0] ? toView(rows[0]) : undefined;
  }

  /**
   * Sets the address mail goes to, null removes it, without a journal step: test set-up only. An
   * administrator's change goes through UserAddresses.set, which journals who changed it.
   */
  async setEmail(username: string, email: string | null): Promise<void> {
    await this.dataSource.query(
      'UPDATE app_user SET email = $2, version = version + 1, updated_at = now() WHERE username = $1',
      [username, email],
    );
  }

  /** Gives an address to a user who has none (the demo seed: an address set by hand is kept). */
  async setEmailIfMissing(username: string, email: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE app_user SET email = $2, version = version + 1, updated_at = now()
       WHERE username = $1 AND email IS NULL RETURNING username`,
      [username, email],
    );
    return rows.length > 0;
  }
}
