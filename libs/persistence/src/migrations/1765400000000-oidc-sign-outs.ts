import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an identity provider last signed an account out (OpenID back-channel logout: the user logged
 * out, or the province disabled the account). The API refuses that account's access tokens issued at or
 * before that second, so a JWT it cannot revoke at the provider still stops working at once.
 */
export class OidcSignOuts1765400000000 implements MigrationInterface {
  name = 'OidcSignOuts1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_sign_out (
        issuer text NOT NULL,
        subject text NOT NULL,
        signed_out_at timestamptz NOT NULL,
        PRIMARY KEY (issuer, subject)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_sign_out`);
  }
}
