import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readApiConfig } from '@personnel/config';
import type { OfficialDocumentList } from '@personnel/contracts';
import {
  createTestDatabase,
  temporalTestAddress,
  writeDocumentJournal,
} from '@personnel/persistence/testing';
import { appointmentFacts, FIXTURE_NAMES } from '@personnel/domain/testing';
import { pdfText } from '@personnel/documents/testing';
import { addLocalUsers, authHeaders, startApp, type ApiUnderTest } from './api-harness';

const SIGNED = 'appointment/QA-CT/1';
const UNSIGNED = 'appointment/QA-CT/2';
const docs = (id: string) => `/api/v1/procedures/${id}/documents`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Reads need no worker: the journal is written here as the kernel's journal writer writes it. */
describe('official documents of a procedure: list, preview, download (real Postgres)', () => {
  let api: ApiUnderTest;
  let dir: string;
  const server = () => api.app.getHttpServer();
  const auth = (username = 'reader', unitCode: string | null = 'DH') =>
    authHeaders(api, username, ['viewer'], unitCode);

  beforeAll(async () => {
    const db = await createTestDatabase('api_official_documents');
    dir = await mkdtemp(join(tmpdir(), 'api-official-documents-'));
    const config = readApiConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporalTestAddress(),
      LOG_LEVEL: 'warn',
      DOCUMENT_DIR: dir,
    });
    const app = await startApp(config);
    api = { app, db, close: async () => (await app.close(), await db.drop()) };
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('QN', 'Tỉnh Quảng Ninh', 'province', 'QN')`,
    );
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH', 'Huyện Đầm Hà', 'district', id, 'QN-DH' FROM unit WHERE code = 'QN'`);
    await q(`INSERT INTO unit (code, name, level, parent_id, locality_code)
             SELECT 'DH-QA', 'Xã Quảng An', 'commune', id, 'QN-DH-QA' FROM unit WHERE code = 'DH'`);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('TY', 'Huyện Tiên Yên', 'district', 'QN-TY')`,
    );
    for (const [code, title] of [
      ['QA-CT', 'Chủ tịch UBND'],
      ['QA-PCT', 'Phó Chủ tịch UBND'],
    ])
      await q(
        `INSERT INTO post (code, title, unit_id, level, is_head, standards)
         SELECT $1, $2, id, 'commune', $3, '{}'::jsonb FROM unit WHERE code = 'DH-QA'`,
        [code, title, code === 'QA-CT'],
      );
    await q(`INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
                                education, political_theory, state_management, party_member, status)
             VALUES ('CB001', 'Nguyễn Văn An', 'nguyen van an', 'male', '1984-03-07', 'QN-DH-QA', 'Kinh',
                     'Đại học Luật', 'Cao cấp', 'Chuyên viên chính', true, 'active'),
                    ('CB002', 'Đặng Thị Thu', 'dang thi thu', 'female', '1988-11-20', 'QN-DH-QA', 'Tày',
                     'Thạc sĩ Quản lý công', 'Trung cấp', 'Chuyên viên', true, 'active')`);
    await q(`INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date, decision_ref)
             SELECT c.id, 'appointment', p.unit_id, p.id, '2020-01-01', '15/QĐ-UBND'
               FROM cadre c, post p WHERE c.code = 'CB001' AND p.code = 'QA-PCT'`);
    await addLocalUsers(
      { db },
      ['hr.tuan', 'chu.tich', 'thu.ky', 'U-M1', 'U-M2', 'U-M3', 'U-M4', 'U-M5'].map((username) => ({
        username,
        fullName: FIXTURE_NAMES[username],
        roles: ['viewer'],
        unitCode: 'DH',
        cadreId: null,
      })),
      'test-password',
    );
    await writeDocumentJournal(db.dataSource, appointmentFacts());
    await writeDocumentJournal(db.dataSource, appointmentFacts({ signed: false, n: 2 }));
    // A database, its migrations and an app: about 10 s alone, over 30 s on a loaded machine.
  }, 90_000);
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const list = async (id: string): Promise<OfficialDocumentList> => {
    const res = await request(server())
      .get(docs(id))
      .set(await auth());
    expect(res.status).toBe(200);
    return res.body as OfficialDocumentList;
  };
  const pdf = async (path: string) =>
    request(server())
      .get(path)
      .set(await auth())
      .buffer(true)
      .parse(binary);

  it('lists every paper of a signed appointment, each issued once with its size, SHA-256 and step', async () => {
    const body = await list(SIGNED);
    expect(body.documents.map((d) => [d.key, d.kind, d.state])).toEqual([
      ['submission', 'submission', 'issued'],
      ['cv_2c.CB001', 'cv_2c', 'issued'],
      ['cv_2c.CB002', 'cv_2c', 'issued'],
      ['conference_minutes.0', 'conference_minutes', 'issued'],
      ['ballot_count.0', 'ballot_count', 'issued'],
      ['decision', 'decision', 'issued'],
    ]);
    const decision = body.documents.find((d) => d.key === 'decision');
    expect(decision).toMatchObject({
      title: 'Quyết định bổ nhiệm',
      stepKey: '5/appointed',
      previewPath: `/api/v1/procedures/${SIGNED}/documents/decision`,
      downloadPath: `/api/v1/procedures/${SIGNED}/documents/decision/download`,
    });
    expect(decision?.sizeBytes).toBeGreaterThan(1000);
    expect(decision?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Listed again and fetched at once from several requests: still one stored paper per key.
    const [again] = await Promise.all([
      list(SIGNED),
      ...[1, 2, 3].map(() => pdf(`${docs(SIGNED)}/decision`)),
    ]);
    expect(again.documents.map((d) => d.sha256)).toEqual(body.documents.map((d) => d.sha256));
    const [{ n }] = await api.db.dataSource.query(
      'SELECT count(*)::int AS n FROM official_document WHERE workflow_id = $1',
      [SIGNED],
    );
    expect(n).toBe(6);
  });

  it('downloads the decision as the stored PDF: number, signer, names from the registry, hash in the headers', async () => {
    const listed = (await list(SIGNED)).documents.find((d) => d.key === 'decision');
    const res = await pdf(`${docs(SIGNED)}/decision/download`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''appointment-QA-CT-1-decision.pdf",
    );
    expect(res.headers['x-document-state']).toBe('issued');
    const body = res.body as Buffer;
    expect(sha(body)).toBe(listed?.sha256);
    expect(res.headers['x-content-sha256']).toBe(listed?.sha256);
    const text = (await pdfText(body)).join('\n');
    expect(text).toContain('Số: 123/QĐ-UBND');
    expect(text).toContain('Bổ nhiệm ông Nguyễn Văn An, sinh ngày 07/03/1984');
    expect(text).toContain('Lê Văn Hải');
    const preview = await pdf(`${docs(SIGNED)}/decision`);
    expect(preview.headers['content-disposition']).toMatch(/^inline;/);
    expect(sha(preview.body as Buffer)).toBe(listed?.sha256);
  });

  it('the CV prints the registry: current post and history', async () => {
    const text = (await pdfText((await pdf(`${docs(SIGNED)}/cv_2c.CB001`)).body as Buffer)).join('\n');
    expect(text).toContain('SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC');
    expect(text).toContain('NGUYỄN VĂN AN');
    expect(text).toContain('Phó Chủ tịch UBND, Xã Quảng An');
    expect(text).toContain('15/QĐ-UBND');
  });

  it('before the decision is signed it is a draft: marked, rendered on request, never stored', async () => {
    const body = await list(UNSIGNED);
    const decision = body.documents.find((d) => d.key === 'decision');
    expect(decision).toMatchObject({ state: 'draft', stepKey: null, sizeBytes: null, sha256: null });
    const res = await pdf(`${docs(UNSIGNED)}/decision`);
    expect(res.status).toBe(200);
    expect(res.headers['x-document-state']).toBe('draft');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-sha256']).toBeUndefined();
    const text = (await pdfText(res.body as Buffer)).join('\n');
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('Số: …/QĐ-UBND');
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM official_document WHERE workflow_id = $1 AND document_key = 'decision'`,
      [UNSIGNED],
    );
    expect(n).toBe(0);
  });

  it('is scoped like every procedure read and names bad input', async () => {
    const outside = await request(server())
      .get(docs(SIGNED))
      .set(await auth('outsider', 'TY'));
    expect(outside.status).toBe(404);
    const outsideFile = await request(server())
      .get(`${docs(SIGNED)}/decision`)
      .set(await auth('outsider', 'TY'));
    expect(outsideFile.status).toBe(404);
    const unknown = await request(server())
      .get(`${docs(SIGNED)}/planning_resolution`)
      .set(await auth());
    expect(unknown.status).toBe(404);
    const bad = await request(server())
      .get(`${docs(SIGNED)}/decision%20x`)
      .set(await auth());
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      {
        field: 'key',
        code: 'not_document_key',
        params: { example: 'conference_minutes.0' },
        problem: 'Trường key phải là khóa tài liệu, ví dụ conference_minutes.0.',
        reason: 'must be a document key, e.g. decision or conference_minutes.0',
      },
    ]);
    const badInEnglish = await request(server())
      .get(`${docs(SIGNED)}/decision%20x`)
      .set({ ...(await auth()), 'accept-language': 'en' });
    expect(badInEnglish.body.details[0]).toMatchObject({
      code: 'not_document_key',
      problem: 'must be a document key, e.g. decision or conference_minutes.0',
    });
    // A path the router cannot percent-decode: coded too, before any route runs.
    const undecodable = await request(server())
      .get('/api/v1/procedures/appointment%2FQA-CT%2F1%E0/documents')
      .set(await auth());
    expect(undecodable.status).toBe(400);
    expect(undecodable.body.details).toEqual([
      {
        field: 'path',
        code: 'bad_percent_encoding',
        params: {},
        problem: 'Trường path không phải đường dẫn mã hóa phần trăm hợp lệ.',
        reason: 'is not a valid percent-encoded path',
      },
    ]);
    const undecodableInEnglish = await request(server())
      .get('/api/v1/procedures/appointment%2FQA-CT%2F1%E0/documents')
      .set({ ...(await auth()), 'accept-language': 'en' });
    expect(undecodableInEnglish.body.details[0]).toMatchObject({
      code: 'bad_percent_encoding',
      problem: 'is not a valid percent-encoded path',
    });
    const notAnId = await request(server())
      .get(docs('nope'))
      .set(await auth());
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.details).toEqual([
      {
        field: 'workflowId',
        code: 'not_procedure_id',
        params: { example: 'appointment/QA-CT/1' },
        problem:
          'Trường workflowId phải là mã quy trình dạng <loại>/<mã>[/<mã>…], ví dụ appointment/QA-CT/1.',
        reason: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1',
      },
    ]);
    const notAnIdInEnglish = await request(server())
      .get(docs('nope'))
      .set({ ...(await auth()), 'accept-language': 'en' });
    expect(notAnIdInEnglish.body.details[0]).toMatchObject({
      code: 'not_procedure_id',
      problem: 'must look like <kind>/<code>[/<code>…], e.g. appointment/QA-CT/1',
    });
    const anonymous = await request(server()).get(docs(SIGNED));
    expect(anonymous.status).toBe(401);
    const encoded = await request(server())
      .get(`/api/v1/procedures/${encodeURIComponent(SIGNED)}/documents`)
      .set(await auth());
    expect(encoded.status).toBe(200);
  });

  it('answers 409 document_altered when the stored bytes no longer match their hash', async () => {
    const [row] = await api.db.dataSource.query(
      `SELECT id FROM official_document WHERE workflow_id = $1 AND document_key = 'submission'`,
      [SIGNED],
    );
    await writeFile(join(dir, row.id), Buffer.from('%PDF-1.7 altered'));
    const res = await request(server())
      .get(`${docs(SIGNED)}/submission/download`)
      .set(await auth());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('document_altered');
  });
});
