import { startRegistryApi, type RegistryApi } from './registry-fixtures';

describe('registry API: who may read and who may change', () => {
  let api: RegistryApi;
  beforeAll(async () => {
    api = await startRegistryApi('registry_auth');
    expect(
      (
        await api
          .http()
          .post('/api/v1/units')
          .send({ code: 'DH', name: 'Huyện Đầm Hà', level: 'district', localityCode: 'QN-DH' })
      ).status,
    ).toBe(201);
  }, 60_000);
  afterAll(() => api?.close());

  it('answers 401 without a token, for reads and writes alike', async () => {
    const anonymous = await api.as('anonymous');
    for (const res of [
      await anonymous.get('/api/v1/units'),
      await anonymous.get('/api/v1/cadres/CB-1'),
      await anonymous
        .post('/api/v1/units')
        .send({ code: 'X', name: 'x', level: 'commune', localityCode: 'X' }),
      await anonymous.post('/api/v1/eligibility').send({ cadreId: 'C', postId: 'P', kind: 'planning' }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/Sign in/);
    }
    expect((await api.http().get('/api/v1/units/X')).status).toBe(404);
  });

  it('lets any signed-in user read and ask for eligibility, but only editors change or export', async () => {
    const viewer = await api.as(['viewer']);
    expect((await viewer.get('/api/v1/units/DH')).status).toBe(200);
    expect((await viewer.get('/api/v1/cadres')).status).toBe(200);
    expect(
      (await viewer.post('/api/v1/eligibility').send({ cadreId: 'C', postId: 'P', kind: 'planning' })).status,
    ).toBe(404);
    const refused = [
      await viewer.post('/api/v1/units').send({ code: 'X', name: 'x', level: 'commune', localityCode: 'X' }),
      await viewer.patch('/api/v1/units/DH').send({ version: 1, name: 'x' }),
      await viewer.delete('/api/v1/units/DH'),
      await viewer.get('/api/v1/cadres/export'),
      await viewer.post('/api/v1/cadres/import').set('content-type', 'text/csv').send('code\n'),
      await viewer.post('/api/v1/cadres/CB-1/evaluations').send({ year: 2024, rating: 'good' }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/hr_officer or org_office/);
    }
    expect((await api.http().get('/api/v1/units/DH')).body).toMatchObject({
      name: 'Huyện Đầm Hà',
      version: 1,
    });
  });

  it('lets the organisation office and admins change the registry', async () => {
    const org = await api.as(['org_office']);
    const res = await org.patch('/api/v1/units/DH').send({ version: 1, name: 'Huyện Đầm Hà (TCNV)' });
    expect(res.status).toBe(200);
    const admin = await api.as(['admin']);
    expect(
      (await admin.post('/api/v1/training-courses').send({ code: 'CT05', title: 'Chỉ thị 05' })).status,
    ).toBe(201);
  });
});
