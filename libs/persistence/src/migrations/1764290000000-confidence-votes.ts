import type { MigrationInterface, QueryRunner } from 'typeorm';

const CONFIDENCE_TASK_KINDS = ['dismissal_proposal'];

/**
 * The task kinds the check allows now, read from the constraint itself: other kinds' migrations add
 * their own kinds beside these, in whatever order they were merged, and none may drop another's.
 */
async function currentTaskKinds(queryRunner: QueryRunner): Promise<string[]> {
  const [row]: { def: string }[] = await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck_procedure_task_kind'`,
  );
  return [...(row?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

async function setTaskKinds(queryRunner: QueryRunner, kinds: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE procedure_task DROP CONSTRAINT ck_procedure_task_kind`);
  await queryRunner.query(
    `ALTER TABLE procedure_task ADD CONSTRAINT ck_procedure_task_kind CHECK (kind IN (${kinds
      .map((k) => `'${k}'`)
      .join(', ')}))`,
  );
}

/**
 * Confidence votes (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW 2023): the dismissal proposal's task kind, and the
 * registry's one fact no other kind has, `confidence_vote_result`: one row per holder and conference,
 * counts and the sheet's seal only (never who voted what), unique on (conference id, cadre) so the
 * workflow's activity writes each once whatever its retries. The procedure rows themselves are the
 * kernel's (`procedure` kind `confidence_vote`, whose id check already holds for the new kind).
 */
export class ConfidenceVotes1764290000000 implements MigrationInterface {
  name = 'ConfidenceVotes1764290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kinds = await currentTaskKinds(queryRunner);
    await setTaskKinds(queryRunner, [...kinds, ...CONFIDENCE_TASK_KINDS.filter((k) => !kinds.includes(k))]);
    await queryRunner.query(`
      CREATE TABLE confidence_vote_result (
        id bigint GENERATED ALWAYS AS IDENTITY,
        -- Codes, as the procedure read model keeps them: the fact stays readable whatever the registry.
        cadre_code text NOT NULL,
        post_code text NOT NULL,
        unit_code text NOT NULL,
        procedure_id text NOT NULL,
        conference_id text NOT NULL,
        year integer NOT NULL,
        voted_on date NOT NULL,
        high integer NOT NULL,
        confidence integer NOT NULL,
        low integer NOT NULL,
        ballots_cast integer NOT NULL,
        summoned integer NOT NULL,
        outcome text NOT NULL,
        legal_basis text NOT NULL,
        sheet_sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_confidence_vote_result PRIMARY KEY (id),
        CONSTRAINT uq_confidence_vote_result_conference_cadre UNIQUE (conference_id, cadre_code),
        CONSTRAINT ck_confidence_vote_result_counts CHECK (
          high >= 0 AND confidence >= 0 AND low >= 0
          AND high + confidence + low <= ballots_cast AND ballots_cast <= summoned AND summoned > 0),
        CONSTRAINT ck_confidence_vote_result_outcome
          CHECK (outcome IN ('retained', 'out_of_planning', 'removal_from_post')),
        CONSTRAINT ck_confidence_vote_result_seal CHECK (sheet_sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_confidence_vote_result_cadre ON confidence_vote_result (cadre_code, voted_on)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_confidence_vote_result_procedure ON confidence_vote_result (procedure_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }]: { n: number }[] = await queryRunner.query(
      `SELECT (SELECT count(*) FROM confidence_vote_result)::int
            + (SELECT count(*) FROM procedure WHERE kind = 'confidence_vote')::int AS n`,
    );
    if (n > 0)
      throw new Error(
        `${n} confidence-vote results or procedures exist; the previous schema cannot hold them. Nothing was reverted.`,
      );
    await queryRunner.query(`DELETE FROM procedure_task WHERE kind = ANY($1)`, [CONFIDENCE_TASK_KINDS]);
    const kinds = await currentTaskKinds(queryRunner);
    await setTaskKinds(
      queryRunner,
      kinds.filter((k) => !CONFIDENCE_TASK_KINDS.includes(k)),
    );
    await queryRunner.query(`DROP TABLE confidence_vote_result`);
  }
}
