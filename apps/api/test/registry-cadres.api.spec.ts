import {
  cadreBody,
  createCadre,
  fields,
  seedOrganisation,
  startRegistryApi,
  type RegistryApi,
} from './registry-fixtures';

const codes = (body: { items: { code: string }[] }) => body.items.map((c) => c.code);

describe('registry API: cadres', () => {
  let api: RegistryApi;
  const create = (overrides: Record<string, unknown> = {}) => createCadre(api, overrides);

  beforeAll(async () => {
    api = await startRegistryApi('registry_cadres');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  describe('create, read, update, deactivate', () => {
    it('creates a cadre and reads the detail by code and by uuid', async () => {
      const res = await api
        .http()
        .post('/api/v1/cadres')
        .send(cadreBody({ code: 'CB-AN', fullName: '  Nguyễn   Văn An ' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        code: 'CB-AN',
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        birthDate: '1980-05-17',
        status: 'active',
        partyMember: true,
        currentPost: null,
        version: 1,
      });
      expect(res.body).not.toHaveProperty('searchName');
      const detail = await api.http().get('/api/v1/cadres/CB-AN');
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        ...res.body,
        assignments: [],
        evaluations: [],
        disciplines: [],
        trainingCompletions: [],
        planningEntries: [],
      });
      expect((await api.http().get(`/api/v1/cadres/${res.body.id}`)).body.code).toBe('CB-AN');
      const [row] = await api.db.dataSource.query(`SELECT search_name FROM cadre WHERE code = 'CB-AN'`);
      expect(row.search_name).toBe('nguyen van an');
    });

    it.each([
      [{ gender: 'other' }, 'gender'],
      [{ birthDate: '1980-02-30' }, 'birthDate'],
      [{ birthDate: '2999-01-01' }, 'birthDate'],
      [{ fullName: '   ' }, 'fullName'],
      [{ fullName: undefined }, 'fullName'],
      [{ education: 'phd' }, 'education'],
      [{ politicalTheory: 'a lot' }, 'politicalTheory'],
      [{ stateManagement: 'expert' }, 'stateManagement'],
      [{ partyMember: 'yes' }, 'partyMember'],
      [{ status: 'asleep' }, 'status'],
      [{ hometownLocalityCode: 'Quảng An' }, 'hometownLocalityCode'],
      [{ searchName: 'hack' }, 'searchName'],
      [{ code: '' }, 'code'],
    ])('answers 400 naming the field for %j', async (overrides, field) => {
      const body = cadreBody(overrides);
      const res = await api.http().post('/api/v1/cadres').send(body);
      expect(res.status).toBe(400);
      expect(new Set(fields(res.body))).toEqual(new Set([field]));
      expect(
        (await api.http().get(`/api/v1/cadres/${encodeURIComponent(String(body.code) || 'x')}`)).status,
      ).toBe(404);
    });

    it('refuses a duplicate code with 409 and an unknown cadre with 404', async () => {
      const dup = await api
        .http()
        .post('/api/v1/cadres')
        .send(cadreBody({ code: 'CB-AN' }));
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({
        code: 'duplicate',
        params: { record: 'cadre', code: 'CB-AN' },
        message: 'Đã có cán bộ mang mã CB-AN: hãy chọn mã khác.',
        reason: 'A cadre with code CB-AN already exists',
      });
      const inEnglishDup = await api
        .http()
        .post('/api/v1/cadres')
        .set('Accept-Language', 'en')
        .send(cadreBody({ code: 'CB-AN' }));
      expect(inEnglishDup.body.message).toBe('A cadre with code CB-AN already exists: choose another code.');
      expect((await api.http().get('/api/v1/cadres/NOPE')).status).toBe(404);
      expect(
        (await api.http().patch('/api/v1/cadres/NOPE').send({ version: 1, gender: 'female' })).status,
      ).toBe(404);
    });

    it('updates with the version read (the search key follows the name), 409 on a stale version', async () => {
      const cadre = await create({ fullName: 'Lê Thị Hoa' });
      const res = await api
        .http()
        .patch(`/api/v1/cadres/${cadre.code}`)
        .send({ version: cadre.version, fullName: 'Lê Thị Hồng Hoa', education: 'master' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ fullName: 'Lê Thị Hồng Hoa', education: 'master', version: 2 });
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: 'le thi hong hoa' })).body)).toEqual([
        cadre.code,
      ]);
      const stale = await api
        .http()
        .patch(`/api/v1/cadres/${cadre.code}`)
        .send({ version: 1, gender: 'female' });
      expect(stale.status).toBe(409);
      // Told to reload in the user's language, with both versions; the English words kept as the reason.
      expect(stale.body).toMatchObject({
        code: 'stale_version',
        params: { sent: 1, current: 2 },
        message:
          'Bản ghi đã được người khác sửa sau khi bạn mở (phiên bản của bạn 1, hiện tại 2): hãy tải lại rồi sửa lại.',
      });
      expect(stale.body.reason).toMatch(/reload/);
      const code = await api.http().patch(`/api/v1/cadres/${cadre.code}`).send({ version: 2, code: 'NEW' });
      expect(fields(code.body)).toEqual(['code']);
    });

    it('deactivates softly with a status (default left)', async () => {
      const a = await create();
      const b = await create();
      const left = await api.http().delete(`/api/v1/cadres/${a.code}`);
      expect(left.status).toBe(200);
      expect(left.body).toMatchObject({ status: 'left', version: 2 });
      const retired = await api.http().delete(`/api/v1/cadres/${b.code}`).query({ status: 'retired' });
      expect(retired.body.status).toBe('retired');
      const bad = await api.http().delete(`/api/v1/cadres/${b.code}`).query({ status: 'active' });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['status']);
      expect((await api.http().get(`/api/v1/cadres/${a.code}`)).body.status).toBe('left');
    });
  });

  describe('search, filters and pagination', () => {
    beforeAll(async () => {
      await create({ code: 'SR-1', fullName: 'Nguyễn Văn Anh', hometownLocalityCode: 'QN-DH-QA' });
      await create({
        code: 'SR-2',
        fullName: 'Đặng Thị Đào',
        gender: 'female',
        hometownLocalityCode: 'QN-DH-QA',
      });
      await create({
        code: 'SR-3',
        fullName: 'Trần Văn Đức',
        status: 'retired',
        hometownLocalityCode: 'QN-DH-QA',
      });
      await create({ code: 'SR-4', fullName: '100% Nguyễn_Test', hometownLocalityCode: 'QN-DH-QA' });
    });

    it.each([
      'nguyen van an',
      'Nguyễn Văn An',
      'NGUYEN VAN AN',
      'nguyễn  văn an',
      'Nguye\u0302\u0303n Va\u0306n An',
    ])('finds Nguyễn Văn An (and Anh, which contains it) by %p', async (q) => {
      const res = await api.http().get('/api/v1/cadres').query({ q, hometownLocalityCode: 'QN-DH-QL' });
      expect(res.status).toBe(200);
      expect(res.body.items.map((c: { fullName: string }) => c.fullName)).toContain('Nguyễn Văn An');
      const inQa = await api.http().get('/api/v1/cadres').query({ q, hometownLocalityCode: 'QN-DH-QA' });
      expect(codes(inQa.body)).toEqual(['SR-1']);
    });

    it('folds đ, matches a code prefix case-insensitively, and treats % and _ literally', async () => {
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: 'dang thi dao' })).body)).toEqual([
        'SR-2',
      ]);
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: 'ĐÀO' })).body)).toEqual(['SR-2']);
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: 'sr-' })).body)).toEqual([
        'SR-4',
        'SR-2',
        'SR-1',
        'SR-3',
      ]);
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: '100%' })).body)).toEqual(['SR-4']);
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: '%' })).body)).toEqual(['SR-4']);
      expect(codes((await api.http().get('/api/v1/cadres').query({ q: 'n_test' })).body)).toEqual(['SR-4']);
      expect((await api.http().get('/api/v1/cadres').query({ q: 'zzz' })).body).toMatchObject({
        items: [],
        total: 0,
      });
    });

    it('pages a search with the full total, also past its last match', async () => {
      const first = await api.http().get('/api/v1/cadres').query({ q: 'sr-', limit: 3, offset: 0 });
      expect(first.body).toMatchObject({ total: 4, limit: 3, offset: 0 });
      expect(codes(first.body)).toEqual(['SR-4', 'SR-2', 'SR-1']);
      const second = await api.http().get('/api/v1/cadres').query({ q: 'sr-', limit: 3, offset: 3 });
      expect(codes(second.body)).toEqual(['SR-3']);
      const beyond = await api.http().get('/api/v1/cadres').query({ q: 'sr-', limit: 3, offset: 10 });
      expect(beyond.body).toMatchObject({ items: [], total: 4 });
    });

    it('filters by status, gender and hometown', async () => {
      const qa = { hometownLocalityCode: 'QN-DH-QA' };
      expect(
        codes(
          (
            await api
              .http()
              .get('/api/v1/cadres')
              .query({ ...qa, status: 'retired' })
          ).body,
        ),
      ).toEqual(['SR-3']);
      expect(
        codes(
          (
            await api
              .http()
              .get('/api/v1/cadres')
              .query({ ...qa, gender: 'female' })
          ).body,
        ),
      ).toEqual(['SR-2']);
      expect((await api.http().get('/api/v1/cadres').query(qa)).body.total).toBe(4);
      const bad = await api.http().get('/api/v1/cadres').query({ status: 'sleeping', gender: 'x', extra: 1 });
      expect(bad.status).toBe(400);
      expect(fields(bad.body).sort()).toEqual(['extra', 'gender', 'status']);
    });

    it('pages with a total and a stable order: the pages together are the whole list, once each', async () => {
      const all = await api.http().get('/api/v1/cadres').query({ limit: 100 });
      expect(all.body.total).toBe(all.body.items.length);
      expect((await api.http().get('/api/v1/cadres')).body).toMatchObject({
        limit: 20,
        offset: 0,
        total: all.body.total,
      });
      const seen: string[] = [];
      for (let offset = 0; offset < all.body.total; offset += 3) {
        const page = await api.http().get('/api/v1/cadres').query({ limit: 3, offset });
        expect(page.body).toMatchObject({ total: all.body.total, limit: 3, offset });
        seen.push(...codes(page.body));
      }
      expect(seen).toEqual(codes(all.body));
      const past = await api.http().get('/api/v1/cadres').query({ limit: 3, offset: 1000 });
      expect(past.body).toMatchObject({ items: [], total: all.body.total, nextCursor: null });
    });

    it('walks the list by cursor: every row once, in order, while cadres are added before and after the walk', async () => {
      const before = await api.http().get('/api/v1/cadres').query({ limit: 100 });
      expect(before.body).toMatchObject({ totalCapped: false, nextCursor: null });
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      for (;;) {
        const res = await api
          .http()
          .get('/api/v1/cadres')
          .query({ limit: 3, ...(after ? { after } : {}) });
        expect(res.status).toBe(200);
        seen.push(...codes(res.body));
        pages += 1;
        // Written mid-walk: one sorts before every name (already walked past), one after every name.
        if (pages === 2) {
          await create({ code: 'KS-FIRST', fullName: 'A Aaa Đầu Tiên' });
          await create({ code: 'KS-LAST', fullName: 'Ỹ Zzz Cuối Cùng' });
        }
        if (res.body.nextCursor === null) break;
        expect(res.body.items).toHaveLength(3);
        after = res.body.nextCursor;
      }
      expect(seen).toEqual([...codes(before.body), 'KS-LAST']);
      expect(new Set(seen).size).toBe(seen.length);
      // A search is walked the same way, inside its matches.
      const all = await api.http().get('/api/v1/cadres').query({ q: 'van', limit: 100 });
      const walked: string[] = [];
      after = undefined;
      do {
        const res = await api
          .http()
          .get('/api/v1/cadres')
          .query({ q: 'van', limit: 2, ...(after ? { after } : {}) });
        expect(res.body.total).toBe(all.body.total);
        walked.push(...codes(res.body));
        after = res.body.nextCursor ?? undefined;
      } while (after);
      expect(walked).toEqual(codes(all.body));
    });

    it('refuses a cursor it never answered, and a cursor with an offset, naming the field', async () => {
      const forged = await api.http().get('/api/v1/cadres').query({ after: 'not-a-cursor' });
      expect(forged.status).toBe(400);
      expect(fields(forged.body)).toEqual(['after']);
      const next = (await api.http().get('/api/v1/cadres').query({ limit: 1 })).body.nextCursor;
      const both = await api.http().get('/api/v1/cadres').query({ after: next, offset: 5 });
      expect(both.status).toBe(400);
      expect(fields(both.body)).toEqual(['offset']);
      const inEnglish = await api
        .http()
        .get('/api/v1/cadres')
        .set('Accept-Language', 'en')
        .query({ after: 'not-a-cursor' });
      expect(inEnglish.body.message).toContain('after');
      // Coded, written in Vietnamese by default, the English words for Accept-Language: en.
      expect(forged.body.details).toEqual([
        {
          field: 'after',
          code: 'not_cursor',
          params: {},
          problem:
            'Trường after không phải con trỏ trang do danh sách này trả về: hãy gửi lại nguyên giá trị nextCursor.',
          reason: 'is not a cursor this list answered (send back nextCursor unchanged)',
        },
      ]);
      expect(inEnglish.body.details).toEqual([
        expect.objectContaining({
          code: 'not_cursor',
          problem: 'is not a cursor this list answered (send back nextCursor unchanged)',
        }),
      ]);
      expect(both.body.details).toEqual([
        expect.objectContaining({
          code: 'offset_with_cursor',
          params: {},
          problem: 'Không dùng được trường offset cùng với after: con trỏ đã cho biết trang bắt đầu từ đâu.',
        }),
      ]);
      const bothInEnglish = await api
        .http()
        .get('/api/v1/cadres')
        .set('Accept-Language', 'en')
        .query({ after: next, offset: 5 });
      expect(bothInEnglish.body.details[0]).toMatchObject({
        code: 'offset_with_cursor',
        problem: 'cannot be combined with after: the cursor already says where the page starts',
      });
    });

    it('codes the bounds of limit and offset, and a change that names nothing besides the version', async () => {
      const limit = await api.http().get('/api/v1/cadres').query({ limit: 500 });
      expect(limit.body.details).toEqual([
        expect.objectContaining({
          field: 'limit',
          code: 'too_large',
          params: { max: 100 },
          problem: 'Trường limit không được lớn hơn 100.',
        }),
      ]);
      const offset = await api
        .http()
        .get('/api/v1/cadres')
        .set('Accept-Language', 'en')
        .query({ offset: -1 });
      expect(offset.body.details).toEqual([
        expect.objectContaining({
          field: 'offset',
          code: 'too_small',
          params: { min: 0 },
          problem: 'offset must not be less than 0',
        }),
      ]);
      const cadre = (await api.http().get('/api/v1/cadres').query({ limit: 1 })).body.items[0];
      const nothing = await api.http().patch(`/api/v1/cadres/${cadre.code}`).send({ version: cadre.version });
      expect(nothing.status).toBe(400);
      expect(nothing.body.details).toEqual([
        {
          field: 'body',
          code: 'nothing_to_change',
          params: {},
          problem: 'Yêu cầu không nêu trường nào cần sửa ngoài version.',
          reason: 'names no field to change besides version',
        },
      ]);
      const inEnglish = await api
        .http()
        .patch(`/api/v1/cadres/${cadre.code}`)
        .set('Accept-Language', 'en')
        .send({ version: cadre.version });
      expect(inEnglish.body.details[0]).toMatchObject({
        code: 'nothing_to_change',
        problem: 'names no field to change besides version',
      });
    });
  });

  it('documents every registry endpoint in OpenAPI', async () => {
    const res = await api.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/units',
        '/api/v1/units/tree',
        '/api/v1/units/{id}',
        '/api/v1/units/{id}/children',
        '/api/v1/posts',
        '/api/v1/posts/{id}',
        '/api/v1/training-courses',
        '/api/v1/training-courses/{id}',
        '/api/v1/public-holidays',
        '/api/v1/public-holidays/{date}',
        '/api/v1/cadres',
        '/api/v1/cadres/{id}',
        '/api/v1/cadres/import',
        '/api/v1/cadres/export',
        '/api/v1/cadres/{id}/assignments',
        '/api/v1/cadres/{id}/evaluations',
        '/api/v1/cadres/{id}/disciplines',
        '/api/v1/cadres/{id}/training-completions',
        '/api/v1/cadres/{id}/planning-entries',
        '/api/v1/eligibility',
      ]),
    );
    expect(res.body.components.schemas.PostStandardsDto.required).toEqual(
      expect.arrayContaining(['minEducation', 'requiredCourseCodes', 'partyMember']),
    );
    expect(res.body.paths['/api/v1/cadres/import'].post.requestBody.content).toHaveProperty('text/csv');
  });
});
