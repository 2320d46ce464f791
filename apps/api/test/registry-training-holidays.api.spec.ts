import { fields, startRegistryApi, type RegistryApi } from './registry-fixtures';
import { expectFieldProblems } from './coded-problems';

describe('registry API: training courses and public holidays', () => {
  let api: RegistryApi;
  beforeAll(async () => {
    api = await startRegistryApi('registry_training');
  }, 60_000);
  afterAll(() => api?.close());

  describe('training courses', () => {
    it('creates, reads, lists, searches, updates and deactivates', async () => {
      const created = await api
        .http()
        .post('/api/v1/training-courses')
        .send({ code: 'CT05', title: 'Bồi dưỡng Chỉ thị 05-CT/TW', hours: 16 });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'CT05', hours: 16, active: true, version: 1 });
      await api.http().post('/api/v1/training-courses').send({ code: 'QLNN', title: 'Quản lý nhà nước' });
      await api.http().post('/api/v1/training-courses').send({ code: 'LLCT', title: 'Lý luận chính trị' });

      expect((await api.http().get(`/api/v1/training-courses/${created.body.id}`)).body.code).toBe('CT05');
      const list = await api.http().get('/api/v1/training-courses').query({ limit: 2 });
      expect(list.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(list.body.items.map((c: { code: string }) => c.code)).toEqual(['CT05', 'LLCT']);
      const search = await api.http().get('/api/v1/training-courses').query({ q: 'ly luan' });
      expect(search.body.items.map((c: { code: string }) => c.code)).toEqual(['LLCT']);

      const updated = await api.http().patch('/api/v1/training-courses/QLNN').send({ version: 1, hours: 40 });
      expect(updated.body).toMatchObject({ hours: 40, version: 2 });
      const cleared = await api
        .http()
        .patch('/api/v1/training-courses/QLNN')
        .send({ version: 2, hours: null });
      expect(cleared.body).toMatchObject({ hours: null, version: 3 });
      const stale = await api.http().patch('/api/v1/training-courses/QLNN').send({ version: 2, title: 'x' });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/hãy tải lại rồi sửa lại\.$/);
      expect(stale.body.reason).toMatch(/reload/);

      const off = await api.http().delete('/api/v1/training-courses/LLCT');
      expect(off.body.active).toBe(false);
      const active = await api.http().get('/api/v1/training-courses').query({ active: true });
      expect(active.body.items.map((c: { code: string }) => c.code)).toEqual(['CT05', 'QLNN']);
    });

    it('answers 409 on a duplicate code, 404 on an unknown one, 400 naming bad fields', async () => {
      expect(
        (await api.http().post('/api/v1/training-courses').send({ code: 'CT05', title: 'x' })).status,
      ).toBe(409);
      expect((await api.http().get('/api/v1/training-courses/NOPE')).status).toBe(404);
      const bad = await api
        .http()
        .post('/api/v1/training-courses')
        .send({ code: 'C 1', title: '', hours: 0 });
      expect(bad.status).toBe(400);
      expect([...new Set(fields(bad.body))].sort()).toEqual(['code', 'hours', 'title']);
    });
  });

  describe('public holidays', () => {
    it('creates, reads, lists by year and range, renames with the version, deletes', async () => {
      for (const [date, name] of [
        ['2026-01-01', 'Tết Dương lịch'],
        ['2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)'],
        ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
        ['2025-09-02', 'Quốc khánh'],
      ]) {
        const res = await api.http().post('/api/v1/public-holidays').send({ date, name });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ date, name, version: 1 });
      }
      const year = await api.http().get('/api/v1/public-holidays').query({ year: 2026 });
      expect(year.body.items.map((h: { date: string }) => h.date)).toEqual([
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
      ]);
      expect(year.body.total).toBe(3);
      const range = await api
        .http()
        .get('/api/v1/public-holidays')
        .query({ from: '2026-02-01', to: '2026-02-16' });
      expect(range.body.items.map((h: { date: string }) => h.date)).toEqual(['2026-02-16']);

      expect((await api.http().get('/api/v1/public-holidays/2026-02-17')).body.name).toBe(
        'Tết Nguyên đán (mùng 1)',
      );
      const renamed = await api
        .http()
        .patch('/api/v1/public-holidays/2026-02-17')
        .send({ version: 1, name: 'Mùng 1 Tết' });
      expect(renamed.body).toMatchObject({ name: 'Mùng 1 Tết', version: 2 });
      expect(
        (await api.http().patch('/api/v1/public-holidays/2026-02-17').send({ version: 1, name: 'x' })).status,
      ).toBe(409);

      expect(
        (await api.http().delete('/api/v1/public-holidays/2026-02-17').query({ version: 1 })).status,
      ).toBe(409);
      expect(
        (await api.http().delete('/api/v1/public-holidays/2026-02-17').query({ version: 2 })).status,
      ).toBe(204);
      expect((await api.http().get('/api/v1/public-holidays/2026-02-17')).status).toBe(404);
      expect((await api.http().delete('/api/v1/public-holidays/2026-02-17')).status).toBe(404);
      expect((await api.http().delete('/api/v1/public-holidays/2025-09-02')).status).toBe(204);
    });

    it('takes a Saturday worked in a swap as kind working_day, lists by kind, refuses it on a weekday', async () => {
      const off = await api
        .http()
        .post('/api/v1/public-holidays')
        .send({ date: '2026-01-02', name: 'Nghỉ hoán đổi (bridge day off after New Year)' });
      expect(off.status).toBe(201);
      expect(off.body).toMatchObject({ date: '2026-01-02', kind: 'day_off', version: 1 });
      const worked = await api
        .http()
        .post('/api/v1/public-holidays')
        .send({ date: '2026-01-10', name: 'Ngày làm bù', kind: 'working_day' });
      expect(worked.status).toBe(201);
      expect(worked.body).toMatchObject({ date: '2026-01-10', name: 'Ngày làm bù', kind: 'working_day' });

      const byKind = await api.http().get('/api/v1/public-holidays').query({ kind: 'working_day' });
      expect(byKind.body.items.map((h: { date: string; kind: string }) => [h.date, h.kind])).toEqual([
        ['2026-01-10', 'working_day'],
      ]);
      expect((await api.http().get('/api/v1/public-holidays/2026-01-02')).body.kind).toBe('day_off');

      const onAFriday = await api
        .http()
        .post('/api/v1/public-holidays')
        .send({ date: '2026-01-09', name: 'x', kind: 'working_day' });
      expect(onAFriday.status).toBe(400);
      // The weekend rule coded with the day: Vietnamese by default, the domain's English words kept.
      const reason = 'a swapped working day must be a Saturday or Sunday, and 2026-01-09 is a weekday';
      expect(onAFriday.body.details).toEqual([
        {
          field: 'kind',
          code: 'weekday_working_day',
          params: { date: '2026-01-09' },
          problem:
            'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 09/01/2026 là ngày thường, vốn đã là ngày làm việc.',
          reason,
        },
      ]);
      const inEnglish = await api
        .http()
        .post('/api/v1/public-holidays')
        .set('Accept-Language', 'en')
        .send({ date: '2026-01-09', name: 'x', kind: 'working_day' });
      expect(inEnglish.body.details).toEqual([
        {
          field: 'kind',
          code: 'weekday_working_day',
          params: { date: '2026-01-09' },
          problem: reason,
          reason,
        },
      ]);
      expect((await api.http().get('/api/v1/public-holidays/2026-01-09')).status).toBe(404);
      const badDay = await api.http().get('/api/v1/public-holidays/2026-02-30');
      expect(badDay.body.details).toEqual([
        expect.objectContaining({
          field: 'date',
          code: 'not_date',
          problem: 'Trường date phải là ngày hợp lệ, viết dạng YYYY-MM-DD.',
        }),
      ]);

      const toWorked = await api
        .http()
        .patch('/api/v1/public-holidays/2026-01-02')
        .send({ version: 1, kind: 'working_day' });
      expect(toWorked.status).toBe(400);
      expect(fields(toWorked.body)).toEqual(['kind']);
      expect((await api.http().get('/api/v1/public-holidays/2026-01-02')).body).toMatchObject({
        kind: 'day_off',
        version: 1,
      });

      const backToOff = await api
        .http()
        .patch('/api/v1/public-holidays/2026-01-10')
        .send({ version: 1, kind: 'day_off' });
      expect(backToOff.body).toMatchObject({ kind: 'day_off', version: 2 });

      const unknown = await api
        .http()
        .post('/api/v1/public-holidays')
        .send({ date: '2026-01-17', name: 'x', kind: 'half_day' });
      expectFieldProblems(unknown, [
        {
          field: 'kind',
          code: 'not_one_of',
          params: { allowed: ['day_off', 'working_day'] },
          problem: 'Trường kind phải là một trong: day_off, working_day.',
          reason: 'kind must be one of: day_off, working_day',
        },
      ]);
      expect(
        fields((await api.http().get('/api/v1/public-holidays').query({ kind: 'holiday' })).body),
      ).toEqual(['kind']);

      for (const [date, version] of [
        ['2026-01-02', 1],
        ['2026-01-10', 2],
      ] as const)
        expect((await api.http().delete(`/api/v1/public-holidays/${date}`).query({ version })).status).toBe(
          204,
        );
    });

    it('refuses a second holiday on the same day, bad dates and unknown fields by name', async () => {
      expect(
        (await api.http().post('/api/v1/public-holidays').send({ date: '2026-01-01', name: 'x' })).status,
      ).toBe(409);
      const bad = await api
        .http()
        .post('/api/v1/public-holidays')
        .send({ date: '2026-02-30', name: '', day: 1 });
      expect(bad.status).toBe(400);
      expect(fields(bad.body).sort()).toEqual(['date', 'day', 'name']);
      const badPath = await api.http().get('/api/v1/public-holidays/tomorrow');
      expect(badPath.status).toBe(400);
      expect(fields(badPath.body)).toEqual(['date']);
      expect((await api.http().get('/api/v1/public-holidays/2026-03-01')).status).toBe(404);
      const badQuery = await api.http().get('/api/v1/public-holidays').query({ year: 'next' });
      expect(fields(badQuery.body)).toContain('year');
    });
  });
});
