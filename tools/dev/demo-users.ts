import type { AuthenticatedUser } from '@personnel/contracts';
import type { DataSource } from 'typeorm';
import { createDataSource, hashPassword, NotificationPreferences, UserStore } from '@personnel/persistence';

/** The password of every demo account. Embedded (local) mode only: npm start seeds them into an empty user table. */
export const DEMO_PASSWORD = 'demo';

/**
 * One account per role, named like the Đầm Hà offices they stand for, then the people a real appointment
 * needs: the district standing committee (Ban Thường vụ Huyện ủy, the collective: 7 members, U-BT-01
 * heads it, U-BTV-07 is its secretary), the expanded conference of Quảng An commune (Hội nghị Đảng ủy
 * mở rộng) and its key cadres (Hội nghị cán bộ chủ chốt), each with a head and a secretary.
 */
export const DEMO_USERS: readonly AuthenticatedUser[] = [
  { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' },
  { username: 'U-TCNV-01', fullName: 'Trần Văn Minh', roles: ['org_office', 'approver'], unitCode: 'DH' },
  { username: 'U-PBT-01', fullName: 'Lê Quang Hưng', roles: ['approver'], unitCode: 'DH' },
  { username: 'U-BT-01', fullName: 'Phạm Đức Thắng', roles: ['leader', 'approver'], unitCode: 'DH' },
  { username: 'U-XEM-01', fullName: 'Hoàng Thu Trang', roles: ['viewer'], unitCode: 'DH' },
  { username: 'U-ADMIN', fullName: 'Quản trị hệ thống', roles: ['admin'], unitCode: null },
  // Ban Thường vụ Huyện ủy (with U-BT-01 and U-PBT-01): the collective of the district.
  { username: 'U-BTV-03', fullName: 'Đỗ Văn Khải', roles: ['leader', 'approver'], unitCode: 'DH' },
  { username: 'U-BTV-04', fullName: 'Vũ Thị Lan', roles: ['org_office', 'approver'], unitCode: 'DH' },
  { username: 'U-BTV-05', fullName: 'Ngô Minh Tuấn', roles: ['approver'], unitCode: 'DH' },
  { username: 'U-BTV-06', fullName: 'Bùi Thị Hạnh', roles: ['approver'], unitCode: 'DH' },
  { username: 'U-BTV-07', fullName: 'Đinh Văn Sơn', roles: ['approver'], unitCode: 'DH' },
  // Quảng An: the expanded conference (U-MR-01 heads it, U-MR-02 is its secretary).
  { username: 'U-MR-01', fullName: 'Hà Văn Lực', roles: ['approver'], unitCode: 'DH-QA' },
  { username: 'U-MR-02', fullName: 'Lý Thị Mai', roles: ['approver'], unitCode: 'DH-QA' },
  { username: 'U-MR-03', fullName: 'Trương Văn Bình', roles: ['viewer'], unitCode: 'DH-QA' },
  { username: 'U-MR-04', fullName: 'Phùng Thị Nga', roles: ['viewer'], unitCode: 'DH-QA' },
  { username: 'U-MR-05', fullName: 'Chìu Văn Thắng', roles: ['viewer'], unitCode: 'DH-QA' },
  { username: 'U-MR-06', fullName: 'Đặng Thị Thu', roles: ['viewer'], unitCode: 'DH-QA' },
  // Quảng An: the key-cadre conference (U-CC-01 heads it, U-CC-02 is its secretary).
  { username: 'U-CC-01', fullName: 'Mạc Văn Hải', roles: ['approver'], unitCode: 'DH-QA' },
  { username: 'U-CC-02', fullName: 'Tô Thị Hằng', roles: ['approver'], unitCode: 'DH-QA' },
  { username: 'U-CC-03', fullName: 'Nịnh Văn Quý', roles: ['viewer'], unitCode: 'DH-QA' },
  { username: 'U-CC-04', fullName: 'Lục Thị Huệ', roles: ['viewer'], unitCode: 'DH-QA' },
  { username: 'U-CC-05', fullName: 'Vi Văn Đức', roles: ['viewer'], unitCode: 'DH-QA' },
];

/** The district standing committee as a conference body, for demos and the README's walk-through. */
export const DEMO_COLLECTIVE = {
  summonedIds: ['U-BT-01', 'U-PBT-01', 'U-BTV-03', 'U-BTV-04', 'U-BTV-05', 'U-BTV-06', 'U-BTV-07'],
  secretaryId: 'U-BTV-07',
  headId: 'U-BT-01',
};

/** Quảng An's key cadres as a conference body (a local candidate's key-cadre conference). */
export const DEMO_QUANG_AN_KEY_CADRES = {
  summonedIds: ['U-CC-01', 'U-CC-02', 'U-CC-03', 'U-CC-04', 'U-CC-05'],
  secretaryId: 'U-CC-02',
  headId: 'U-CC-01',
};

/**
 * The consultation of an outside candidate where they work (NĐ 138/2020): held by the candidate's own
 * unit, which the district's members reach (a candidate of Tân Bình or a district office); Quảng An's key
 * cadres, who see and act in Quảng An only, could never sit it.
 */
export const DEMO_HOME_UNIT_CONSULTATION = {
  summonedIds: ['U-BTV-04', 'U-BTV-05', 'U-BTV-06'],
  secretaryId: 'U-BTV-06',
  headId: 'U-BTV-05',
};

/**
 * A demo account's mail address: the reserved `.example` domain (RFC 2606), so a mail that escaped the
 * local catcher could reach nobody.
 */
export const demoEmail = (username: string) => `${username.toLowerCase()}@damha.example`;

/** A database seeded with demo accounts earlier (U-HR-01 is the demo one): safe to add the new ones. */
async function isDemoDatabase(users: UserStore): Promise<boolean> {
  return (await users.findActive('U-HR-01'))?.fullName === 'Nguyễn Thị Hoa';
}

async function accountExists(dataSource: DataSource, username: string): Promise<boolean> {
  const rows: unknown[] = await dataSource.query('SELECT 1 FROM app_user WHERE username = $1', [username]);
  return rows.length > 0;
}

/** Seeds the demo accounts into an empty user table, or the missing ones into a demo one; returns how many. */
export async function seedDemoUsers(databaseUrl: string): Promise<number> {
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: 1,
    applicationName: 'personnel-demo-users',
  });
  await dataSource.initialize();
  try {
    const users = new UserStore(dataSource);
    const empty = (await users.countUsers()) === 0;
    // An empty table gets every account; a demo database from before an account was added gets the
    // missing ones only (existing accounts and their passwords are never touched); any other, nothing.
    if (!empty && !(await isDemoDatabase(users))) return 0;
    let created = 0;
    const preferences = new NotificationPreferences(dataSource);
    // One scrypt run for all: the password is public and the same for every demo account, and 22 runs at
    // the standard cost took 11 s of every `npm start` on an empty database (each e2e and browser test file).
    let demoHash: Promise<string> | undefined;
    for (const user of DEMO_USERS) {
      // Accounts from before mail notifications get their demo address too (one set by hand is kept).
      if (!empty && (await accountExists(dataSource, user.username))) {
        await preferences.setEmailIfMissing(user.username, demoEmail(user.username));
        continue;
      }
      demoHash ??= hashPassword(DEMO_PASSWORD);
      await users.upsertLocalUser(user, { passwordHash: await demoHash });
      await preferences.setEmailIfMissing(user.username, demoEmail(user.username));
      created++;
    }
    return created;
  } finally {
    await dataSource.destroy();
  }
}
