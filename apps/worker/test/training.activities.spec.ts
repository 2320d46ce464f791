import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { EligibilityFactsLoader } from '@personnel/persistence';
import { createTestDatabase, type TestDatabase } from '@personnel/persistence/testing';
import { evaluateEligibility } from '@personnel/domain';
import type { WriteTrainingCompletionsInput } from '@personnel/contracts';
import { createTrainingActivities } from '../src/activities/training.activities';

describe('training activities (real Postgres)', () => {
  let db: TestDatabase;
  let activities: ReturnType<typeof createTrainingActivities>;
  const run = (input: WriteTrainingCompletionsInput, attempt = 1) =>
    new MockActivityEnvironment({ attempt }).run(activities.writeTrainingCompletions, input);
  const completions = () =>
    db.dataSource.query(
      `SELECT c.code, tc.code AS course, to_char(t.completed_at, 'YYYY-MM-DD') AS completed_at, t.workflow_id,
              t.certificate_number
       FROM training_completion t JOIN cadre c ON c.id = t.cadre_id JOIN training_course tc ON tc.id = t.course_id
       ORDER BY c.code`,
    );
  const input = (patch: Partial<WriteTrainingCompletionsInput> = {}): WriteTrainingCompletionsInput => ({
    workflowId: 'training/CT05-2026-08',
    courseCode: 'CT05',
    completedOn: '2026-08-14',
    completions: [
      { cadreId: 'CB-1', certificateNumber: 'GCN-001', certificateDocumentId: null },
      { cadreId: 'CB-2', certificateNumber: 'GCN-002', certificateDocumentId: null },
    ],
    ...patch,
  });

  beforeAll(async () => {
    db = await createTestDatabase('training_activities');
    activities = createTrainingActivities(db.dataSource);
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO training_course (code, title) VALUES ('CT05', 'Chỉ thị 05-CT/TW'), ('QP', 'Quốc phòng')`,
    );
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    await q(`INSERT INTO post (code, title, unit_id, level, is_head, requires_non_local, standards)
             SELECT 'QA-VP', 'Văn phòng', u.id, 'commune', false, false,
                    '{"minEducation":"bachelor","minPoliticalTheory":"basic","minStateManagement":"none",
                      "requiredCourseCodes":["CT05"],"partyMember":false}'::jsonb
             FROM unit u WHERE u.code = 'DH-QA'`);
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             SELECT code, code, lower(code), 'male', '1985-05-17', 'QN-DH-QL', 'Kinh', 'bachelor', 'advanced',
                    'principal', true, 'active'
             FROM unnest(ARRAY['CB-1', 'CB-2', 'CB-3']) AS code`);
    await q(`INSERT INTO training_completion (cadre_id, course_id, completed_at)
             SELECT c.id, tc.id, '2024-05-01' FROM cadre c, training_course tc WHERE c.code = 'CB-3' AND tc.code = 'CT05'`);
  });
  afterAll(() => db.drop());

  it('writes each passed cadre’s completion once, whatever the retries', async () => {
    await expect(run(input())).resolves.toEqual({ written: ['CB-1', 'CB-2'], alreadyHeld: [] });
    // The worker died after the commit and before reporting: the retry finds its own rows.
    await expect(run(input(), 2)).resolves.toEqual({ written: ['CB-1', 'CB-2'], alreadyHeld: [] });
    await expect(run(input(), 3)).resolves.toEqual({ written: ['CB-1', 'CB-2'], alreadyHeld: [] });
    expect(await completions()).toEqual([
      expect.objectContaining({
        code: 'CB-1',
        workflow_id: 'training/CT05-2026-08',
        certificate_number: 'GCN-001',
      }),
      expect.objectContaining({
        code: 'CB-2',
        workflow_id: 'training/CT05-2026-08',
        certificate_number: 'GCN-002',
      }),
      expect.objectContaining({ code: 'CB-3', workflow_id: null, completed_at: '2024-05-01' }),
    ]);
  });

  it('leaves a completion of the course from elsewhere as it was and says so', async () => {
    await expect(
      run(
        input({
          workflowId: 'training/CT05-2026-09',
          completions: [{ cadreId: 'CB-3', certificateNumber: 'GCN-101', certificateDocumentId: null }],
        }),
      ),
    ).resolves.toEqual({ written: [], alreadyHeld: ['CB-3'] });
    expect((await completions()).find((r: { code: string }) => r.code === 'CB-3')).toMatchObject({
      workflow_id: null,
      certificate_number: null,
    });
  });

  it.each([
    ['an unknown course', { courseCode: 'NOPE' }, /No training course NOPE/],
    [
      'an unknown cadre',
      { completions: [{ cadreId: 'CB-404', certificateNumber: 'X', certificateDocumentId: null }] },
      /No cadre CB-404/,
    ],
  ])('refuses %s without retrying and writes nothing', async (_what, patch, message) => {
    const before = await completions();
    const failure = await run(input({ workflowId: 'training/OTHER', ...patch })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).nonRetryable).toBe(true);
    expect((failure as ApplicationFailure).message).toMatch(message);
    expect(await completions()).toEqual(before);
  });

  it('makes the course rule of a post requiring it pass for the cadre (the eligibility facts read it)', async () => {
    const { cadre, post } = await new EligibilityFactsLoader(db.dataSource).load(
      'CB-1',
      'QA-VP',
      '2026-08-20',
    );
    expect(cadre?.completedCourseCodes).toEqual(['CT05']);
    const result = evaluateEligibility(cadre!, post!, { kind: 'appointment', asOf: '2026-08-20' });
    expect(result.checks.find((c) => c.rule === 'required_training')).toMatchObject({ passed: true });
    // Before the day the class was completed, it does not count yet.
    const earlier = await new EligibilityFactsLoader(db.dataSource).load('CB-1', 'QA-VP', '2026-08-13');
    expect(earlier.cadre?.completedCourseCodes).toEqual([]);
  });
});
