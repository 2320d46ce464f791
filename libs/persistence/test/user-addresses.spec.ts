import { userWorkflowId } from '@personnel/contracts';
import { verifyWorkflowChain } from '../src/audit';
import { NotificationPreferences } from '../src/notifications';
import { UserAddresses, UserStore } from '../src/users';
import { createTestDatabase, type TestDatabase } from '../src/testing';

interface StepRow {
  seq: number;
  step_key: string;
  kind: string;
  actor: string;
  payload: { from: string | null; to: string | null };
  occurred_at: Date;
}

/** An administrator sets, changes and clears a user's address; each real change is journalled once. */
describe('UserAddresses (real Postgres)', () => {
  let db: TestDatabase;
  let addresses: UserAddresses;
  const steps = async (username: string): Promise<StepRow[]> =>
    db.dataSource.query(
      `SELECT seq, step_key, kind, actor, payload, occurred_at FROM workflow_step WHERE workflow_id = $1 ORDER BY id`,
      [userWorkflowId(username)],
    );
  const stored = async (username: string): Promise<string | null> => {
    const [row]: { email: string | null }[] = await db.dataSource.query(
      'SELECT email FROM app_user WHERE username = $1',
      [username],
    );
    return row.email;
  };

  beforeAll(async () => {
    db = await createTestDatabase('user_addresses');
    addresses = new UserAddresses(db.dataSource);
    const users = new UserStore(db.dataSource);
    for (const [username, fullName] of [
      ['U-MAIL-1', 'Trần Thị Bình'],
      ['U-MAIL-2', 'Lê Văn Cường'],
      ['U-MAIL-3', 'Nguyễn Văn An'],
    ])
      await users.upsertLocalUser(
        { username, fullName, roles: ['approver'], unitCode: null },
        'not-a-real-password',
      );
  });
  afterAll(() => db.drop());

  it('sets, changes and clears an address, one journal step per change with who, when, old and new', async () => {
    const first = await addresses.set({
      username: 'U-MAIL-1',
      email: 'binh@sonoivu.gov.vn',
      actor: 'U-ADMIN',
      at: new Date('2026-12-04T08:00:00Z'),
    });
    expect(first).toEqual({
      changed: true,
      user: {
        username: 'U-MAIL-1',
        fullName: 'Trần Thị Bình',
        unitCode: null,
        email: 'binh@sonoivu.gov.vn',
        changedAt: '2026-12-04T08:00:00.000Z',
        changedBy: 'U-ADMIN',
      },
    });
    const second = await addresses.set({
      username: 'U-MAIL-1',
      email: 'ttbinh@sonoivu.gov.vn',
      actor: 'U-ADMIN-2',
      at: new Date('2026-12-04T09:00:00Z'),
    });
    expect(second?.changed).toBe(true);
    expect(second?.user.email).toBe('ttbinh@sonoivu.gov.vn');
    expect(second?.user.changedBy).toBe('U-ADMIN-2');
    const cleared = await addresses.set({
      username: 'U-MAIL-1',
      email: null,
      actor: 'U-ADMIN',
      at: new Date('2026-12-04T10:00:00Z'),
    });
    expect(cleared?.user.email).toBeNull();
    expect(await stored('U-MAIL-1')).toBeNull();

    const journal = await steps('U-MAIL-1');
    expect(journal.map(({ occurred_at, ...rest }) => ({ ...rest, at: occurred_at.toISOString() }))).toEqual([
      {
        seq: 1,
        step_key: 'email/1',
        kind: 'email_set',
        actor: 'U-ADMIN',
        payload: { from: null, to: 'binh@sonoivu.gov.vn' },
        at: '2026-12-04T08:00:00.000Z',
      },
      {
        seq: 2,
        step_key: 'email/2',
        kind: 'email_set',
        actor: 'U-ADMIN-2',
        payload: { from: 'binh@sonoivu.gov.vn', to: 'ttbinh@sonoivu.gov.vn' },
        at: '2026-12-04T09:00:00.000Z',
      },
      {
        seq: 3,
        step_key: 'email/3',
        kind: 'email_cleared',
        actor: 'U-ADMIN',
        payload: { from: 'ttbinh@sonoivu.gov.vn', to: null },
        at: '2026-12-04T10:00:00.000Z',
      },
    ]);
    // The same hash chain as every procedure's: an edited row would be named by the audit.
    expect(await verifyWorkflowChain(db.dataSource, userWorkflowId('U-MAIL-1'))).toEqual({
      workflowId: 'user/U-MAIL-1',
      rows: 3,
      ok: true,
    });
  });

  it('writes nothing when the address is already the one asked for (set twice, or cleared when none)', async () => {
    await addresses.set({ username: 'U-MAIL-2', email: 'cuong@damha.vn', actor: 'U-ADMIN' });
    const again = await addresses.set({ username: 'U-MAIL-2', email: 'cuong@damha.vn', actor: 'U-OTHER' });
    expect(again?.changed).toBe(false);
    expect(again?.user.changedBy).toBe('U-ADMIN');
    expect(await steps('U-MAIL-2')).toHaveLength(1);

    const none = await addresses.set({ username: 'U-MAIL-3', email: null, actor: 'U-ADMIN' });
    expect(none).toEqual({
      changed: false,
      user: expect.objectContaining({ email: null, changedAt: null, changedBy: null }),
    });
    expect(await steps('U-MAIL-3')).toHaveLength(0);
  });

  it('answers undefined for an unknown or inactive user, journalling nothing', async () => {
    expect(
      await addresses.set({ username: 'U-NOBODY', email: 'x@damha.vn', actor: 'U-ADMIN' }),
    ).toBeUndefined();
    expect(await steps('U-NOBODY')).toHaveLength(0);
    await new UserStore(db.dataSource).upsertLocalUser(
      { username: 'U-MAIL-GONE', fullName: 'Đã Nghỉ', roles: ['approver'], unitCode: null },
      'not-a-real-password',
    );
    await db.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'U-MAIL-GONE'`);
    expect(
      await addresses.set({ username: 'U-MAIL-GONE', email: 'x@damha.vn', actor: 'U-ADMIN' }),
    ).toBeUndefined();
    expect(await stored('U-MAIL-GONE')).toBeNull();
  });

  it('lists active users by name with their address, searchable and narrowed to those without one', async () => {
    const all = await addresses.list();
    expect(all.map((u) => u.fullName)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
    expect(all.find((u) => u.username === 'U-MAIL-2')?.email).toBe('cuong@damha.vn');
    expect((await addresses.list({ q: 'cuong' })).map((u) => u.username)).toEqual(['U-MAIL-2']);
    expect((await addresses.list({ missing: true })).map((u) => u.username)).toEqual([
      'U-MAIL-3',
      'U-MAIL-1',
    ]);
  });

  it('shows the address set in the user’s own notification settings', async () => {
    await addresses.set({ username: 'U-MAIL-3', email: 'an@damha.vn', actor: 'U-ADMIN' });
    expect(await new NotificationPreferences(db.dataSource).get('U-MAIL-3')).toEqual({
      mailEnabled: true,
      email: 'an@damha.vn',
    });
  });
});
