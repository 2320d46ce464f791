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

  it('refuses a role that does not exist', async () => {
    await expect(
      users.upsertLocalUser(
        { username: 'U-X', fullName: 'X', roles: ['superuser' as never], unitCode: null },
        'pw',
      ),
    ).rejects.toThrow(/ck_app_user_roles/);
  });
});
