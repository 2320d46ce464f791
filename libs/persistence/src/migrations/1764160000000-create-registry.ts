import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry: units (a tree), posts with their standards, cadres, their assignment history (the
 * current post is derived: the assignment without an end), yearly evaluations, discipline records,
 * training courses and completions, planning entries, and the public-holiday calendar.
 * Every editable row carries `version` for optimistic concurrency.
 */
export class CreateRegistry1764160000000 implements MigrationInterface {
  name = 'CreateRegistry1764160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('province', 'district', 'commune', 'agency')),
        parent_id uuid REFERENCES unit (id),
        locality_code text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_unit_code UNIQUE (code)
      )`);
    await queryRunner.query(`CREATE INDEX ix_unit_parent ON unit (parent_id)`);

    await queryRunner.query(`
      CREATE TABLE training_course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        hours integer,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_training_course_code UNIQUE (code)
      )`);

    await queryRunner.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        unit_id uuid NOT NULL REFERENCES unit (id),
        level text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
        is_head boolean NOT NULL DEFAULT false,
        requires_non_local boolean NOT NULL DEFAULT false,
        standards jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_post_code UNIQUE (code)
      )`);
    await queryRunner.query(`CREATE INDEX ix_post_unit ON post (unit_id)`);

    await queryRunner.query(`
      CREATE TABLE cadre (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        full_name text NOT NULL,
        -- full name folded to lower case without diacritics (đ → d), so "nguyen van an" finds "Nguyễn Văn An"
        search_name text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('male', 'female')),
        birth_date date NOT NULL,
        hometown_locality_code text NOT NULL,
        ethnicity text NOT NULL,
        education text NOT NULL,
        political_theory text NOT NULL,
        state_management text NOT NULL,
        party_member boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'retired', 'left', 'deceased')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_cadre_code UNIQUE (code)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_cadre_search_name_trgm ON cadre USING gin (search_name gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX ix_cadre_code_trgm ON cadre USING gin (code gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX ix_cadre_status_name ON cadre (status, search_name, id)`);
    await queryRunner.query(`CREATE INDEX ix_cadre_hometown ON cadre (hometown_locality_code)`);

    await queryRunner.query(`
      CREATE TABLE assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre (id),
        kind text NOT NULL CHECK (kind IN ('appointment', 'rotation', 'transfer', 'reappointment')),
        unit_id uuid NOT NULL REFERENCES unit (id),
        post_id uuid NOT NULL REFERENCES post (id),
        from_date date NOT NULL,
        to_date date,
        decision_ref text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_assignment_dates CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    await queryRunner.query(`CREATE INDEX ix_assignment_cadre_from ON assignment (cadre_id, from_date)`);
    // At most one current assignment per cadre: the current post is derived from it, never stored twice.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_assignment_current ON assignment (cadre_id) WHERE to_date IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_assignment_post_current ON assignment (post_id) WHERE to_date IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre (id),
        year integer NOT NULL,
        rating text NOT NULL CHECK (rating IN ('excellent', 'good', 'satisfactory', 'unsatisfactory')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_evaluation_cadre_year UNIQUE (cadre_id, year)
      )`);

    await queryRunner.query(`
      CREATE TABLE discipline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre (id),
        form text NOT NULL CHECK (form IN ('reprimand', 'warning', 'removal')),
        decided_at date NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_discipline_cadre ON discipline (cadre_id, decided_at)`);

    await queryRunner.query(`
      CREATE TABLE training_completion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre (id),
        course_id uuid NOT NULL REFERENCES training_course (id),
        completed_at date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_training_completion UNIQUE (cadre_id, course_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE planning_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre (id),
        post_id uuid NOT NULL REFERENCES post (id),
        term text NOT NULL,
        from_date date NOT NULL,
        to_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_planning_entry UNIQUE (cadre_id, post_id, term)
      )`);
    await queryRunner.query(`CREATE INDEX ix_planning_entry_post ON planning_entry (post_id, term)`);

    await queryRunner.query(`
      CREATE TABLE public_holiday (
        date date PRIMARY KEY,
        name text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'public_holiday',
      'planning_entry',
      'training_completion',
      'discipline',
      'evaluation',
      'assignment',
      'cadre',
      'post',
      'training_course',
      'unit',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    // pg_trgm stays: other schemas of the database may use it.
  }
}
