import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standing bodies (the district's standing committee, a commune's expanded and key-cadre conferences)
 * and sign-off templates: named, editable groups a start form picks in one action (issue 13). A
 * procedure copies them when it starts, so nothing here is referenced by a running procedure.
 * Members are user codes in a child table, in the body's order; partial unique indexes hold "one head,
 * one secretary" in the database as well as in the rule (libs/domain standing-body.ts).
 */
export class StandingBodiesAndSignOffTemplates1765800000000 implements MigrationInterface {
  name = 'StandingBodiesAndSignOffTemplates1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE standing_body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        unit_id uuid NOT NULL,
        kind text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_standing_body_code UNIQUE (code),
        CONSTRAINT fk_standing_body_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
        CONSTRAINT ck_standing_body_kind
          CHECK (kind IN ('standing_committee', 'expanded_conference', 'key_cadre_conference', 'other'))
      )`);
    await queryRunner.query(`CREATE INDEX ix_standing_body_unit ON standing_body (unit_id)`);
    await queryRunner.query(`
      CREATE TABLE standing_body_member (
        body_id uuid NOT NULL,
        position integer NOT NULL,
        user_id text NOT NULL,
        role text NOT NULL,
        PRIMARY KEY (body_id, position),
        CONSTRAINT fk_standing_body_member_body FOREIGN KEY (body_id) REFERENCES standing_body (id) ON DELETE CASCADE,
        CONSTRAINT uq_standing_body_member_user UNIQUE (body_id, user_id),
        CONSTRAINT ck_standing_body_member_role CHECK (role IN ('head', 'secretary', 'member'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_standing_body_one_head ON standing_body_member (body_id) WHERE role = 'head'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_standing_body_one_secretary ON standing_body_member (body_id) WHERE role = 'secretary'`,
    );
    await queryRunner.query(`
      CREATE TABLE sign_off_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        unit_id uuid NOT NULL,
        post_id uuid,
        post_title text,
        sign_off_mode text NOT NULL,
        steps jsonb NOT NULL,
        signer_id text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_sign_off_template_code UNIQUE (code),
        CONSTRAINT fk_sign_off_template_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
        CONSTRAINT fk_sign_off_template_post FOREIGN KEY (post_id) REFERENCES post (id),
        CONSTRAINT ck_sign_off_template_scope CHECK ((post_id IS NULL) <> (post_title IS NULL)),
        CONSTRAINT ck_sign_off_template_mode CHECK (sign_off_mode IN ('sequential', 'parallel')),
        CONSTRAINT ck_sign_off_template_steps CHECK (jsonb_typeof(steps) = 'array' AND jsonb_array_length(steps) > 0)
      )`);
    // One template in force per scope: the start form must not have to choose between two.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_sign_off_template_post ON sign_off_template (post_id) WHERE post_id IS NOT NULL AND active`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_sign_off_template_title ON sign_off_template (unit_id, post_title)
         WHERE post_title IS NOT NULL AND active`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Templates and bodies are copied into each procedure at its start: dropping them loses no procedure's facts.
    await queryRunner.query(`DROP TABLE sign_off_template`);
    await queryRunner.query(`DROP TABLE standing_body_member`);
    await queryRunner.query(`DROP TABLE standing_body`);
  }
}
