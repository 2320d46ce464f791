import { hashPassword, verifyPassword } from '../src/users/password-hash';
import { UserStore } from '../src/users/user-store';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one; two hashes of one password differ', async () => {
    const a = await hashPassword('Mật khẩu 1');
    const b = await hashPassword('Mật khẩu 1');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Mật khẩu 1', a)).toBe(true);
    expect(await verifyPassword('mật khẩu 1', a)).toBe(false);
    expect(await verifyPassword('Mật khẩu 1', 'plain-text')).toBe(false);
  });
});

describe('UserStore (real Postgres)', () => {
  let db: TestDatabase;
  let users: UserStore;
  beforeAll(async () => {
    db = await createTestDatabase('users');
    users = new UserStore(db.dataSource);
    await users.upsertLocalUser(
      { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' },
      'secret-1',
    );
  });
  afterAll(() => db.drop());

  it('authenticates an active user with the right password', async () => {
    expect(await users.authenticate('U-HR-01', 'secret-1')).toEqual({
      username: 'U-HR-01',
      fullName: 'Nguyễn Thị Hoa',
      roles: ['hr_officer'],
      unitCode: 'DH',
    });
  });

  it('gives no hint whether the user or the password was wrong', async () => {
    expect(await users.authenticate('U-HR-01', 'wrong')).toBeUndefined();
    expect(await users.authenticate('U-NOBODY', 'secret-1')).toBeUndefined();
  });

  it('stops a deactivated account at once', async () => {
    await users.upsertLocalUser(
      { username: 'U-OLD', fullName: 'Trần Văn Cũ', roles: ['approver'], unitCode: null },
      'pw',
    );
    await db.dataSource.query(`UPDATE app_user SET active = false WHERE username = 'U-OLD'`);
    expect(await users.authenticate('U-OLD', 'pw')).toBeUndefined();
    expect(await users.findActive('U-OLD')).toBeUndefined();
  });

  it('signs in accounts created with one shared hash, each with that password only', async () => {
    const passwordHash = await hashPassword('demo');
    for (const username of ['U-DEMO-1', 'U-DEMO-2'])
      await users.upsertLocalUser(
        { username, fullName: username, roles: ['viewer'], unitCode: null },
        { passwordHash },
      );
    expect((await users.authenticate('U-DEMO-1', 'demo'))?.username).toBe('U-DEMO-1');
    expect((await users.authenticate('U-DEMO-2', 'demo'))?.username).toBe('U-DEMO-2');
    expect(await users.authenticate('U-DEMO-2', 'secret-1')).toBeUndefined();
  });

  it('refuses a role that does not exist', async () => {
    await expect(
      users.upsertLocalUser(
        { username: 'U-X', fullName: 'X', roles: ['superuser' as never], unitCode: null },
        'pw',
      ),
    ).rejects.toThrow(/ck_app_user_roles/);
  });

  it('lists active users by role and by username or folded name, with the linked cadre', async () => {
    await users.upsertLocalUser(
      {
        username: 'U-PD-01',
        fullName: 'Lê Quang Hưng',
        roles: ['approver'],
        unitCode: 'DH',
        cadreId: 'CB-7',
      },
      'pw',
    );
    await users.upsertLocalUser(
      { username: 'U-BT-01', fullName: 'Phạm Đức Thắng', roles: ['leader', 'approver'], unitCode: 'DH' },
      'pw',
    );
    const approvers = await users.list({ role: 'approver' });
    expect(approvers.map((u) => u.username)).toEqual(['U-BT-01', 'U-PD-01']);
    expect(approvers[1]).toEqual({
      username: 'U-PD-01',
      fullName: 'Lê Quang Hưng',
      roles: ['approver'],
      unitCode: 'DH',
      cadreId: 'CB-7',
    });
    expect((await users.list({ q: 'hung' })).map((u) => u.username)).toEqual(['U-PD-01']);
    expect((await users.list({ q: 'u-bt' })).map((u) => u.username)).toEqual(['U-BT-01']);
    expect((await users.list({ role: 'leader', q: 'hưng' })).map((u) => u.username)).toEqual([]);
    expect(await users.list({ limit: 1 })).toHaveLength(1);
    expect((await users.list()).map((u) => u.username)).not.toContain('U-OLD');
    expect(await users.findActive('U-PD-01')).toMatchObject({ cadreId: 'CB-7' });
    expect(await users.findActive('U-BT-01')).not.toHaveProperty('cadreId');
  });
});
