import { activeDelegates, taskRelation } from '@personnel/domain';
import { recordAppointmentStep } from '../src/journal';
import { InboxQueries, unitSubtreeCodes } from '../src/procedures';
import { appointmentStepInput, createTestDatabase, procedureTask, type TestDatabase } from '../src/testing';
import type { ProcedureTask } from '@personnel/contracts';

/** A calendar day in Vietnam, `days` from today. */
function vnDay(days: number): string {
  const vn = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return vn.toISOString().slice(0, 10);
}

const PAST = '2020-01-01T00:00:00.000Z';
const SOON = '2099-01-01T00:00:00.000Z';
const LATER = '2099-06-01T00:00:00.000Z';

describe('inbox queries and the unit tree (real Postgres)', () => {
  let db: TestDatabase;
  let inbox: InboxQueries;
  let seq = 0;

  /** Writes tasks of one appointment as a new step (seq rising so each write lands). */
  const write = async (n: number, unitCode: string, tasks: ProcedureTask[], occurredAt?: string) => {
    seq += 1;
    const input = appointmentStepInput({ workflowId: `appointment/P-${n}/1` });
    await recordAppointmentStep(db.dataSource, {
      ...input,
      stepKey: `s-${seq}`,
      seq,
      occurredAt: occurredAt ?? input.occurredAt,
      appointment: { ...input.appointment, unitCode },
      tasks,
    });
  };
  const keys = async (userId: string, scope: 'mine' | 'claimable' | 'all', extra = {}) =>
    (await inbox.list({ userId, scope, limit: 50, offset: 0, ...extra })).items.map(
      (t) => `${t.workflowId.split('/')[1]}:${t.taskKey}:${taskRelation(t, userId, vnDay(0))}`,
    );

  beforeAll(async () => {
    db = await createTestDatabase('inbox');
    inbox = new InboxQueries(db.dataSource);
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA', 'Xã Quảng An', 'commune', id, 'QN-DH-QA' FROM unit WHERE code = 'DH'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA-VP', 'Văn phòng xã Quảng An', 'agency', id, 'QN-DH-QA' FROM unit WHERE code = 'DH-QA'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QL', 'Xã Quảng Lâm', 'commune', id, 'QN-DH-QL' FROM unit WHERE code = 'DH'`);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('TY', 'Huyện Tiên Yên', 'district', 'QN-TY')`,
    );

    // P-1 (Quảng An): a personal task of U-A due soon, and a group task of U-A/U-B nobody claimed.
    await write(1, 'DH-QA', [
      procedureTask({ key: 'personal', assigneeIds: ['U-A'], dueAt: SOON }),
      procedureTask({ key: 'group', assigneeIds: ['U-A', 'U-B'], dueAt: LATER }),
    ]);
    // P-2 (Quảng Lâm): overdue personal task of U-A; a group task U-B claimed; a done task of U-A.
    await write(2, 'DH-QL', [
      procedureTask({ key: 'late', assigneeIds: ['U-A'], dueAt: PAST }),
      procedureTask({ key: 'claimed', assigneeIds: ['U-A', 'U-B'], claimedBy: 'U-B', dueAt: null }),
      procedureTask({ key: 'finished', assigneeIds: ['U-A'], status: 'done', outcome: 'approve' }),
    ]);
    // P-3 (Tiên Yên): delegations of U-C's task: to U-D today, to U-E only from tomorrow, to U-F until yesterday.
    const delegation = (to: string, from: number, until: number) => ({
      from: 'U-C',
      to,
      validFrom: vnDay(from),
      validUntil: vnDay(until),
      reason: 'nghỉ phép',
      at: PAST,
    });
    await write(3, 'TY', [
      procedureTask({
        key: 'delegated',
        assigneeIds: ['U-C'],
        delegations: [delegation('U-D', 0, 0), delegation('U-E', 1, 5), delegation('U-F', -5, -1)],
        dueAt: null,
      }),
    ]);
  });
  afterAll(() => db.drop());

  it('mine: personal tasks, claimed tasks and active delegations; overdue first, then by due date', async () => {
    expect(await keys('U-A', 'mine')).toEqual(['P-2:late:assigned', 'P-1:personal:assigned']);
    expect(await keys('U-B', 'mine')).toEqual(['P-2:claimed:claimed_by_me']);
    expect(await keys('U-C', 'mine')).toEqual(['P-3:delegated:assigned']);
    expect(await keys('U-D', 'mine')).toEqual(['P-3:delegated:delegated_to_me']);
    expect(await keys('U-E', 'mine')).toEqual([]);
    expect(await keys('U-F', 'mine')).toEqual([]);
    const [delegated] = (await inbox.list({ userId: 'U-C', scope: 'mine', limit: 5, offset: 0 })).items;
    expect(activeDelegates(delegated, vnDay(0))).toEqual(['U-D']);
  });

  it('claimable: open group tasks nobody claimed that list the user; all: both', async () => {
    expect(await keys('U-A', 'claimable')).toEqual(['P-1:group:claimable']);
    expect(await keys('U-B', 'claimable')).toEqual(['P-1:group:claimable']);
    expect(await keys('U-C', 'claimable')).toEqual([]);
    expect(await keys('U-A', 'all')).toEqual([
      'P-2:late:assigned',
      'P-1:personal:assigned',
      'P-1:group:claimable',
    ]);
  });

  it('filters by status, kind, overdue and unit', async () => {
    expect(await keys('U-A', 'mine', { status: 'done' })).toEqual(['P-2:finished:assigned']);
    expect(await keys('U-A', 'all', { overdue: true })).toEqual(['P-2:late:assigned']);
    expect(await keys('U-A', 'all', { overdue: false })).toEqual([
      'P-1:personal:assigned',
      'P-1:group:claimable',
    ]);
    expect(await keys('U-A', 'all', { kind: 'decision' })).toEqual([]);
    expect(await keys('U-A', 'all', { unitCodes: await unitSubtreeCodes(db.dataSource, 'DH-QA') })).toEqual([
      'P-1:personal:assigned',
      'P-1:group:claimable',
    ]);
    const page = await inbox.list({ userId: 'U-A', scope: 'all', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((t) => t.taskKey)).toEqual(['personal']);
    expect(page.items[0]).toMatchObject({ unitName: 'Xã Quảng An', overdue: false, postId: 'P-1' });
  });

  it('gives a stable etag that changes when a task of the set changes', async () => {
    const etag = async () => (await inbox.list({ userId: 'U-A', scope: 'all', limit: 50, offset: 0 })).etag;
    const before = await etag();
    expect(await etag()).toBe(before);
    // Same workflow time as before: the etag still moves (last_seq only grows).
    await write(1, 'DH-QA', [
      procedureTask({ key: 'personal', assigneeIds: ['U-A'], dueAt: SOON, reminded: true }),
    ]);
    const afterChange = await etag();
    expect(afterChange).not.toBe(before);
    await write(1, 'DH-QA', [procedureTask({ key: 'group', assigneeIds: ['U-A', 'U-B'], claimedBy: 'U-B' })]);
    expect(await etag()).not.toBe(afterChange);
    expect(await keys('U-A', 'claimable')).toEqual([]);
    // A change outside the set leaves the etag alone.
    const settled = await etag();
    await write(3, 'TY', [procedureTask({ key: 'delegated', assigneeIds: ['U-C'], reminded: true })]);
    expect(await etag()).toBe(settled);
  });

  it('a conference task is in the inbox of both its secretary and its head, and nobody claims it', async () => {
    await write(4, 'DH-QA', [
      procedureTask({ key: 'conference-1', kind: 'conference', assigneeIds: ['U-G', 'U-H'], dueAt: LATER }),
    ]);
    expect(await keys('U-G', 'mine')).toEqual(['P-4:conference-1:assigned']);
    expect(await keys('U-H', 'mine')).toEqual(['P-4:conference-1:assigned']);
    expect(await keys('U-G', 'claimable')).toEqual([]);
    expect(await keys('U-H', 'all')).toEqual(['P-4:conference-1:assigned']);
  });

  it('unitSubtreeCodes: the unit and all its descendants', async () => {
    expect(await unitSubtreeCodes(db.dataSource, 'DH')).toEqual(['DH', 'DH-QA', 'DH-QA-VP', 'DH-QL']);
    expect(await unitSubtreeCodes(db.dataSource, 'DH-QA')).toEqual(['DH-QA', 'DH-QA-VP']);
    expect(await unitSubtreeCodes(db.dataSource, 'TY')).toEqual(['TY']);
    expect(await unitSubtreeCodes(db.dataSource, 'NOPE')).toEqual([]);
  });
});
