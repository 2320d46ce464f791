import type { DataSource, EntityManager } from 'typeorm';
import type {
  ConfidenceVoteFact,
  WriteConfidenceResultsInput,
  WriteConfidenceResultsOutcome,
} from '@personnel/contracts';

/**
 * Writes the results of one closed confidence-vote conference, one row per holder, in one transaction:
 * an attempt retried after the first committed inserts nothing (unique on conference id + cadre) and
 * says so, so each fact exists exactly once.
 */
export async function writeConfidenceResults(
  dataSource: DataSource,
  input: WriteConfidenceResultsInput,
): Promise<WriteConfidenceResultsOutcome> {
  if (input.results.length === 0) return { inserted: 0 };
  const r = input.results;
  const rows: { id: string }[] = await dataSource.transaction((manager) =>
    manager.query(
      `INSERT INTO confidence_vote_result (cadre_code, post_code, unit_code, procedure_id, conference_id, year,
         voted_on, high, confidence, low, ballots_cast, summoned, outcome, legal_basis, sheet_sha256)
       SELECT t.cadre_code, t.post_code, $1, $2, $3, $4, $5::date, t.high, t.confidence, t.low, t.ballots_cast,
              t.summoned, t.outcome, $6, $7
       FROM unnest($8::text[], $9::text[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::text[])
         AS t(cadre_code, post_code, high, confidence, low, ballots_cast, summoned, outcome)
       ON CONFLICT (conference_id, cadre_code) DO NOTHING
       RETURNING id`,
      [
        input.unitCode,
        input.workflowId,
        input.conferenceId,
        input.year,
        input.votedOn,
        input.legalBasis,
        input.sheetSha256,
        r.map((x) => x.cadreId),
        r.map((x) => x.postId),
        r.map((x) => x.high),
        r.map((x) => x.confidence),
        r.map((x) => x.low),
        r.map((x) => x.ballotsCast),
        r.map((x) => x.summoned),
        r.map((x) => x.outcome),
      ],
    ),
  );
  return { inserted: rows.length };
}

/** A row of the confidence facts of some cadres (by code), oldest first. */
export interface ConfidenceFactRow extends ConfidenceVoteFact {
  cadreCode: string;
}

/** The confidence votes of these cadres, for their facts: the day, the outcome, the low share. */
export function loadConfidenceFacts(
  manager: EntityManager,
  cadreCodes: readonly string[],
): Promise<ConfidenceFactRow[]> {
  return manager.query(
    `SELECT cadre_code AS "cadreCode", to_char(voted_on, 'YYYY-MM-DD') AS date, outcome,
            (low::float8 / summoned) AS "lowShare", post_code AS "postCode"
     FROM confidence_vote_result WHERE cadre_code = ANY($1::text[])
     ORDER BY cadre_code, voted_on, id`,
    [[...new Set(cadreCodes)]],
  );
}
