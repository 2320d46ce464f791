import request from 'supertest';
import { startRegistryApi, seedOrganisation, type RegistryApi } from './registry-fixtures';

const fields = (body: { details?: { field: string }[] }) => [
  ...new Set((body.details ?? []).map((d) => d.field)),
];

/**
 * Inputs that used to reach a query or a service and answer 500 (a fuzzer's findings): each is a 4xx
 * naming the problem now, before anything runs.
 */
describe('hostile input answers 4xx, never 500', () => {
  let api: RegistryApi;
  const server = () => api.app.getHttpServer();

  beforeAll(async () => {
    api = await startRegistryApi('hostile_input');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  it('refuses an offset past any page and a version past int4, naming the field', async () => {
    const offset = await api.http().get('/api/v1/cadres?offset=100000000000000000000');
    expect(offset.status).toBe(400);
    expect(fields(offset.body)).toEqual(['offset']);
    const plans = await api.http().get('/api/v1/plans?offset=9223372036854775808');
    expect(plans.status).toBe(400);
    expect(fields(plans.body)).toEqual(['offset']);
    const post = (await api.http().get('/api/v1/posts/QA-CT-UBND')).body;
    const version = await api
      .http()
      .patch('/api/v1/posts/QA-CT-UBND')
      .send({ version: 2 ** 40, title: post.title });
    expect(version.status).toBe(400);
    expect(fields(version.body)).toEqual(['version']);
  });

  it('refuses a NUL character in a query and in a body, naming the field', async () => {
    const q = await api.http().get('/api/v1/cadres').query({ q: 'Quảng\u0000An' });
    expect(q.status).toBe(400);
    expect(fields(q.body)).toEqual(['q']);
    const post = (await api.http().get('/api/v1/posts/QA-CT-UBND')).body;
    const title = await api
      .http()
      .patch('/api/v1/posts/QA-CT-UBND')
      .send({ version: post.version, title: 'Chủ\u0000tịch' });
    expect(title.status).toBe(400);
    expect(fields(title.body)).toEqual(['title']);
  });

  it('codes a NUL character, written in Vietnamese by default and in English for Accept-Language: en', async () => {
    const vi = await api.http().get('/api/v1/cadres').query({ q: 'Quảng\u0000An' });
    expect(vi.body.details).toEqual([
      {
        field: 'q',
        code: 'nul_character',
        params: {},
        problem: 'Trường q không được chứa ký tự NUL.',
        reason: 'must not contain a NUL character',
      },
    ]);
    const en = await api
      .http()
      .get('/api/v1/cadres')
      .set('Accept-Language', 'en')
      .query({ q: 'Quảng\u0000An' });
    expect(en.body.details).toEqual([
      {
        field: 'q',
        code: 'nul_character',
        params: {},
        problem: 'must not contain a NUL character',
        reason: 'must not contain a NUL character',
      },
    ]);
  });

  it('refuses JSON nested past the limit before validation recurses into it', async () => {
    // Written out by hand: JSON.stringify itself would overflow on it.
    const nested = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    const res = await request(server())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(`{"username":${nested},"password":"x"}`);
    expect(res.status).toBe(400);
    expect(res.body.reason).toMatch(/nested deeper than 32 levels/);
    expect(res.body.message).toMatch(/^Dữ liệu chưa hợp lệ ở trường: username/);
    const [detail] = res.body.details;
    expect(detail).toMatchObject({ code: 'nested_too_deep', params: { max: 32 } });
    expect(detail.problem).toBe(`Trường ${detail.field} lồng nhau quá 32 cấp.`);
    const en = await request(server())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .set('accept-language', 'en')
      .send(`{"username":${nested},"password":"x"}`);
    expect(en.body.details[0]).toMatchObject({
      code: 'nested_too_deep',
      params: { max: 32 },
      problem: 'is nested deeper than 32 levels',
    });
  });

  it('refuses a bearer token whose header or payload decodes to null, without signing in', async () => {
    const nul = Buffer.from('null').toString('base64url');
    for (const token of [
      `${nul}.${nul}.sig`,
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${nul}.sig`,
    ]) {
      const res = await request(server()).get('/api/v1/cadres').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
    }
  });

  it('refuses a body whose Content-Encoding does not match it', async () => {
    const body = JSON.stringify({ username: 'nobody', password: 'wrong' });
    const mismatched = await request(server())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send(body);
    expect(mismatched.status).toBe(400);
    // Coded, written in Vietnamese by default, the English words kept as the reason.
    expect(mismatched.body).toMatchObject({
      code: expect.stringMatching(/^(body_unreadable|body_not_json)$/),
      message: expect.stringMatching(/^(Không đọc được nội dung yêu cầu|Nội dung yêu cầu không phải JSON)/),
      reason: expect.stringMatching(/could not be read|not valid/),
    });
    const inEnglish = await request(server())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .set('accept-language', 'en')
      .send(body);
    expect(inEnglish.body.message).toMatch(/could not be read|not valid/);
  });

  it('refuses a conference body given as an array, naming the field', async () => {
    const res = await (await api.as(['hr_officer'])).post('/api/v1/plans').send({
      unitCode: 'DH',
      term: '2025-2030',
      keyCadre: [{ summonedIds: ['U-1'], secretaryId: 'U-1', headId: 'U-1' }],
      collective: { summonedIds: ['U-1'], secretaryId: 'U-1', headId: 'U-1' },
      signerId: 'U-2',
    });
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain('keyCadre');
  });

  it('refuses a document name with bidirectional controls, which would disguise its extension', async () => {
    const upload = async (fileName: string) =>
      (await api.as(['hr_officer']))
        .post('/api/v1/documents')
        .query({ kind: 'other', fileName })
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from('%PDF-1.4'));
    const disguised = await upload('so-yeu-ly-lich\u202Efdp.exe');
    expect(disguised.status).toBe(400);
    expect(fields(disguised.body)).toEqual(['fileName']);
    expect((await upload('so-yeu-ly-lich.pdf')).status).toBe(201);
  });

  it('answers 415 to a JSON route given another type, and leaves the CSV import and uploads their own', async () => {
    const form = await (
      await api.as(['hr_officer'])
    )
      .post('/api/v1/units')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('code=X&name=Y');
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({
      code: 'json_only',
      params: { type: 'application/x-www-form-urlencoded' },
      message:
        'Đường dẫn này nhận JSON: hãy gửi nội dung dạng application/json, không phải application/x-www-form-urlencoded.',
      reason:
        'This route takes JSON: send the body as application/json, not application/x-www-form-urlencoded',
    });
    const formInEnglish = await (
      await api.as(['hr_officer'])
    )
      .post('/api/v1/units')
      .set('content-type', 'application/x-www-form-urlencoded')
      .set('accept-language', 'en')
      .send('code=X&name=Y');
    expect(formInEnglish.body.message).toBe(
      'This route takes JSON: send the body as application/json, not application/x-www-form-urlencoded.',
    );
    const csv = await api
      .http()
      .post('/api/v1/cadres/import')
      .set('content-type', 'text/csv')
      .send('code\r\n');
    expect(csv.status).not.toBe(415);
  });

  it('checks the token of an upload before reading its bytes: a stranger’s 21 MB gets 401, not 413', async () => {
    const res = await request(server())
      .post('/api/v1/documents')
      .query({ kind: 'cv', fileName: 'x.pdf' })
      .set('content-type', 'application/octet-stream')
      .send(Buffer.alloc(21 * 1024 * 1024))
      .catch((error: { response?: request.Response }) => {
        // The API may close the connection before the client has sent everything.
        if (error.response) return error.response;
        throw error;
      });
    expect(res.status).toBe(401);
  });
});
