import type { ProcedureTask } from '@personnel/contracts';
import { recordProcedureStep } from '../src/journal';
import { InboxQueries } from '../src/procedures';
import { createTestDatabase, procedureStepInput, procedureTask, type TestDatabase } from '../src/testing';

const ID = 'appointment/P-ELIM/1';

/**
 * An appointment of three candidates whose first conference lets two go on and whose last picks one:
 * each inbox row names the candidates still in the running, while the own-case rule still sees all three.
 */
describe('inbox rows name the candidates still in the running (real Postgres)', () => {
  let db: TestDatabase;
  let inbox: InboxQueries;
  let seq = 0;

  const step = async (
    kind: string,
    payload: Record<string, unknown>,
    tasks: ProcedureTask[],
    detail: Record<string, unknown> = {},
  ) => {
    seq += 1;
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({
        workflowId: ID,
        stepKey: `${kind}-${seq}`,
        seq,
        kind,
        payload,
        tasks,
        procedure: { subjectCadreIds: ['CB-A', 'CB-B', 'CB-C'], stage: kind, detail },
      }),
    );
  };
  const conference = (index: number, status: 'open' | 'done' = 'open') =>
    procedureTask({
      key: `conference-${index}`,
      kind: 'conference',
      label: `Hội nghị ${index}`,
      assigneeIds: ['U-TK'],
      status,
    });
  const row = async (userId: string, taskKey: string) => {
    const page = await inbox.list({ userId, scope: 'all', limit: 10, offset: 0 });
    const found = page.items.find((t) => t.taskKey === taskKey);
    if (!found) throw new Error(`no row ${taskKey} for ${userId}`);
    return found;
  };

  beforeAll(async () => {
    db = await createTestDatabase('inbox_running');
    inbox = new InboxQueries(db.dataSource);
    await db.dataSource.query(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                          education, political_theory, state_management, party_member, status)
       VALUES ('CB-A', 'Nguyễn Văn An', 'nguyen van an', 'male', '1980-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active'),
              ('CB-B', 'Trần Thị Bình', 'tran thi binh', 'female', '1981-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active'),
              ('CB-C', 'Lê Văn Cường', 'le van cuong', 'male', '1982-05-17', 'QN-DH-QL', 'Kinh',
               'bachelor', 'advanced', 'principal', true, 'active')`,
    );
  });
  afterAll(() => db.drop());

  it('names every candidate before the first conference, then only those each conference let go on', async () => {
    await step('proposed', {}, [
      procedureTask({ key: 'exception', kind: 'exception', assigneeIds: ['U-BT'] }),
    ]);
    expect((await row('U-BT', 'exception')).cadreIds).toEqual(['CB-A', 'CB-B', 'CB-C']);

    await step('conference_convened', { index: 1, candidates: ['CB-A', 'CB-B', 'CB-C'] }, [conference(1)]);
    expect((await row('U-TK', 'conference-1')).cadreNames).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
    ]);

    // CB-C is voted out at the first conference: the second convenes on the two left.
    await step('conference_closed', { index: 1, forward: ['CB-A', 'CB-B'] }, [conference(1, 'done')]);
    await step('conference_convened', { index: 2, candidates: ['CB-A', 'CB-B'] }, [conference(2)]);
    const second = await row('U-TK', 'conference-2');
    expect(second.cadreIds).toEqual(['CB-A', 'CB-B']);
    expect(second.cadreNames).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    // The done tab's row of the first conference names the same: who is in the running now.
    const done = await inbox.list({ userId: 'U-TK', scope: 'all', status: 'done', limit: 10, offset: 0 });
    expect(done.items.map((t) => t.cadreIds)).toEqual([['CB-A', 'CB-B']]);
    // The own-case rule still sees the eliminated candidate.
    expect(second.subjectCadreIds).toEqual(['CB-A', 'CB-B', 'CB-C']);

    // The last conference picks CB-A: the sign-off's row names the appointee alone.
    await step('conference_closed', { index: 2, forward: ['CB-A'] }, [conference(2, 'done')]);
    await step(
      'sign_off_opened',
      { round: 1, appointee: 'CB-A' },
      [procedureTask({ assigneeIds: ['U-TCNV'] })],
      {
        appointee: 'CB-A',
      },
    );
    const signOff = await row('U-TCNV', 'r1-org-office');
    expect(signOff.cadreIds).toEqual(['CB-A']);
    expect(signOff.cadreNames).toEqual(['Nguyễn Văn An']);
  });

  it('leaves the subjects of other kinds as they are', async () => {
    seq += 1;
    await recordProcedureStep(
      db.dataSource,
      procedureStepInput({
        workflowId: 'rotation/CB-B/1',
        stepKey: 'conference_convened-r',
        seq,
        kind: 'conference_convened',
        payload: { index: 1, candidates: ['CB-Z'] },
        tasks: [procedureTask({ key: 'conference-1', kind: 'conference', assigneeIds: ['U-RT'] })],
        procedure: { subjectCadreIds: ['CB-B'] },
      }),
    );
    expect((await row('U-RT', 'conference-1')).cadreIds).toEqual(['CB-B']);
  });
});
