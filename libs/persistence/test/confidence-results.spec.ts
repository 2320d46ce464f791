import type { WriteConfidenceResultsInput } from '@personnel/contracts';
import { createTestDatabase, type TestDatabase } from '../src/testing';
import { writeConfidenceResults } from '../src/registry/confidence-results';
import { EligibilityFactsLoader } from '../src/registry/eligibility-facts';
import { loadPlannerFacts } from '../src/registry/planner-facts';

/** A confidence vote's results are registry facts: written once per conference and cadre, then the rules' facts. */
describe('registry: confidence-vote results (QĐ 96)', () => {
  let db: TestDatabase;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  const input = (overrides: Partial<WriteConfidenceResultsInput> = {}): WriteConfidenceResultsInput => ({
    workflowId: 'confidence_vote/DH-QA/2025/1',
    conferenceId: 'confidence_vote/DH-QA/2025/1/conference/1',
    unitCode: 'DH-QA',
    year: 2025,
    votedOn: '2025-12-10',
    sheetSha256: 'c'.repeat(64),
    legalBasis: 'QD377-2025',
    results: [
      {
        cadreId: 'CB-1',
        postId: 'QA-CT',
        high: 1,
        confidence: 2,
        low: 6,
        ballotsCast: 9,
        summoned: 9,
        outcome: 'removal_from_post',
      },
      {
        cadreId: 'CB-2',
        postId: 'QA-PCT',
        high: 5,
        confidence: 3,
        low: 1,
        ballotsCast: 9,
        summoned: 9,
        outcome: 'retained',
      },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    db = await createTestDatabase('confidence_results');
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    const standards = JSON.stringify({
      minEducation: 'bachelor',
      minPoliticalTheory: 'intermediate',
      minStateManagement: 'specialist',
      requiredCourseCodes: [],
      partyMember: true,
    });
    await q(
      `INSERT INTO post (code, title, unit_id, level, is_head, standards)
       SELECT 'QA-CT', 'Chủ tịch UBND xã Quảng An', id, 'commune', true, $1::jsonb FROM unit WHERE code = 'DH-QA'`,
      [standards],
    );
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       VALUES ('CB-1', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active')`,
    );
    await q(
      `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
       SELECT c.id, 'appointment', p.unit_id, p.id, '2021-01-01' FROM cadre c, post p
       WHERE c.code = 'CB-1' AND p.code = 'QA-CT'`,
    );
  });
  afterAll(() => db.drop());

  it('writes each holder’s row once: a retried activity inserts nothing and says so', async () => {
    expect(await writeConfidenceResults(db.dataSource, input())).toEqual({ inserted: 2 });
    expect(await writeConfidenceResults(db.dataSource, input())).toEqual({ inserted: 0 });
    const rows = await q(
      `SELECT cadre_code, high, confidence, low, ballots_cast, summoned, outcome, sheet_sha256
       FROM confidence_vote_result ORDER BY cadre_code`,
    );
    expect(rows).toEqual([
      {
        cadre_code: 'CB-1',
        high: 1,
        confidence: 2,
        low: 6,
        ballots_cast: 9,
        summoned: 9,
        outcome: 'removal_from_post',
        sheet_sha256: 'c'.repeat(64),
      },
      {
        cadre_code: 'CB-2',
        high: 5,
        confidence: 3,
        low: 1,
        ballots_cast: 9,
        summoned: 9,
        outcome: 'retained',
        sheet_sha256: 'c'.repeat(64),
      },
    ]);
  });

  it('refuses impossible counts in the schema itself, writing nothing of the batch', async () => {
    const bad = input({
      conferenceId: 'confidence_vote/DH-QA/2025/2/conference/1',
      results: [{ ...input().results[1] }, { ...input().results[0], high: 5, confidence: 5, low: 5 }],
    });
    await expect(writeConfidenceResults(db.dataSource, bad)).rejects.toThrow(
      /ck_confidence_vote_result_counts/,
    );
    expect(await q(`SELECT count(*)::int AS n FROM confidence_vote_result`)).toEqual([{ n: 2 }]);
  });

  it('loads the results into the cadre’s facts (the eligibility loader and the planner’s bulk loader alike)', async () => {
    await writeConfidenceResults(
      db.dataSource,
      input({
        workflowId: 'confidence_vote/DH-QA/2024/1',
        conferenceId: 'confidence_vote/DH-QA/2024/1/conference/1',
        year: 2024,
        votedOn: '2024-12-05',
        results: [{ ...input().results[0], low: 0, high: 7, outcome: 'retained' }],
      }),
    );
    const { cadre } = await new EligibilityFactsLoader(db.dataSource).load('CB-1', 'QA-CT', '2026-01-01');
    expect(cadre?.confidenceVotes).toEqual([
      { date: '2024-12-05', outcome: 'retained', lowShare: 0, postCode: 'QA-CT' },
      { date: '2025-12-10', outcome: 'removal_from_post', lowShare: 6 / 9, postCode: 'QA-CT' },
    ]);
    const planner = await loadPlannerFacts(db.dataSource, ['DH-QA'], '2026-01-01');
    expect(planner.cadres.find((c) => c.facts.cadreCode === 'CB-1')?.facts.confidenceVotes).toEqual(
      cadre?.confidenceVotes,
    );
  });
});
