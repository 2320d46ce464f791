import { NominationQueries } from '../src/nomination-queries';
import { recordNominationStep } from '../src/step-journal';
import { createTestDatabase, decisionInput, stepInput, type TestDatabase } from '../src/testing';

describe('nomination read queries (real Postgres)', () => {
  let db: TestDatabase;
  let queries: NominationQueries;

  beforeAll(async () => {
    db = await createTestDatabase('queries');
    queries = new NominationQueries(db.dataSource);
    // Three nominations: CB-A approved by U-1 then U-2; CB-B waiting for U-2; CB-C waiting for U-1.
    await recordNominationStep(db.dataSource, stepInput({ workflowId: 'nomination/CB-A/P/1' }));
    await recordNominationStep(
      db.dataSource,
      decisionInput(1, 'U-1', 'pending', 'U-2', 'nomination/CB-A/P/1'),
    );
    await recordNominationStep(
      db.dataSource,
      decisionInput(2, 'U-2', 'approved', null, 'nomination/CB-A/P/1'),
    );
    await recordNominationStep(db.dataSource, stepInput({ workflowId: 'nomination/CB-B/P/1' }));
    await recordNominationStep(
      db.dataSource,
      decisionInput(1, 'U-1', 'pending', 'U-2', 'nomination/CB-B/P/1'),
    );
    await recordNominationStep(db.dataSource, stepInput({ workflowId: 'nomination/CB-C/P/3' }));
  });
  afterAll(() => db.drop());

  it('filters by state', async () => {
    const page = await queries.list({ state: 'approved', limit: 10, offset: 0 });
    expect(page.items.map((n) => n.id)).toEqual(['nomination/CB-A/P/1']);
    expect(page.total).toBe(1);
  });

  it("finds an approver's inbox and everything they take part in", async () => {
    const inbox = await queries.list({ awaitingApproverId: 'U-2', limit: 10, offset: 0 });
    expect(inbox.items.map((n) => n.id)).toEqual(['nomination/CB-B/P/1']);
    const involved = await queries.list({ approverId: 'U-2', limit: 10, offset: 0 });
    expect(involved.total).toBe(3);
  });

  it('paginates with a stable order and the full total', async () => {
    const first = await queries.list({ limit: 2, offset: 0 });
    const second = await queries.list({ limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(3);
  });

  it('returns the timeline in step order', async () => {
    const detail = await queries.findById('nomination/CB-A/P/1');
    expect(detail?.timeline.map((s) => s.stepKey)).toEqual(['proposed', 'decision/1/U-1', 'decision/2/U-2']);
  });

  it('knows the last sequence number used for a cadre and post', async () => {
    expect(await queries.lastSequence('CB-C', 'P')).toBe(3);
    expect(await queries.lastSequence('CB-Z', 'P')).toBe(0);
  });

  it('answers undefined for an unknown id', async () => {
    expect(await queries.findById('nomination/CB-X/P/1')).toBeUndefined();
  });
});

describe('nomination reads with registry names', () => {
  let db: TestDatabase;
  let queries: NominationQueries;
  beforeAll(async () => {
    db = await createTestDatabase('queries_names');
    queries = new NominationQueries(db.dataSource);
    const [{ id: unitId }] = await db.dataSource.query(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN.DH.QA') RETURNING id`,
    );
    await db.dataSource.query(
      `INSERT INTO post (code, title, unit_id, level, is_head, requires_non_local, standards)
       VALUES ('DH-QA-CT-UBND', 'Chủ tịch UBND xã Quảng An', $1, 'commune', true, true, '{}')`,
      [unitId],
    );
    await db.dataSource.query(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity, education,
                          political_theory, state_management, party_member, status)
       VALUES ('CB-N1', 'Hoàng Văn Cường', 'hoang van cuong', 'male', '1980-01-01', 'QN.HH', 'Kinh', 'bachelor',
               'intermediate', 'specialist', true, 'active')`,
    );
    await recordNominationStep(db.dataSource, stepInput({ workflowId: 'nomination/CB-N1/DH-QA-CT-UBND/1' }));
    const other = stepInput({ workflowId: 'nomination/CB-UNKNOWN/P-X/1' });
    await recordNominationStep(db.dataSource, {
      ...other,
      nomination: { ...other.nomination, proposedBy: 'U-HR-2' },
    });
  });
  afterAll(() => db.drop());

  it('names the cadre, the post and its unit when the registry knows them, and leaves null otherwise', async () => {
    expect(await queries.findById('nomination/CB-N1/DH-QA-CT-UBND/1')).toMatchObject({
      cadreName: 'Hoàng Văn Cường',
      postTitle: 'Chủ tịch UBND xã Quảng An',
      unitCode: 'DH-QA',
      unitName: 'Xã Quảng An',
    });
    const page = await queries.list({ limit: 10, offset: 0 });
    expect(page.items.find((n) => n.cadreId === 'CB-UNKNOWN')).toMatchObject({
      cadreName: null,
      postTitle: null,
      unitCode: null,
    });
  });

  it("filters an HR officer's own proposals", async () => {
    const mine = await queries.list({ proposedBy: 'U-HR', limit: 10, offset: 0 });
    expect(mine.items.map((n) => n.id)).toEqual(['nomination/CB-N1/DH-QA-CT-UBND/1']);
    const theirs = await queries.list({ proposedBy: 'U-HR-2', limit: 10, offset: 0 });
    expect(theirs.items.map((n) => n.id)).toEqual(['nomination/CB-UNKNOWN/P-X/1']);
    expect((await queries.list({ proposedBy: 'U-NOBODY', limit: 10, offset: 0 })).total).toBe(0);
  });
});
