import type { CreateStandingBodyRequest, StandingBodyMember } from '@personnel/contracts';
import { createDataSource, Registry } from '@personnel/persistence';
import { DEMO_COLLECTIVE, DEMO_HOME_UNIT_CONSULTATION, DEMO_QUANG_AN_KEY_CADRES } from './demo-users';

const members = (body: {
  summonedIds: string[];
  secretaryId: string;
  headId: string;
}): StandingBodyMember[] =>
  body.summonedIds.map((userId) => ({
    userId,
    role: userId === body.headId ? 'head' : userId === body.secretaryId ? 'secretary' : 'member',
  }));

/** Quảng An's expanded conference (Hội nghị Ban Chấp hành Đảng bộ xã mở rộng): U-MR-01 chairs, U-MR-02 records. */
const QUANG_AN_EXPANDED = {
  summonedIds: ['U-MR-01', 'U-MR-02', 'U-MR-03', 'U-MR-04', 'U-MR-05', 'U-MR-06'],
  secretaryId: 'U-MR-02',
  headId: 'U-MR-01',
};

/**
 * The standing bodies of the demo: the district's standing committee and home-unit consultation, and
 * Quảng An's two conferences: 7 + 6 + 5 members, the 18 a local-source appointment used to pick one by
 * one (issue 13). Only Quảng An has demo accounts, so the other communes have no bodies to seed.
 */
export const DEMO_STANDING_BODIES: readonly CreateStandingBodyRequest[] = [
  {
    code: 'DH-BTV',
    name: 'Ban Thường vụ Huyện ủy Đầm Hà',
    unitCode: 'DH',
    kind: 'standing_committee',
    members: members(DEMO_COLLECTIVE),
  },
  {
    code: 'DH-LYK',
    name: 'Tổ lấy ý kiến nơi công tác (khối huyện)',
    unitCode: 'DH',
    kind: 'other',
    members: members(DEMO_HOME_UNIT_CONSULTATION),
  },
  {
    code: 'DH-QA-MR',
    name: 'Hội nghị Ban Chấp hành Đảng bộ xã Quảng An mở rộng',
    unitCode: 'DH-QA',
    kind: 'expanded_conference',
    members: members(QUANG_AN_EXPANDED),
  },
  {
    code: 'DH-QA-CC',
    name: 'Hội nghị cán bộ chủ chốt xã Quảng An',
    unitCode: 'DH-QA',
    kind: 'key_cadre_conference',
    members: members(DEMO_QUANG_AN_KEY_CADRES),
  },
];

/** The chain a commune chairman's appointment takes in the demo: appraisal and the deputy secretary, in parallel. */
export const DEMO_HEAD_POST_CHAIN = [
  { key: 'org-office', label: 'Cơ quan Tổ chức - Nội vụ thẩm định', assigneeIds: ['U-TCNV-01'] },
  { key: 'deputy-secretary', label: 'Phó Bí thư Thường trực', assigneeIds: ['U-PBT-01'] },
];

/**
 * Seeds the demo's standing bodies and a sign-off template for each commune's People's Committee
 * chairman into a demo database that has none yet (a database with bodies of its own is left alone).
 * Answers how many bodies and templates it wrote.
 */
export async function seedDemoStandingBodies(databaseUrl: string): Promise<number> {
  const dataSource = createDataSource({
    url: databaseUrl,
    poolSize: 1,
    applicationName: 'personnel-demo-bodies',
  });
  await dataSource.initialize();
  try {
    const [{ bodies, demo }]: { bodies: number; demo: boolean }[] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM standing_body) AS bodies,
              EXISTS (SELECT 1 FROM app_user WHERE username = 'U-HR-01') AND EXISTS (SELECT 1 FROM unit WHERE code = 'DH-QA') AS demo`,
    );
    if (bodies > 0 || !demo) return 0;
    const registry = new Registry(dataSource);
    for (const body of DEMO_STANDING_BODIES) await registry.standingBodies.create(body);
    const posts: { code: string; unit_code: string }[] = await dataSource.query(
      `SELECT p.code, u.code AS unit_code FROM post p JOIN unit u ON u.id = p.unit_id
        WHERE p.active AND u.level = 'commune' AND p.code LIKE '%-CT-UBND' ORDER BY p.code`,
    );
    for (const post of posts)
      await registry.signOffTemplates.create({
        code: `MAU-${post.code}`,
        name: 'Bổ nhiệm Chủ tịch UBND xã',
        unitCode: post.unit_code,
        postCode: post.code,
        postTitle: null,
        signOffMode: 'parallel',
        steps: DEMO_HEAD_POST_CHAIN,
        signerId: 'U-BT-01',
      });
    return DEMO_STANDING_BODIES.length + posts.length;
  } finally {
    await dataSource.destroy();
  }
}
