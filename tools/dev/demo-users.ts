import type { AuthenticatedUser } from '@personnel/contracts';
import { createDataSource, UserStore } from '@personnel/persistence';

/** The password of every demo account. Embedded (local) mode only: npm start seeds them into an empty user table. */
export const DEMO_PASSWORD = 'demo';

/** One account per role, named like the Đầm Hà offices they stand for. */
export const DEMO_USERS: readonly AuthenticatedUser[] = [
  { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' },
  { username: 'U-TCNV-01', fullName: 'Trần Văn Minh', roles: ['org_office', 'approver'], unitCode: 'DH' },
  { username: 'U-PBT-01', fullName: 'Lê Quang Hưng', roles: ['approver'], unitCode: 'DH' },
  { username: 'U-BT-01', fullName: 'Phạm Đức Thắng', roles: ['leader', 'approver'], unitCode: 'DH' },
  { username: 'U-XEM-01', fullName: 'Hoàng Thu Trang', roles: ['viewer'], unitCode: 'DH' },
  { username: 'U-ADMIN', fullName: 'Quản trị hệ thống', roles: ['admin'], unitCode: null },
];

/** Seeds the demo accounts when no user exists yet; returns how many were created. */
export async function seedDemoUsers(databaseUrl: string): Promise<number> {
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: 1,
    applicationName: 'personnel-demo-users',
  });
  await dataSource.initialize();
  try {
    const users = new UserStore(dataSource);
    if ((await users.countUsers()) > 0) return 0;
    for (const user of DEMO_USERS) await users.upsertLocalUser(user, DEMO_PASSWORD);
    return DEMO_USERS.length;
  } finally {
    await dataSource.destroy();
  }
}
