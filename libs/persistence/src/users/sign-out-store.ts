import type { DataSource } from 'typeorm';

/** Accounts an OpenID provider signed out (back-channel logout), by issuer and subject. */
export class SignOutStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a sign-out at `at`. A later one replaces it; an earlier one (a logout token delivered late
   * or twice) leaves the later time, so recording is idempotent and order does not matter.
   */
  async record(issuer: string, subject: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO oidc_sign_out (issuer, subject, signed_out_at) VALUES ($1, $2, $3)
       ON CONFLICT (issuer, subject)
       DO UPDATE SET signed_out_at = GREATEST(oidc_sign_out.signed_out_at, EXCLUDED.signed_out_at)`,
      [issuer, subject, at],
    );
  }

  /** When the account was last signed out, or undefined if never. */
  async signedOutAt(issuer: string, subject: string): Promise<Date | undefined> {
    const [row]: { signed_out_at: Date }[] = await this.dataSource.query(
      'SELECT signed_out_at FROM oidc_sign_out WHERE issuer = $1 AND subject = $2',
      [issuer, subject],
    );
    return row?.signed_out_at;
  }
}
