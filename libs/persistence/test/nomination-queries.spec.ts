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
