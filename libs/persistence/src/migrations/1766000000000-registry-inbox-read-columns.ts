import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foldedSqlLiteral } from '../registry/sql';

/**
 * What the registry's lists and the inbox read on every request, kept on the rows they read
 * (bench/README.md, "Registry benchmark", issue 14): at 100,000 cadres and 100,000 tasks the time went
 * into recomputing these per row.
 *
 * - `cadre.unit_codes`: the units a cadre belongs to (the rule of CADRE_UNITS_OF: the units of every open
 *   assignment; with none open, the unit of the assignment that ended last; none for a cadre who never
 *   held a post), kept by statement triggers on `assignment` (and on a unit's code). The reader's unit
 *   scope becomes `unit_codes && <scope>` on the cadre row instead of three assignment probes per row
 *   read (1,001 rows for a capped count). `cadre_unit_codes(id)` is the rule, in one place.
 * - `procedure_task.unit_code`: the procedure's unit, copied by triggers (a task written, a procedure
 *   written or moved to another unit), so the inbox picks its page and counts on the task table alone
 *   and reads `procedure` by key for the rows of the page only. Null exactly for a task without its
 *   procedure, which the inbox never showed (it joined `procedure`).
 * - `procedure_task.search_label`, `post.search_title`, `unit.search_name`: the folded label, title and
 *   name (the same expression the inbox search applied per row, `foldedSql`), stored when the row is
 *   written: folding 1,099 labels and 222 titles per search cost ~200 ms.
 */
export class RegistryInboxReadColumns1766000000000 implements MigrationInterface {
  name = 'RegistryInboxReadColumns1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE cadre ADD COLUMN unit_codes text[] NOT NULL DEFAULT '{}'`);
    await q(`
      CREATE FUNCTION cadre_unit_codes(cadre uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(array_agg(DISTINCT u.code ORDER BY u.code), '{}')
          FROM assignment a JOIN unit u ON u.id = a.unit_id
         WHERE a.cadre_id = cadre AND (a.to_date IS NULL OR (
               NOT EXISTS (SELECT 1 FROM assignment o WHERE o.cadre_id = cadre AND o.to_date IS NULL)
               AND a.to_date = (SELECT max(l.to_date) FROM assignment l WHERE l.cadre_id = cadre)))
      $$`);
    // Statement triggers with transition tables: a bulk load (the seed, an import) updates each cadre
    // once per statement, not once per assignment row. The cadres are locked first, in id order, so the
    // codes are read after any concurrent change of the same cadre committed (the registry's writers lock
    // the cadre before its assignments anyway).
    await q(`
      CREATE FUNCTION refresh_cadre_unit_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN SELECT array_agg(DISTINCT cadre_id) INTO ids FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT cadre_id) INTO ids FROM old_rows;
        ELSE SELECT array_agg(DISTINCT x) INTO ids
               FROM (SELECT cadre_id FROM new_rows UNION SELECT cadre_id FROM old_rows) c(x);
        END IF;
        IF ids IS NULL THEN RETURN NULL; END IF;
        PERFORM 1 FROM cadre WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
        UPDATE cadre c SET unit_codes = k.codes
          FROM (SELECT id, cadre_unit_codes(id) AS codes FROM unnest(ids) AS id) k
         WHERE c.id = k.id AND c.unit_codes IS DISTINCT FROM k.codes;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER tr_assignment_unit_codes_insert AFTER INSERT ON assignment
               REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_cadre_unit_codes()`);
    await q(`CREATE TRIGGER tr_assignment_unit_codes_update AFTER UPDATE ON assignment
               REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
               FOR EACH STATEMENT EXECUTE FUNCTION refresh_cadre_unit_codes()`);
    await q(`CREATE TRIGGER tr_assignment_unit_codes_delete AFTER DELETE ON assignment
               REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_cadre_unit_codes()`);
    await q(`
      CREATE FUNCTION refresh_unit_cadre_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cadre c SET unit_codes = cadre_unit_codes(c.id)
         WHERE c.id IN (SELECT a.cadre_id FROM assignment a WHERE a.unit_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER tr_unit_code_cadres AFTER UPDATE OF code ON unit
               FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION refresh_unit_cadre_codes()`);
    await q(`UPDATE cadre c SET unit_codes = cadre_unit_codes(c.id)
              WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.cadre_id = c.id)`);
    await q(`CREATE INDEX ix_cadre_unit_codes ON cadre USING gin (unit_codes)`);

