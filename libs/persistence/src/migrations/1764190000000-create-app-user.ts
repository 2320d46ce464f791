import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users of the API: local login (scrypt password hash) or an OIDC identity (no password here). */
export class CreateAppUser1764190000000 implements MigrationInterface {
  name = 'CreateAppUser1764190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        full_name text NOT NULL,
        password_hash text,
        roles text[] NOT NULL,
        unit_code text,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_username UNIQUE (username),
        CONSTRAINT ck_app_user_roles CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['hr_officer', 'org_office', 'approver', 'leader', 'admin', 'viewer']::text[]
        )
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_user`);
  }
}
