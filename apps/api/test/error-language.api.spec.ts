import request from 'supertest';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { APPOINTMENTS, appointmentBody, seedDirectory, seedRegistry } from './appointment-fixtures';

/**
 * Refusals and validation errors are written in the request's language (Accept-Language, Vietnamese by
 * default) from their code and params; the server's English words stay as `reason`.
 */
describe('errors in the user’s language (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  let path: string;

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRegistry(api);
    await seedDirectory(api);
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await authHeaders(api, 'U-HR', ['hr_officer'], 'DH'))
      .send(appointmentBody({ postId: 'QA-CT-1' }));
    expect(started.status).toBe(201);
    path = `${APPOINTMENTS}/QA-CT-1/1`;
  }, 90_000);
  afterAll(() => api?.close());

  // Signing before the procedure reaches its decision: the workflow refuses (wrong_stage).
  const signEarly = async (language?: string) => {
    const req = request(server())
      .post(`${path}/decision`)
      .set(await authHeaders(api, 'U-LEAD', ['leader'], 'DH'));
    if (language) req.set('accept-language', language);
    return req.send({ number: '12/QĐ-UBND', effectiveDate: '2030-01-01' });
  };

  it('writes a workflow refusal in Vietnamese by default, keeping its code and English reason', async () => {
    const res = await signEarly();
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'wrong_stage',
      params: {},
      message: 'Quy trình không ở bước cho phép thao tác này.',
      reason: 'no decision is waiting to be signed',
    });
  });

  it('writes it in English for Accept-Language: en (and en-US, and a preference for en over vi)', async () => {
    for (const language of ['en', 'en-US,en;q=0.9', 'vi;q=0.3, en;q=0.8']) {
      const res = await signEarly(language);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'wrong_stage',
        message: 'The procedure is not at a step that allows this.',
      });
    }
  });

  it('falls back to Vietnamese for a language it does not write', async () => {
    const res = await signEarly('fr-FR');
    expect(res.body.message).toBe('Quy trình không ở bước cho phép thao tác này.');
  });

  it('names the fields of a validation error in the user’s language', async () => {
    const bad = () =>
      request(server()).post(`${path}/decision`).set('authorization', `Bearer ${'x'}`).send({});
    // Signed in, a body missing both fields.
    const signedIn = await authHeaders(api, 'U-LEAD', ['leader'], 'DH');
    const vi = await request(server()).post(`${path}/decision`).set(signedIn).send({});
    expect(vi.status).toBe(400);
    expect(vi.body.code).toBe('invalid_request');
    expect(vi.body.params.fields).toEqual(expect.arrayContaining(['number', 'effectiveDate']));
    expect(vi.body.message).toMatch(/^Dữ liệu chưa hợp lệ ở trường: .*number/);
    expect(vi.body.details.map((d: { field: string }) => d.field)).toContain('number');
    expect(vi.body.reason).toMatch(/^Invalid request/);
    const en = await request(server())
      .post(`${path}/decision`)
      .set(signedIn)
      .set('accept-language', 'en')
      .send({});
    expect(en.body.message).toMatch(/^Invalid fields: .*number/);
    // A bad token: the guard answers first, in its own words.
    expect((await bad()).status).toBe(401);
  });
});
