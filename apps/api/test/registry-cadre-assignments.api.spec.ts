import request from 'supertest';
import { signIn } from './api-harness';
import {
  createCadre,
  fields,
  seedOrganisation,
  STANDARDS,
  startRegistryApi,
  type RegistryApi,
} from './registry-fixtures';

const codes = (body: { items: { code: string }[] }) => body.items.map((c) => c.code);

/** A cadre's assignments: the current post derived from them, and a unit-scoped reader following them. */
describe('registry API: cadres and their assignments', () => {
  let api: RegistryApi;
  const create = (overrides: Record<string, unknown> = {}) => createCadre(api, overrides);

  beforeAll(async () => {
    api = await startRegistryApi('registry_cadre_assignments');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  describe('assignments and the derived current post', () => {
    const assign = (code: string, body: Record<string, unknown>) =>
      api.http().post(`/api/v1/cadres/${code}/assignments`).send(body);

    it('a new current assignment ends the previous one the day before; the current post is derived', async () => {
      const cadre = await create({ code: 'AS-1' });
      const first = await assign('AS-1', {
        kind: 'appointment',
        postCode: 'QA-CT-UBND',
        fromDate: '2021-06-01',
        decisionRef: '12/QĐ-UBND',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        kind: 'appointment',
        postCode: 'QA-CT-UBND',
        unitCode: 'DH-QA',
        fromDate: '2021-06-01',
        toDate: null,
        current: true,
        decisionRef: '12/QĐ-UBND',
      });
      const second = await assign('AS-1', { kind: 'rotation', postCode: 'TCNV-TP', fromDate: '2024-03-15' });
      expect(second.status).toBe(201);

      const history = await api.http().get('/api/v1/cadres/AS-1/assignments');
      expect(history.body).toEqual([
        expect.objectContaining({ postCode: 'TCNV-TP', fromDate: '2024-03-15', toDate: null, current: true }),
        expect.objectContaining({
          postCode: 'QA-CT-UBND',
          fromDate: '2021-06-01',
          toDate: '2024-03-14',
          current: false,
        }),
      ]);
      const detail = await api.http().get(`/api/v1/cadres/${cadre.id}`);
      expect(detail.body.currentPost).toEqual({
        assignmentId: second.body.id,
        kind: 'rotation',
        postCode: 'TCNV-TP',
        postTitle: 'Trưởng phòng Tổ chức - Nội vụ',
        unitCode: 'DH-TCNV',
        unitName: 'Cơ quan Tổ chức - Nội vụ',
        fromDate: '2024-03-15',
      });
      expect(detail.body.assignments).toEqual(history.body);
      expect(codes((await api.http().get('/api/v1/cadres').query({ unitCode: 'DH-TCNV' })).body)).toEqual([
        'AS-1',
      ]);
      expect(codes((await api.http().get('/api/v1/cadres').query({ unitCode: 'DH-QA' })).body)).not.toContain(
        'AS-1',
      );
      expect(codes((await api.http().get('/api/v1/cadres').query({ postCode: 'TCNV-TP' })).body)).toEqual([
        'AS-1',
      ]);

      const [{ open }] = await api.db.dataSource.query(
        `SELECT count(*)::int AS open FROM assignment WHERE cadre_id = $1 AND to_date IS NULL`,
        [cadre.id],
      );
      expect(open).toBe(1);
      await expect(
        api.db.dataSource.query(
          `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
           SELECT cadre_id, kind, unit_id, post_id, '2025-01-01' FROM assignment WHERE cadre_id = $1 AND to_date IS NULL`,
          [cadre.id],
        ),
      ).rejects.toThrow(/uq_assignment_current/);
    });

    it('refuses a start not after the current one, overlaps, inactive cadres and posts, unknown posts', async () => {
      await create({ code: 'AS-2' });
      expect(
        (await assign('AS-2', { kind: 'appointment', postCode: 'QA-BT', fromDate: '2022-01-01' })).status,
      ).toBe(201);
      const early = await assign('AS-2', { kind: 'transfer', postCode: 'TCNV-TP', fromDate: '2022-01-01' });
      expect(early.status).toBe(400);
      expect(fields(early.body)).toEqual(['fromDate']);
      const overlap = await assign('AS-2', {
        kind: 'appointment',
        postCode: 'TCNV-TP',
        fromDate: '2021-06-01',
        toDate: '2022-01-01',
      });
      expect(overlap.status).toBe(409);
      expect(overlap.body).toMatchObject({
        code: 'overlap',
        params: { cadre: 'AS-2', post: 'QA-BT', from: '2022-01-01' },
        message:
          'Phân công này trùng thời gian với phân công của cán bộ AS-2 vào chức danh QA-BT (từ 01/01/2022 đến nay).',
      });
      const past = await assign('AS-2', {
        kind: 'appointment',
        postCode: 'TCNV-TP',
        fromDate: '2019-01-01',
        toDate: '2021-12-31',
      });
      expect(past.status).toBe(201);
      expect(past.body).toMatchObject({ current: false, toDate: '2021-12-31' });
      const backwards = await assign('AS-2', {
        kind: 'appointment',
        postCode: 'TCNV-TP',
        fromDate: '2018-01-01',
        toDate: '2017-01-01',
      });
      expect(fields(backwards.body)).toEqual(['toDate']);
      const unknown = await assign('AS-2', { kind: 'appointment', postCode: 'NOPE', fromDate: '2025-01-01' });
      expect(unknown.status).toBe(400);
      expect(fields(unknown.body)).toEqual(['postCode']);
      const badKind = await assign('AS-2', { kind: 'promotion', postCode: 'QA-BT', fromDate: '2025-13-01' });
      expect(fields(badKind.body).sort()).toEqual(['fromDate', 'kind']);
      expect(
        (await assign('NOPE', { kind: 'appointment', postCode: 'QA-BT', fromDate: '2025-01-01' })).status,
      ).toBe(404);

      const gone = await create({ code: 'AS-3' });
      await api.http().delete(`/api/v1/cadres/${gone.code}`);
      const inactive = await assign('AS-3', {
        kind: 'appointment',
        postCode: 'QA-BT',
        fromDate: '2025-01-01',
      });
      expect(inactive.status).toBe(409);
      expect(inactive.body.code).toBe('inactive_cadre');
      expect((await api.http().get('/api/v1/cadres/AS-2/assignments')).body).toHaveLength(2);
    });

    it('refuses to deactivate a post someone holds', async () => {
      const res = await api.http().delete('/api/v1/posts/QA-BT');
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/AS-2/);
    });

    it('a single-holder post held by another cadre takes no second holder: 409 naming the holder', async () => {
      await create({ code: 'AS-5' });
      const res = await assign('AS-5', { kind: 'appointment', postCode: 'TCNV-TP', fromDate: '2025-06-01' });
      expect(res.status).toBe(409);
      // In Vietnamese by default, the holder by name beside the code; the English kept as the reason.
      expect(res.body).toMatchObject({
        code: 'post_held',
        params: { post: 'TCNV-TP', holders: ['AS-1'], holderNames: ['Nguyễn Văn An'] },
        message:
          'Chức danh TCNV-TP chỉ có một người đảm nhiệm và đang do Nguyễn Văn An (AS-1) giữ: hãy kết thúc phân công đó trước.',
        reason: expect.stringContaining('is held by AS-1'),
      });
      const english = await api
        .http()
        .post('/api/v1/cadres/AS-5/assignments')
        .set('Accept-Language', 'en')
        .send({ kind: 'appointment', postCode: 'TCNV-TP', fromDate: '2025-06-01' });
      expect(english.body.message).toBe(
        'Post TCNV-TP has one holder and is held by Nguyễn Văn An (AS-1): end that assignment first.',
      );
      expect((await api.http().get('/api/v1/cadres/AS-5/assignments')).body).toEqual([]);
    });

    it('serialises concurrent new current assignments of one cadre: one stays open', async () => {
      const cadre = await create({ code: 'AS-4' });
      const results = await Promise.all(
        ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'].map((fromDate, i) =>
          assign('AS-4', { kind: 'appointment', postCode: i % 2 ? 'QA-CT-UBND' : 'QL-CT-UBND', fromDate }),
        ),
      );
      expect(results.every((r) => r.status === 201 || r.status === 400)).toBe(true);
      expect(results.some((r) => r.status === 201)).toBe(true);
      const history = (await api.http().get(`/api/v1/cadres/${cadre.code}/assignments`)).body;
      expect(history.filter((a: { current: boolean }) => a.current)).toHaveLength(1);
      expect(history).toHaveLength(results.filter((r) => r.status === 201).length);
      for (let i = 1; i < history.length; i++) expect(history[i].toDate < history[i - 1].fromDate).toBe(true);
    });
  });

  describe('a unit-scoped reader (cadre.unit_codes, kept from the assignments)', () => {
    const viewerOf = async (unitCode: string) => {
      const token = await signIn(api, `U-VIEW-${unitCode}`, ['viewer'], unitCode);
      return () => request.agent(api.app.getHttpServer()).set('authorization', `Bearer ${token}`);
    };
    const assign = (code: string, postCode: string, fromDate: string) =>
      api.http().post(`/api/v1/cadres/${code}/assignments`).send({ kind: 'appointment', postCode, fromDate });
    const scoped = (body: { items: { code: string }[] }) => codes(body).filter((c) => c.startsWith('SC-'));

    it('lists and finds, with or without diacritics, the cadres whose post is in the unit, and follows a move', async () => {
      for (const [code, title, unitCode] of [
        ['QA-VP', 'Văn phòng xã Quảng An', 'DH-QA'],
        ['QL-VP', 'Văn phòng xã Quảng Lâm', 'DH-QL'],
      ])
        expect(
          (await api.http().post('/api/v1/posts').send({ code, title, unitCode, standards: STANDARDS }))
            .status,
        ).toBe(201);
      await create({ code: 'SC-1', fullName: 'Đặng Thị Thu Hằng' });
      await create({ code: 'SC-2', fullName: 'Đặng Văn Hùng' });
      await create({ code: 'SC-3', fullName: 'Đặng Thị Mai' }); // never held a post
      expect((await assign('SC-1', 'QA-VP', '2020-01-01')).status).toBe(201);
      expect((await assign('SC-2', 'QL-VP', '2020-01-01')).status).toBe(201);
      const qa = await viewerOf('DH-QA');
      const ql = await viewerOf('DH-QL');
      const search = async (viewer: typeof qa, q: string) =>
        scoped((await viewer().get('/api/v1/cadres').query({ q, limit: 100 })).body);

      expect(await search(qa, 'Đặng')).toEqual(['SC-1']);
      expect(await search(qa, 'dang thi')).toEqual(['SC-1']);
      expect(await search(ql, 'ĐẶNG')).toEqual(['SC-2']);
      expect(scoped((await qa().get('/api/v1/cadres').query({ limit: 100 })).body)).toEqual(['SC-1']);

      // SC-1 moves to Quảng Lâm: Quảng An no longer reads them, Quảng Lâm does, in the list's order.
      expect((await assign('SC-1', 'QL-VP', '2025-01-01')).status).toBe(201);
      expect(await search(qa, 'dang')).toEqual([]);
      expect((await qa().get('/api/v1/cadres/SC-1')).status).toBe(404);
      expect(await search(ql, 'Đặng')).toEqual(['SC-1', 'SC-2']);
      const page = await ql().get('/api/v1/cadres').query({ q: 'dang', limit: 1 });
      expect(scoped(page.body)).toEqual(['SC-1']);
      const next = await ql()
        .get('/api/v1/cadres')
        .query({ q: 'dang', limit: 1, after: page.body.nextCursor });
      expect(scoped(next.body)).toEqual(['SC-2']);
      // The district's viewer reads both placed cadres; the registry editor the one never placed too.
      expect(await search(await viewerOf('DH'), 'đặng')).toEqual(['SC-1', 'SC-2']);
      expect(scoped((await api.http().get('/api/v1/cadres').query({ q: 'dang', limit: 100 })).body)).toEqual([
        'SC-3', // dang thi mai
        'SC-1', // dang thi thu hang
        'SC-2',
      ]);
    });
  });
});
