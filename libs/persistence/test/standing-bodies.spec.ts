import { RegistryConflictError, RegistryInvalidError, RegistryNotFoundError } from '../src/registry/errors';
import { SignOffTemplatesRepository } from '../src/registry/sign-off-templates';
import { StandingBodiesRepository } from '../src/registry/standing-bodies';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const COMMITTEE = [
  { userId: 'U-BT-01', role: 'head' as const },
  { userId: 'U-PBT-01', role: 'member' as const },
  { userId: 'U-BTV-07', role: 'secretary' as const },
];
const CHAIN = [{ key: 'org-office', label: 'Cơ quan Tổ chức', assigneeIds: ['U-TCNV-01'] }];

describe('standing bodies and sign-off templates in the registry (real Postgres)', () => {
  let db: TestDatabase;
  let bodies: StandingBodiesRepository;
  let templates: SignOffTemplatesRepository;

  beforeAll(async () => {
    db = await createTestDatabase('standing_bodies');
    const q = (sql: string) => db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA', 'Xã Quảng An', 'commune', id, 'L-QA' FROM unit WHERE code = 'DH'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-TB', 'Xã Tân Bình', 'commune', id, 'L-TB' FROM unit WHERE code = 'DH'`);
    await q(`INSERT INTO post (code, title, unit_id, level, standards)
             SELECT v.code, v.title, u.id, 'commune', '{}'::jsonb FROM unit u,
               (VALUES ('QA-CT', 'Chủ tịch UBND xã'), ('QA-PCT', 'Phó Chủ tịch UBND xã')) v(code, title)
             WHERE u.code = 'DH-QA'`);
    bodies = new StandingBodiesRepository(db.dataSource);
    templates = new SignOffTemplatesRepository(db.dataSource);
  });
  afterAll(() => db.drop());

  it('keeps a body with its members in order, and reads it by id or code', async () => {
    const created = await bodies.create({
      code: 'BTV-DH',
      name: 'Ban Thường vụ Huyện ủy',
      unitCode: 'DH',
      kind: 'standing_committee',
      members: COMMITTEE,
    });
    expect(created).toMatchObject({
      code: 'BTV-DH',
      unitName: 'Huyện Đầm Hà',
      version: 1,
      members: COMMITTEE,
    });
    expect(await bodies.get(created.id)).toEqual(created);
    expect(await bodies.get('BTV-DH')).toEqual(created);
    await expect(bodies.get('NONE')).rejects.toBeInstanceOf(RegistryNotFoundError);
  });

  it('refuses a second body with the same code, and a unit that does not exist, writing nothing', async () => {
    const input = { code: 'BTV-DH', name: 'x', unitCode: 'DH', kind: 'other' as const, members: COMMITTEE };
    await expect(bodies.create(input)).rejects.toBeInstanceOf(RegistryConflictError);
    await expect(bodies.create({ ...input, code: 'X-1', unitCode: 'NOPE' })).rejects.toMatchObject({
      details: [{ field: 'unitCode', problem: expect.stringContaining('NOPE') }],
    });
    expect((await bodies.list()).map((b) => b.code)).toEqual(['BTV-DH']);
  });

  it('holds one head and one secretary in the database too', async () => {
    await expect(
      bodies.create({
        code: 'TWO-HEADS',
        name: 'x',
        unitCode: 'DH',
        kind: 'other',
        members: [...COMMITTEE, { userId: 'U-BTV-03', role: 'head' }],
      }),
    ).rejects.toThrow(/uq_standing_body_one_head/);
    await expect(bodies.get('TWO-HEADS')).rejects.toBeInstanceOf(RegistryNotFoundError);
  });

  it('replaces the members under the version read, and refuses a stale version with 409 stale_version', async () => {
    const before = await bodies.get('BTV-DH');
    const members = [...COMMITTEE, { userId: 'U-BTV-03', role: 'member' as const }];
    const after = await bodies.replace('BTV-DH', before.version, {
      name: before.name,
      kind: before.kind,
      members,
      active: true,
    });
    expect(after).toMatchObject({ version: 2, members });
    const stale = bodies.replace('BTV-DH', before.version, { ...after, members: COMMITTEE });
    await expect(stale).rejects.toMatchObject({ kind: 'conflict', code: 'stale_version' });
    expect((await bodies.get('BTV-DH')).members).toEqual(members);
  });

  it("lists a commune's bodies before the district's, and filters by unit scope and kind", async () => {
    await bodies.create({
      code: 'MR-QA',
      name: 'Hội nghị Đảng ủy mở rộng xã Quảng An',
      unitCode: 'DH-QA',
      kind: 'expanded_conference',
      members: [
        { userId: 'U-MR-01', role: 'head' },
        { userId: 'U-MR-02', role: 'secretary' },
      ],
    });
    await bodies.create({
      code: 'MR-TB',
      name: 'Hội nghị mở rộng xã Tân Bình',
      unitCode: 'DH-TB',
      kind: 'expanded_conference',
      members: [
        { userId: 'U-TB-01', role: 'head' },
        { userId: 'U-TB-02', role: 'secretary' },
      ],
    });
    expect((await bodies.forUnitChain('DH-QA')).map((b) => b.code)).toEqual(['MR-QA', 'BTV-DH']);
    expect((await bodies.list({ unitCodes: ['DH-TB'] })).map((b) => b.code)).toEqual(['MR-TB']);
    expect((await bodies.list({ kind: 'standing_committee' })).map((b) => b.code)).toEqual(['BTV-DH']);
    const tb = await bodies.get('MR-TB');
    await bodies.replace('MR-TB', tb.version, { ...tb, active: false });
    expect((await bodies.forUnitChain('DH-TB')).map((b) => b.code)).toEqual(['BTV-DH']);
  });

  it("finds a post's own template before its title's, and keeps one in force per scope", async () => {
    const byTitle = await templates.create({
      code: 'T-QA-TITLE',
      name: 'Chủ tịch xã',
      unitCode: 'DH-QA',
      postCode: null,
      postTitle: 'Chủ tịch UBND xã',
      signOffMode: 'sequential',
      steps: CHAIN,
      signerId: 'U-BT-01',
    });
    expect(await templates.forPost('QA-CT')).toEqual(byTitle);
    expect(await templates.forPost('QA-PCT')).toBeNull();
    const own = await templates.create({
      ...byTitle,
      code: 'T-QA-CT',
      postCode: 'QA-CT',
      postTitle: null,
      signOffMode: 'parallel',
    });
    expect(await templates.forPost('QA-CT')).toEqual(own);
    await expect(
      templates.create({ ...byTitle, code: 'T-QA-CT-2', postCode: 'QA-CT', postTitle: null }),
    ).rejects.toThrow(/already covers this post/);
    await expect(
      templates.create({ ...byTitle, code: 'T-X', unitCode: 'DH-TB', postCode: 'QA-CT', postTitle: null }),
    ).rejects.toBeInstanceOf(RegistryInvalidError);
  });

  it('replaces a template under the version read only', async () => {
    const template = await templates.get('T-QA-CT');
    const changed = await templates.replace('T-QA-CT', template.version, {
      ...template,
      steps: [...CHAIN, { key: 'deputy', label: 'Phó Bí thư', assigneeIds: ['U-PBT-01'] }],
    });
    expect(changed.version).toBe(2);
    expect(changed.steps).toHaveLength(2);
    await expect(templates.replace('T-QA-CT', 1, { ...template })).rejects.toMatchObject({
      code: 'stale_version',
    });
  });
});
