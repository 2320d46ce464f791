import { fields, seedOrganisation, STANDARDS, startRegistryApi, type RegistryApi } from './registry-fixtures';

describe('registry API: units and posts', () => {
  let api: RegistryApi;
  beforeAll(async () => {
    api = await startRegistryApi('registry_units');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  describe('units', () => {
    it('creates a unit and reads it back by code and by uuid', async () => {
      const created = await api.http().post('/api/v1/units').send({
        code: 'DH-TB',
        name: 'Xã  Tân Bình ',
        level: 'commune',
        parentCode: 'DH',
        localityCode: 'QN-DH-TB',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: 'DH-TB',
        name: 'Xã  Tân Bình',
        level: 'commune',
        parentCode: 'DH',
        localityCode: 'QN-DH-TB',
        active: true,
        version: 1,
      });
      const byCode = await api.http().get('/api/v1/units/DH-TB');
      const byId = await api.http().get(`/api/v1/units/${created.body.id}`);
      expect(byCode.status).toBe(200);
      expect(byId.body).toEqual(byCode.body);
    });

    it('lists with filters, search without diacritics, pagination totals and a stable order', async () => {
      const communes = await api.http().get('/api/v1/units').query({ parentCode: 'DH', level: 'commune' });
      expect(communes.status).toBe(200);
      expect(communes.body.items.map((u: { code: string }) => u.code)).toEqual(['DH-QA', 'DH-QL', 'DH-TB']);
      expect(communes.body).toMatchObject({ total: 3, limit: 20, offset: 0 });

      const page = await api.http().get('/api/v1/units').query({ limit: 2, offset: 2 });
      expect(page.body.total).toBe(6);
      expect(page.body.items.map((u: { code: string }) => u.code)).toEqual(['DH-QL', 'DH-TB']);

      const folded = await api.http().get('/api/v1/units').query({ q: 'quang lam' });
      expect(folded.body.items.map((u: { code: string }) => u.code)).toEqual(['DH-QL']);
      const accented = await api.http().get('/api/v1/units').query({ q: 'QUẢNG' });
      expect(accented.body.items.map((u: { code: string }) => u.code)).toEqual(['DH-QA', 'DH-QL', 'QN']);
      const byPrefix = await api.http().get('/api/v1/units').query({ q: 'dh-q' });
      expect(byPrefix.body.total).toBe(2);
    });

    it('answers the tree and the children of a unit', async () => {
      const tree = await api.http().get('/api/v1/units/tree');
      expect(tree.status).toBe(200);
      expect(tree.body).toHaveLength(1);
      expect(tree.body[0].code).toBe('QN');
      expect(tree.body[0].children.map((u: { code: string }) => u.code)).toEqual(['DH']);
      expect(tree.body[0].children[0].children.map((u: { code: string }) => u.code)).toEqual([
        'DH-QA',
        'DH-QL',
        'DH-TB',
        'DH-TCNV',
      ]);
      const subtree = await api.http().get('/api/v1/units/tree').query({ rootCode: 'DH' });
      expect(subtree.body.map((u: { code: string }) => u.code)).toEqual(['DH']);
      const children = await api.http().get('/api/v1/units/DH/children');
      expect(children.body.map((u: { code: string }) => u.code)).toEqual([
        'DH-QA',
        'DH-QL',
        'DH-TB',
        'DH-TCNV',
      ]);
      expect((await api.http().get('/api/v1/units/NOPE/children')).status).toBe(404);
    });

    it('updates with the version read, and refuses a stale version with 409 telling to reload', async () => {
      const read = await api.http().get('/api/v1/units/DH-TB');
      const first = await api
        .http()
        .patch('/api/v1/units/DH-TB')
        .send({ version: read.body.version, name: 'Xã Tân Bình (mới)' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ name: 'Xã Tân Bình (mới)', version: read.body.version + 1 });

      const stale = await api
        .http()
        .patch('/api/v1/units/DH-TB')
        .send({ version: read.body.version, name: 'Khác' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ statusCode: 409, code: 'stale_version' });
      expect(stale.body.message).toMatch(/hãy tải lại rồi sửa lại\.$/);
      expect(stale.body.reason).toMatch(/reload/);
      expect((await api.http().get('/api/v1/units/DH-TB')).body.name).toBe('Xã Tân Bình (mới)');
    });

    it('refuses a duplicate code with 409, unknown ids with 404', async () => {
      const dup = await api
        .http()
        .post('/api/v1/units')
        .send({ code: 'DH-QA', name: 'Trùng', level: 'commune', localityCode: 'X' });
      expect(dup.status).toBe(409);
      expect(dup.body.message).toBe('Đã có đơn vị mang mã DH-QA: hãy chọn mã khác.');
      expect(dup.body.reason).toMatch(/DH-QA already exists/);
      expect((await api.http().get('/api/v1/units/NOPE')).status).toBe(404);
      expect((await api.http().get('/api/v1/units/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await api.http().patch('/api/v1/units/NOPE').send({ version: 1, name: 'x' })).status).toBe(404);
      expect((await api.http().delete('/api/v1/units/NOPE')).status).toBe(404);
    });

    it.each([
      [{ name: 'x', level: 'commune', localityCode: 'X' }, ['code']],
      [{ code: 'bad code', name: 'x', level: 'commune', localityCode: 'X' }, ['code']],
      [{ code: 'U1', name: '', level: 'hamlet', localityCode: 'X' }, ['name', 'level']],
      [{ code: 'U1', name: 'x', level: 'commune', localityCode: 'X', colour: 'red' }, ['colour']],
      [{ code: 'U1', name: 'x', level: 'commune', localityCode: 'X', parentCode: 'NOPE' }, ['parentCode']],
    ])('answers 400 naming the field for %j', async (body, named) => {
      const res = await api.http().post('/api/v1/units').send(body);
      expect(res.status).toBe(400);
      expect([...new Set(fields(res.body))].sort()).toEqual([...named].sort());
      expect((await api.http().get('/api/v1/units/U1')).status).toBe(404);
    });

    it('refuses PATCH without version, with a null name, with a code, or naming nothing', async () => {
      const cases: [object, string][] = [
        [{ name: 'x' }, 'version'],
        [{ version: 1, name: null }, 'name'],
        [{ version: 1, code: 'NEW' }, 'code'],
        [{ version: 1 }, 'body'],
      ];
      for (const [body, field] of cases) {
        const res = await api.http().patch('/api/v1/units/DH-QA').send(body);
        expect(res.status).toBe(400);
        expect(fields(res.body)).toContain(field);
      }
    });

    it('moves a unit to another parent, or to the root with parentCode null', async () => {
      await api
        .http()
        .post('/api/v1/units')
        .send({ code: 'MV', name: 'Ban Tuyên giáo', level: 'agency', localityCode: 'QN-DH' });
      const moved = await api.http().patch('/api/v1/units/MV').send({ version: 1, parentCode: 'DH' });
      expect(moved.body).toMatchObject({ parentCode: 'DH', version: 2 });
      expect(
        (await api.http().get('/api/v1/units/DH/children')).body.map((u: { code: string }) => u.code),
      ).toContain('MV');
      const root = await api.http().patch('/api/v1/units/MV').send({ version: 2, parentCode: null });
      expect(root.body).toMatchObject({ parentCode: null, version: 3 });
      expect((await api.http().delete('/api/v1/units/MV')).body.active).toBe(false);
    });

    it('refuses to move a unit under itself or its own sub-unit', async () => {
      const qn = (await api.http().get('/api/v1/units/QN')).body;
      const res = await api
        .http()
        .patch('/api/v1/units/QN')
        .send({ version: qn.version, parentCode: 'DH-QA' });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['parentCode']);
      expect((await api.http().get('/api/v1/units/QN')).body.parentCode).toBeNull();
    });

    it('deactivates softly, and refuses while active sub-units or posts remain', async () => {
      const busy = await api.http().delete('/api/v1/units/DH');
      expect(busy.status).toBe(409);
      expect(busy.body).toMatchObject({ code: 'in_use' });
      const gone = await api.http().delete('/api/v1/units/DH-TB');
      expect(gone.status).toBe(200);
      expect(gone.body.active).toBe(false);
      expect((await api.http().get('/api/v1/units/DH-TB')).body.active).toBe(false);
      const active = await api.http().get('/api/v1/units').query({ parentCode: 'DH', active: true });
      expect(active.body.items.map((u: { code: string }) => u.code)).not.toContain('DH-TB');
      const child = await api
        .http()
        .post('/api/v1/units')
        .send({ code: 'TB-X', name: 'x', level: 'agency', parentCode: 'DH-TB', localityCode: 'X' });
      expect(child.status).toBe(400);
      expect(fields(child.body)).toEqual(['parentCode']);
    });
  });

  describe('posts', () => {
    it('creates a post whose level comes from its unit (an agency takes its parent level)', async () => {
      const res = await api.http().get('/api/v1/posts/TCNV-TP');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        code: 'TCNV-TP',
        unitCode: 'DH-TCNV',
        unitName: 'Cơ quan Tổ chức - Nội vụ',
        level: 'district',
        isHead: true,
        requiresNonLocal: false,
        standards: { ...STANDARDS, requiredCourseCodes: [] },
        active: true,
        version: 1,
      });
      const commune = await api.http().get('/api/v1/posts/QA-CT-UBND');
      expect(commune.body).toMatchObject({ level: 'commune', requiresNonLocal: true, standards: STANDARDS });
      const wrong = await api
        .http()
        .post('/api/v1/posts')
        .send({ code: 'QA-X', title: 'x', unitCode: 'DH-QA', level: 'province', standards: STANDARDS });
      expect(wrong.status).toBe(400);
      expect(fields(wrong.body)).toEqual(['level']);
    });

    it('names each required course that does not exist by its index', async () => {
      const res = await api
        .http()
        .post('/api/v1/posts')
        .send({
          code: 'QA-PCT',
          title: 'Phó Chủ tịch UBND xã Quảng An',
          unitCode: 'DH-QA',
          standards: { ...STANDARDS, requiredCourseCodes: ['CT05', 'NOPE', 'QLNN', 'GONE'] },
        });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual([
        'standards.requiredCourseCodes[1]',
        'standards.requiredCourseCodes[3]',
      ]);
      expect((await api.http().get('/api/v1/posts/QA-PCT')).status).toBe(404);
    });

    it.each([
      [{ ...STANDARDS, minEducation: 'phd' }, 'standards.minEducation'],
      [{ ...STANDARDS, minPoliticalTheory: 'high' }, 'standards.minPoliticalTheory'],
      [{ ...STANDARDS, minStateManagement: undefined }, 'standards.minStateManagement'],
      [{ ...STANDARDS, partyMember: 'yes' }, 'standards.partyMember'],
      [{ ...STANDARDS, extra: 1 }, 'standards.extra'],
      [{ ...STANDARDS, requiredCourseCodes: 'CT05' }, 'standards.requiredCourseCodes'],
      ['strict', 'standards'],
    ])('validates the standards object: %j → %s', async (standards, field) => {
      const res = await api
        .http()
        .post('/api/v1/posts')
        .send({ code: 'QA-Y', title: 'y', unitCode: 'DH-QA', standards });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toContain(field);
    });

    it('refuses an unknown unit naming unitCode, and a duplicate code with 409', async () => {
      const unknown = await api
        .http()
        .post('/api/v1/posts')
        .send({ code: 'P-1', title: 'x', unitCode: 'NOPE', standards: STANDARDS });
      expect(unknown.status).toBe(400);
      expect(fields(unknown.body)).toEqual(['unitCode']);
      const dup = await api
        .http()
        .post('/api/v1/posts')
        .send({ code: 'QA-BT', title: 'x', unitCode: 'DH-QA', standards: STANDARDS });
      expect(dup.status).toBe(409);
    });

    it('lists by unit and head flag, searches titles without diacritics', async () => {
      const qa = await api.http().get('/api/v1/posts').query({ unitCode: 'DH-QA', isHead: true });
      expect(qa.body.items.map((p: { code: string }) => p.code)).toEqual(['QA-BT', 'QA-CT-UBND']);
      expect(qa.body.total).toBe(2);
      const chairmen = await api.http().get('/api/v1/posts').query({ q: 'chu tich ubnd' });
      expect(chairmen.body.items.map((p: { code: string }) => p.code)).toEqual(['QA-CT-UBND', 'QL-CT-UBND']);
      const bad = await api.http().get('/api/v1/posts').query({ isHead: 'maybe', limit: 0 });
      expect(bad.status).toBe(400);
      expect(fields(bad.body).sort()).toEqual(['isHead', 'limit']);
    });

    it('replaces standards with the version read; a stale version is 409', async () => {
      const read = (await api.http().get('/api/v1/posts/QL-CT-UBND')).body;
      const standards = { ...STANDARDS, minEducation: 'master', requiredCourseCodes: ['CT05', 'QLNN'] };
      const res = await api
        .http()
        .patch('/api/v1/posts/QL-CT-UBND')
        .send({ version: read.version, standards });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ standards, version: read.version + 1 });
      const bad = await api
        .http()
        .patch('/api/v1/posts/QL-CT-UBND')
        .send({ version: res.body.version, standards: { ...standards, requiredCourseCodes: ['NOPE'] } });
      expect(fields(bad.body)).toEqual(['standards.requiredCourseCodes[0]']);
      const stale = await api
        .http()
        .patch('/api/v1/posts/QL-CT-UBND')
        .send({ version: read.version, title: 'x' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('stale_version');
    });

    it('deactivates a post nobody holds', async () => {
      const res = await api.http().delete('/api/v1/posts/QL-CT-UBND');
      expect(res.status).toBe(200);
      expect(res.body.active).toBe(false);
      const active = await api.http().get('/api/v1/posts').query({ unitCode: 'DH-QL', active: true });
      expect(active.body.total).toBe(0);
    });
  });
});
