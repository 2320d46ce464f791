import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { proposeAppointment, seedDirectory, seedRegistry } from './appointment-fixtures';

/** Dossier documents over HTTP: upload, download checked against the hash, roles, limits, citation. */
describe('documents API (real Temporal, Postgres and worker, documents as large objects)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[]) => authHeaders(api, username, roles);
  const hr = () => auth('U-HR', ['hr_officer']);
  const propose = (over: Record<string, unknown>) => proposeAppointment(api, over);

  beforeAll(async () => {
    api = await startApiWithWorker({ DOCUMENT_STORE: 'pg' });
    // Suites share the Temporal server and a workflow id names the post: a post of this suite's own.
    await seedRegistry(api, ['QA-DOC-1']);
    await seedDirectory(api);
  }, 90_000);
  afterAll(() => api?.close());

  const content = Buffer.from('%PDF-1.4 sơ yếu lý lịch\n');
  const upload = async (headers: Record<string, string>, bytes = content) =>
    request(server())
      .post('/api/v1/documents')
      .query({ kind: 'cv', fileName: 'so-yeu-ly-lich.pdf', cadreId: 'CB-A1', issuedOn: '2026-01-05' })
      .set(headers)
      .set('content-type', 'application/pdf')
      .send(bytes);

  it('stores, serves with its digest, and refuses an altered file with 409 document_altered', async () => {
    const stored = await upload(await hr());
    expect(stored.status).toBe(201);
    const sha = require('node:crypto').createHash('sha256').update(content).digest('hex');
    expect(stored.body).toMatchObject({
      kind: 'cv',
      cadreId: 'CB-A1',
      issuedOn: '2026-01-05',
      sizeBytes: content.length,
      sha256: sha,
      uploadedBy: 'U-HR',
    });

    const reader = await auth('U-DOC-VIEW', ['viewer']);
    const got = await request(server())
      .get(`/api/v1/documents/${stored.body.id}`)
      .set(reader)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
    expect(got.headers['content-type']).toMatch(/application\/pdf/);
    expect(got.headers['x-content-sha256']).toBe(sha);
    expect(got.headers.digest).toBe(`sha-256=${Buffer.from(sha, 'hex').toString('base64')}`);
    const meta = await request(server()).get(`/api/v1/documents/${stored.body.id}/meta`).set(reader);
    expect(meta.body).toMatchObject({ id: stored.body.id, sha256: sha });

    await api.db.dataSource.query(
      `SELECT lo_put(large_object_oid, 0, '\\x58'::bytea) FROM dossier_document WHERE id = $1`,
      [stored.body.id],
    );
    const altered = await request(server()).get(`/api/v1/documents/${stored.body.id}`).set(reader);
    expect(altered.status).toBe(409);
    expect(altered.body.code).toBe('document_altered');
  });

  it('takes uploads from HR and the organisation office only, up to 20 MB, and names bad query fields', async () => {
    expect((await upload(await auth('U-DOC-VIEW', ['viewer']))).status).toBe(403);
    expect((await upload(await auth('U-DOC-ORG', ['org_office']))).status).toBe(201);
    const big = await upload(await hr(), Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      code: 'document_too_large',
      params: { limitMb: 20 },
      message: 'Tài liệu lớn hơn 20 MB.',
      reason: 'The document is larger than 20 MB',
    });
    const bad = await request(server())
      .post('/api/v1/documents')
      .query({ kind: 'novel', fileName: 'a/b' })
      .set(await hr())
      .send(content);
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['fileName', 'kind']);
    const notAnId = await request(server())
      .get('/api/v1/documents/not-a-uuid')
      .set(await hr());
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.details).toEqual([
      {
        field: 'id',
        code: 'not_uuid',
        params: {},
        problem: 'Trường id phải là một UUID.',
        reason: 'must be a document id (UUID)',
      },
    ]);
    const empty = await upload(await hr(), Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([
      {
        field: 'body',
        code: 'empty_file',
        params: {},
        problem: 'Trường body phải là nội dung tệp tài liệu (không được rỗng).',
        reason: 'must be the document bytes (not empty)',
      },
    ]);
    const emptyInEnglish = await upload({ ...(await hr()), 'accept-language': 'en' }, Buffer.alloc(0));
    expect(emptyInEnglish.body.details[0]).toMatchObject({
      code: 'empty_file',
      problem: 'must be the document bytes (not empty)',
    });
    expect(
      (
        await request(server())
          .get('/api/v1/documents/00000000-0000-4000-8000-000000000000')
          .set(await hr())
      ).status,
    ).toBe(404);
  });

  it('an appointment carries the references of its documents', async () => {
    const stored = await upload(await hr());
    const res = await propose({ postId: 'QA-DOC-1', documentIds: [stored.body.id] });
    expect(res.status).toBe(201);
  });
});
