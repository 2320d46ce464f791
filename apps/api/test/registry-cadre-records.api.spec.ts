import {
  createCadre,
  fields,
  seedOrganisation,
  startRegistryApi,
  type RegistryApi,
} from './registry-fixtures';

/** Who approved an imported planning entry, as the registry requires. */
const APPROVAL = { approvedBy: 'Ban Thường vụ Huyện ủy', decisionRef: '15-QĐ/HU' };

/** A cadre's own records: evaluations, discipline, training completions and planning entries. */
describe('registry API: a cadre’s records', () => {
  let api: RegistryApi;
  const create = (overrides: Record<string, unknown> = {}) => createCadre(api, overrides);

  beforeAll(async () => {
    api = await startRegistryApi('registry_cadre_records');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  describe('evaluations, discipline, training, planning', () => {
    it('records each, refuses duplicates with 409 and bad fields with 400, and shows them in the detail', async () => {
      const cadre = await create({ code: 'RC-1' });
      const path = (sub: string) => `/api/v1/cadres/${cadre.code}/${sub}`;

      expect((await api.http().post(path('evaluations')).send({ year: 2023, rating: 'good' })).status).toBe(
        201,
      );
      expect(
        (await api.http().post(path('evaluations')).send({ year: 2024, rating: 'excellent' })).status,
      ).toBe(201);
      const dupYear = await api.http().post(path('evaluations')).send({ year: 2024, rating: 'good' });
      expect(dupYear.status).toBe(409);
      expect(dupYear.body.message).toMatch(/2024/);
      const badEval = await api.http().post(path('evaluations')).send({ year: 3000, rating: 'great' });
      expect(fields(badEval.body).sort()).toEqual(['rating', 'year']);
      const future = await api
        .http()
        .post(path('evaluations'))
        .send({ year: new Date().getFullYear() + 1, rating: 'good' });
      expect(fields(future.body)).toEqual(['year']);
      const thisYear = new Date().getFullYear();
      expect(future.body.details).toEqual([
        {
          field: 'year',
          code: 'after_this_year',
          params: { year: thisYear },
          problem: `Trường year không được sau năm nay (${thisYear}).`,
          reason: `year must not be after ${thisYear}`,
        },
      ]);
      const futureInEnglish = await api
        .http()
        .post(path('evaluations'))
        .set('Accept-Language', 'en')
        .send({ year: thisYear + 1, rating: 'good' });
      expect(futureInEnglish.body.details[0]).toMatchObject({
        code: 'after_this_year',
        problem: `year must not be after ${thisYear}`,
      });

      const discipline = await api
        .http()
        .post(path('disciplines'))
        .send({ form: 'reprimand', decidedAt: '2023-04-10', reason: 'Vi phạm quy chế' });
      expect(discipline.status).toBe(201);
      expect(discipline.body).toMatchObject({ form: 'reprimand', decidedAt: '2023-04-10' });
      const badDiscipline = await api
        .http()
        .post(path('disciplines'))
        .send({ form: 'fine', decidedAt: 'yesterday' });
      expect([...new Set(fields(badDiscipline.body))].sort()).toEqual(['decidedAt', 'form', 'reason']);

      const done = await api
        .http()
        .post(path('training-completions'))
        .send({ courseCode: 'CT05', completedAt: '2024-09-20' });
      expect(done.status).toBe(201);
      expect(done.body).toMatchObject({ courseCode: 'CT05', courseTitle: 'Bồi dưỡng Chỉ thị 05-CT/TW' });
      const again = await api
        .http()
        .post(path('training-completions'))
        .send({ courseCode: 'CT05', completedAt: '2024-10-01' });
      expect(again.status).toBe(409);
      const noCourse = await api
        .http()
        .post(path('training-completions'))
        .send({ courseCode: 'NOPE', completedAt: '2024-10-01' });
      expect(noCourse.status).toBe(400);
      expect(fields(noCourse.body)).toEqual(['courseCode']);

      // The planning rules apply to an import too: the reprimand's cool-off runs until 2025-04-10.
      const coolingOff = await api
        .http()
        .post(path('planning-entries'))
        .send({ postCode: 'QA-CT-UBND', term: '2025-2030', fromDate: '2025-03-01', ...APPROVAL });
      expect(coolingOff.status).toBe(422);
      expect(coolingOff.body).toMatchObject({
        code: 'ineligible',
        params: { rules: ['discipline_cooloff'] },
        message: 'Chưa đủ tiêu chuẩn, điều kiện theo quy định.',
      });
      expect(coolingOff.body.reason).toMatch(/discipline_cooloff.*2025-04-10/);
      // Each failed check carries its sentence code and ISO dates for the panel to write.
      expect(coolingOff.body.checks[0]).toMatchObject({
        code: 'discipline_cooloff.running',
        params: expect.objectContaining({ endsOn: '2025-04-10' }),
      });
      const planned = await api
        .http()
        .post(path('planning-entries'))
        .send({ postCode: 'QA-CT-UBND', term: '2025-2030', fromDate: '2025-05-01', ...APPROVAL });
      expect(planned.status).toBe(201);
      expect(planned.body).toMatchObject({
        postCode: 'QA-CT-UBND',
        term: '2025-2030',
        toDate: null,
        ...APPROVAL,
      });
      const twice = await api
        .http()
        .post(path('planning-entries'))
        .send({ postCode: 'QA-CT-UBND', term: '2025-2030', fromDate: '2025-06-01', ...APPROVAL });
      expect(twice.status).toBe(409);
      const badTerm = await api
        .http()
        .post(path('planning-entries'))
        .send({ postCode: 'QA-CT-UBND', term: '2030-2025', fromDate: '2025-04-01', ...APPROVAL });
      expect(fields(badTerm.body)).toEqual(['term']);
      expect(badTerm.body.details).toEqual([
        {
          field: 'term',
          code: 'term_backwards',
          params: {},
          problem: 'Trường term: nhiệm kỳ phải kết thúc sau khi bắt đầu, ví dụ 2025-2030.',
          reason: 'term must end after it starts, e.g. 2025-2030',
        },
      ]);
      const badTermInEnglish = await api
        .http()
        .post(path('planning-entries'))
        .set('Accept-Language', 'en')
        .send({ postCode: 'QA-CT-UBND', term: '2030-2025', fromDate: '2025-04-01', ...APPROVAL });
      expect(badTermInEnglish.body.details[0]).toMatchObject({
        code: 'term_backwards',
        problem: 'term must end after it starts, e.g. 2025-2030',
      });
      const noPost = await api
        .http()
        .post(path('planning-entries'))
        .send({ postCode: 'NOPE', term: '2025-2030', fromDate: '2025-04-01', ...APPROVAL });
      expect(fields(noPost.body)).toEqual(['postCode']);

      const detail = (await api.http().get(`/api/v1/cadres/${cadre.code}`)).body;
      expect(detail.evaluations.map((e: { year: number }) => e.year)).toEqual([2024, 2023]);
      expect(detail.disciplines).toEqual([discipline.body]);
      expect(detail.trainingCompletions).toEqual([done.body]);
      expect(detail.planningEntries).toEqual([planned.body]);
      expect((await api.http().get(path('evaluations'))).body).toEqual(detail.evaluations);
      expect((await api.http().get(path('disciplines'))).body).toEqual(detail.disciplines);
      expect((await api.http().get(path('training-completions'))).body).toEqual(detail.trainingCompletions);
      expect((await api.http().get(path('planning-entries'))).body).toEqual(detail.planningEntries);
      expect((await api.http().get('/api/v1/cadres/NOPE/evaluations')).status).toBe(404);
    });
  });
});
