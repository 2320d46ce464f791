import request from 'supertest';
import type { Role } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import {
  APPOINTMENTS,
  appointmentBody,
  planFor,
  seedDirectory,
  seedRegistry,
  waitUntil,
} from './appointment-fixtures';

/**
 * A user of one commune reads nothing of another commune's people: every GET route of the OpenAPI is
 * walked with the ids of a Quảng An cadre, procedure and document, as a Quảng Lâm user holding every
 * role, and no answer may name them. The same walk as an organisation-wide user finds them, so the
 * walk does reach the data it guards.
 */
const OUTSIDE_CADRE = { code: 'CB-A1', name: 'Nguyễn Văn CB-A1' };
const ALL_ROLES: Role[] = ['hr_officer', 'org_office', 'approver', 'leader', 'viewer'];

describe('every read in the user’s unit scope (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  let appointmentId: string;
  let documentId: string;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], unitCode: string | null) =>
    authHeaders(api, username, roles, unitCode);
  const orgHr = () => auth('U-HR-ORG', ['hr_officer'], null);
  const commune = () => auth('U-QL-ALL', ALL_ROLES, 'DH-QL');

  beforeAll(async () => {
    api = await startApiWithWorker({ DOCUMENT_STORE: 'pg' });
    // Suites share the Temporal server and a workflow id names the post: posts of this suite's own.
    await seedRegistry(api, ['RS-CT-1', 'RS-CT-2', 'RS-CT-3']);
    await seedDirectory(api);
    await planFor(api, 'CB-A1', 'RS-CT-1');
    const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
    await q(
      `INSERT INTO post (code, title, unit_id, level, standards)
       SELECT 'QL-VP', 'Văn phòng UBND xã Quảng Lâm', id, 'commune', '{}' FROM unit WHERE code = 'DH-QL'`,
    );
    await q(
      `INSERT INTO cadre (code, full_name, search_name, gender, birth_date, hometown_locality_code, ethnicity,
         education, political_theory, state_management, party_member, status)
       VALUES ('CB-QL1', 'Trần Thị Lâm', 'tran thi lam', 'female', '1985-03-03', 'QN-DH-QL', 'Kinh', 'bachelor',
         'intermediate', 'specialist', true, 'active')`,
    );
    const hr = await orgHr();
    const record = async (path: string, body: object) => {
      const res = await request(server()).post(path).set(hr).send(body);
      if (res.status !== 201) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    };
    // CB-A1 serves in Quảng An (a post other than the one proposed) with an evaluation and a reprimand;
    // CB-QL1 serves in Quảng Lâm.
    await record('/api/v1/cadres/CB-A1/assignments', {
      kind: 'appointment',
      postCode: 'RS-CT-2',
      fromDate: '2021-01-04',
    });
    await record('/api/v1/cadres/CB-A1/evaluations', { year: 2024, rating: 'good' });
    await record('/api/v1/cadres/CB-A1/disciplines', {
      form: 'reprimand',
      decidedAt: '2019-02-01',
      reason: 'Chậm nộp báo cáo',
    });
    await record('/api/v1/cadres/CB-QL1/assignments', {
      kind: 'appointment',
      postCode: 'QL-VP',
      fromDate: '2022-05-02',
    });
    const stored = await request(server())
      .post('/api/v1/documents')
      .query({ kind: 'other', fileName: 'so-yeu-ly-lich-cb-a1.pdf' })
      .set(hr)
      .set('content-type', 'application/pdf')
      .send(Buffer.from('%PDF-1.4 CB-A1\n'));
    documentId = stored.body.id;
    const started = await request(server())
      .post(APPOINTMENTS)
      .set(await auth('U-HR', ['hr_officer'], 'DH'))
      .send(appointmentBody({ postId: 'RS-CT-1', documentIds: [documentId] }));
    expect(started.status).toBe(201);
    appointmentId = started.body.id;
    await waitUntil('the proposal recorded', async () => {
      const res = await request(server())
        .get(`/api/v1/procedures/${encodeURIComponent(appointmentId)}`)
        .set(hr);
      return res.status === 200;
    });
  }, 120_000);
  afterAll(() => api?.close());

  /** Every documented GET, its path parameters filled with the Quảng An objects' ids. */
  async function getRoutes(): Promise<string[]> {
    const document = (await request(server()).get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const [, post, n] = appointmentId.split('/');
    const value = (path: string, name: string): string => {
      if (name === 'id')
        return path.startsWith('/api/v1/documents')
          ? documentId
          : path.startsWith('/api/v1/units')
            ? 'DH-QA'
            : 'CB-A1';
      const values: Record<string, string> = {
        workflowId: encodeURIComponent(appointmentId),
        postId: post,
        n,
        index: '1',
        cadreId: 'CB-A1',
        unitCode: 'DH-QA',
        term: '2025-2030',
        year: '2026',
        classCode: 'CT05-2026-1',
      };
      return values[name] ?? 'X-1';
    };
    return Object.entries(document.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path.replace(/\{([^}]+)\}/g, (_m, name: string) => value(path, name)))
      .flatMap((path) => (path === '/api/v1/cadres' ? [path, `${path}?q=${OUTSIDE_CADRE.code}`] : [path]));
  }

  /** The routes whose answer names the Quảng An cadre, their document or their procedure. */
  async function routesNamingThem(headers: Record<string, string>): Promise<string[]> {
    const naming: string[] = [];
    for (const path of await getRoutes()) {
      const res = await request(server()).get(path).set(headers).buffer(true);
      const text = res.text ?? '';
      if (res.status >= 500) naming.push(`${path} → ${res.status}`);
      else if (
        res.status < 300 &&
        [OUTSIDE_CADRE.code, OUTSIDE_CADRE.name, documentId, appointmentId].some((s) => text.includes(s))
      )
        naming.push(path);
    }
    return naming;
  }

  it('walks every GET route as a Quảng Lâm user with every role: none names a Quảng An cadre, dossier or procedure', async () => {
    expect(await routesNamingThem(await commune())).toEqual([]);
  }, 120_000);

  it('the same walk as an organisation-wide user finds them on the cadre, record, document and procedure routes', async () => {
    const naming = await routesNamingThem(await auth('U-ORG-ALL', ALL_ROLES, null));
    expect(naming).toEqual(
      expect.arrayContaining([
        '/api/v1/cadres',
        '/api/v1/cadres/CB-A1',
        '/api/v1/cadres/export',
        `/api/v1/documents/${documentId}/meta`,
        '/api/v1/cadres/CB-A1/timeline',
        `/api/v1/procedures/${encodeURIComponent(appointmentId)}`,
      ]),
    );
  }, 120_000);

  it('the commune user reads their own commune’s cadre, and a Quảng An cadre is 404 on the detail, records and eligibility', async () => {
    const headers = await commune();
    const reader = await auth('U-QL-LEADER', ['leader', 'approver'], 'DH-QL');
    const list = await request(server()).get('/api/v1/cadres').set(reader);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { code: string }) => c.code)).toEqual(['CB-QL1']);
    expect(list.body.total).toBe(1);
    // The personnel office also reads the cadres who never held a post (newcomers to place).
    const editor = await request(server()).get('/api/v1/cadres').set(headers);
    expect(editor.body.items.map((c: { code: string }) => c.code)).toEqual(['CB-A2', 'CB-OLD', 'CB-QL1']);
    expect((await request(server()).get('/api/v1/cadres/CB-QL1/assignments').set(headers)).status).toBe(200);
    for (const path of [
      '/api/v1/cadres/CB-A1',
      '/api/v1/cadres/CB-A1/disciplines',
      `/api/v1/documents/${documentId}`,
    ]) {
      const res = await request(server()).get(path).set(headers);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const eligibility = await request(server())
      .post('/api/v1/eligibility')
      .set(headers)
      .send({ cadreId: 'CB-A1', postId: 'RS-CT-1', kind: 'appointment' });
    expect(eligibility.status).toBe(404);
    expect(eligibility.body.message).toBe('No cadre CB-A1');
    // Writes reach no cadre outside the scope either.
    const write = await request(server())
      .post('/api/v1/cadres/CB-A1/evaluations')
      .set(headers)
      .send({ year: 2025, rating: 'excellent' });
    expect(write.status).toBe(404);
  });

  it('a retired cadre stays with the unit of the last post held, not of the posts before', async () => {
    for (const [post, from, to] of [
      ['RS-CT-3', '2010-01-04', '2014-12-31'],
      ['QL-VP', '2015-01-05', '2020-06-30'],
    ])
      await api.db.dataSource.query(
        `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date, to_date)
         SELECT c.id, 'appointment', p.unit_id, p.id, $2, $3 FROM cadre c, post p WHERE c.code = 'CB-OLD' AND p.code = $1`,
        [post, from, to],
      );
    const qa = await auth('U-QA-HR', ['hr_officer'], 'DH-QA');
    expect((await request(server()).get('/api/v1/cadres/CB-OLD').set(qa)).status).toBe(404);
    expect(
      (
        await request(server())
          .get('/api/v1/cadres/CB-OLD')
          .set(await commune())
      ).status,
    ).toBe(200);
  });

  it('a scoped user reads a document cited by a procedure of their unit, uploaded by someone else', async () => {
    const qa = await auth('U-QA-APPROVER', ['approver'], 'DH-QA');
    const meta = await request(server()).get(`/api/v1/documents/${documentId}/meta`).set(qa);
    expect(meta.status).toBe(200);
    expect(meta.body.fileName).toBe('so-yeu-ly-lich-cb-a1.pdf');
  });
});
