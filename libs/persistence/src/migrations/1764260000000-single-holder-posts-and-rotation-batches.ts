import type { MigrationInterface, QueryRunner } from 'typeorm';

const TASK_KINDS_BEFORE = [
  'exception',
  'sign_off',
  'revision',
  'decision',
  'conference',
  'reconvene',
  'self_assessment',
];
const ROTATION_TASK_KINDS = ['hand_over', 'evaluation', 'end_of_term'];
const taskKindCheck = (kinds: string[]) =>
  `ALTER TABLE procedure_task ADD CONSTRAINT ck_procedure_task_kind CHECK (kind IN (${kinds
    .map((k) => `'${k}'`)
    .join(', ')}))`;

/**
 * Two things rotation needs from the schema:
 * - **A single-holder post never has two current holders**, enforced by the database itself. The post
 *   says whether it is single-holder; each assignment carries a copy of that flag, filled by a trigger
 *   and pinned to its post by a composite foreign key (so no writer can get it wrong), and a partial
 *   unique index allows one open assignment per single-holder post. Heads are single-holder.
 * - The rotation's task kinds: the hand-over, the yearly evaluation, the end-of-term decision.
 * - **Rotation batches**: the rows of a batch and the workflow id each was given, stored before any is
 *   started, so re-sending a batch (same idempotency key) starts nothing twice and resumes the rest.
 */
export class SingleHolderPostsAndRotationBatches1764260000000 implements MigrationInterface {
  name = 'SingleHolderPostsAndRotationBatches1764260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE post ADD COLUMN single_holder boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE post SET single_holder = true WHERE is_head`);
    await queryRunner.query(
      `ALTER TABLE post ADD CONSTRAINT uq_post_id_single_holder UNIQUE (id, single_holder)`,
    );
    const doubled: { code: string; holders: number }[] = await queryRunner.query(
      `SELECT p.code, count(*)::int AS holders FROM assignment a JOIN post p ON p.id = a.post_id
       WHERE a.to_date IS NULL AND p.single_holder GROUP BY p.code HAVING count(*) > 1 ORDER BY p.code`,
    );
    if (doubled.length > 0)
      throw new Error(
        `single-holder posts with several current holders: ${doubled
          .map((d) => `${d.code} (${d.holders})`)
          .join(', ')}; end the extra assignments, then migrate again`,
      );
    await queryRunner.query(`ALTER TABLE assignment ADD COLUMN single_holder boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE assignment a SET single_holder = p.single_holder FROM post p WHERE p.id = a.post_id`,
    );
    await queryRunner.query(`
      CREATE FUNCTION assignment_single_holder_of_post() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An unknown post leaves false here, so the post_id foreign key is the one to refuse the row.
        NEW.single_holder := COALESCE((SELECT single_holder FROM post WHERE id = NEW.post_id), false);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_assignment_single_holder BEFORE INSERT OR UPDATE OF post_id ON assignment
      FOR EACH ROW EXECUTE FUNCTION assignment_single_holder_of_post()`);
    await queryRunner.query(`
      ALTER TABLE assignment ADD CONSTRAINT fk_assignment_post_single_holder
      FOREIGN KEY (post_id, single_holder) REFERENCES post (id, single_holder) ON UPDATE CASCADE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_assignment_single_holder_current ON assignment (post_id)
       WHERE to_date IS NULL AND single_holder`,
    );

    await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
    await queryRunner.query(taskKindCheck([...TASK_KINDS_BEFORE, ...ROTATION_TASK_KINDS]));

    await queryRunner.query(`
      CREATE TABLE rotation_batch (
        id uuid PRIMARY KEY,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_rotation_batch_key UNIQUE (idempotency_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE rotation_batch_item (
        batch_id uuid NOT NULL REFERENCES rotation_batch (id) ON DELETE CASCADE,
        index integer NOT NULL,
        cadre_code text NOT NULL,
        move jsonb NOT NULL,
        -- The workflow's whole input (proposal time included), so a re-sent batch starts exactly it.
        input jsonb,
        workflow_id text,
        status text NOT NULL CHECK (status IN ('proposed', 'started', 'refused')),
        problems jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (batch_id, index),
        CONSTRAINT uq_rotation_batch_item_workflow UNIQUE (workflow_id),
        CONSTRAINT ck_rotation_batch_item_workflow CHECK ((status = 'refused') = (workflow_id IS NULL)),
        CONSTRAINT ck_rotation_batch_item_input CHECK ((workflow_id IS NULL) = (input IS NULL))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS n FROM procedure WHERE kind = 'rotation'`,
    );
    if (n > 0)
      throw new Error(
        `${n} rotation procedures exist; the previous schema cannot hold them. Nothing was reverted.`,
      );
    await queryRunner.query(
      `DELETE FROM procedure_task WHERE kind IN ('hand_over', 'evaluation', 'end_of_term')`,
    );
    await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
    await queryRunner.query(taskKindCheck(TASK_KINDS_BEFORE));
    await queryRunner.query(`DROP TABLE rotation_batch_item`);
    await queryRunner.query(`DROP TABLE rotation_batch`);
    await queryRunner.query(`DROP INDEX uq_assignment_single_holder_current`);
    await queryRunner.query(`ALTER TABLE assignment DROP CONSTRAINT fk_assignment_post_single_holder`);
    await queryRunner.query(`DROP TRIGGER tr_assignment_single_holder ON assignment`);
    await queryRunner.query(`DROP FUNCTION assignment_single_holder_of_post()`);
    await queryRunner.query(`ALTER TABLE assignment DROP COLUMN single_holder`);
    await queryRunner.query(`ALTER TABLE post DROP CONSTRAINT uq_post_id_single_holder`);
    await queryRunner.query(`ALTER TABLE post DROP COLUMN single_holder`);
  }
}