    await q(`ALTER TABLE procedure_task ADD COLUMN unit_code text`);
    await q(
      `UPDATE procedure_task t SET unit_code = p.unit_code FROM procedure p WHERE p.id = t.workflow_id`,
    );
    await q(`
      CREATE FUNCTION procedure_task_unit_code() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.unit_code := (SELECT p.unit_code FROM procedure p WHERE p.id = NEW.workflow_id);
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER tr_procedure_task_unit_code BEFORE INSERT OR UPDATE OF workflow_id ON procedure_task
               FOR EACH ROW EXECUTE FUNCTION procedure_task_unit_code()`);
    await q(`
      CREATE FUNCTION procedure_unit_code_to_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          UPDATE procedure_task SET unit_code = NULL WHERE workflow_id = OLD.id;
        ELSE
          UPDATE procedure_task SET unit_code = NEW.unit_code
           WHERE workflow_id = NEW.id AND unit_code IS DISTINCT FROM NEW.unit_code;
        END IF;
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER tr_procedure_unit_code_insert AFTER INSERT OR DELETE ON procedure
               FOR EACH ROW EXECUTE FUNCTION procedure_unit_code_to_tasks()`);
    await q(`CREATE TRIGGER tr_procedure_unit_code_update AFTER UPDATE OF unit_code ON procedure
               FOR EACH ROW WHEN (OLD.unit_code IS DISTINCT FROM NEW.unit_code)
               EXECUTE FUNCTION procedure_unit_code_to_tasks()`);

    await q(`ALTER TABLE procedure_task ADD COLUMN search_label text
               GENERATED ALWAYS AS (${foldedSqlLiteral('label')}) STORED`);
    await q(
      `ALTER TABLE post ADD COLUMN search_title text GENERATED ALWAYS AS (${foldedSqlLiteral('title')}) STORED`,
    );
    await q(
      `ALTER TABLE unit ADD COLUMN search_name text GENERATED ALWAYS AS (${foldedSqlLiteral('name')}) STORED`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE unit DROP COLUMN search_name`);
    await q(`ALTER TABLE post DROP COLUMN search_title`);
    await q(`ALTER TABLE procedure_task DROP COLUMN search_label`);
    await q(`DROP TRIGGER tr_procedure_unit_code_update ON procedure`);
    await q(`DROP TRIGGER tr_procedure_unit_code_insert ON procedure`);
    await q(`DROP FUNCTION procedure_unit_code_to_tasks()`);
    await q(`DROP TRIGGER tr_procedure_task_unit_code ON procedure_task`);
    await q(`DROP FUNCTION procedure_task_unit_code()`);
    await q(`ALTER TABLE procedure_task DROP COLUMN unit_code`);
    await q(`DROP INDEX ix_cadre_unit_codes`);
    await q(`DROP TRIGGER tr_unit_code_cadres ON unit`);
    await q(`DROP FUNCTION refresh_unit_cadre_codes()`);
    await q(`DROP TRIGGER tr_assignment_unit_codes_delete ON assignment`);
    await q(`DROP TRIGGER tr_assignment_unit_codes_update ON assignment`);
    await q(`DROP TRIGGER tr_assignment_unit_codes_insert ON assignment`);
    await q(`DROP FUNCTION refresh_cadre_unit_codes()`);
    await q(`DROP FUNCTION cadre_unit_codes(uuid)`);
    await q(`ALTER TABLE cadre DROP COLUMN unit_codes`);
  }
}
