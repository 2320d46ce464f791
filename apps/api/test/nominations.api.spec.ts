import request from 'supertest';
import { signIn, startApiWithWorker, type ApiUnderTest } from './api-harness';

const BASE = '/api/v1/nominations';
const enc = encodeURIComponent;
let seq = 0;
const cadre = () => `CB-API-${++seq}`;

describe('nominations API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  let readerAuth: Record<string, string>;
  /** Requests as a reader (viewer + organisation office); commands override with the acting user. */
  const http = () => ({
    get: (url: string) => request(api.app.getHttpServer()).get(url).set(readerAuth),
    post: (url: string) => request(api.app.getHttpServer()).post(url).set(readerAuth),
  });
  const as = async (username: string, roles: Parameters<typeof signIn>[2] = ['approver']) => ({
    authorization: `Bearer ${await signIn(api, username, roles)}`,
  });

  beforeAll(async () => {
    api = await startApiWithWorker();
    readerAuth = await as('U-READER', ['viewer', 'org_office']);
  }, 60_000);
  afterAll(() => api?.close());

  const propose = async (body: Record<string, unknown>) =>
    http()
      .post(BASE)
      .set(await as('U-HR', ['hr_officer']))
      .send(body);
  const waitForRow = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const res = await http().get(`${BASE}/${enc(id)}`);
      if (res.status === 200) return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${id} never reached Postgres`);
  };

  it('starts a nomination, numbers repeated ones for the same cadre and post, and shows it', async () => {
    const cadreId = cadre();
    const first = await propose({
      cadreId,
      postId: 'QA-CT',
      approverIds: ['U-1'],
      unitCode: 'DH-QA',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: `nomination/${cadreId}/QA-CT/1`,
      state: 'pending',
      runId: expect.any(String),
    });
    await waitForRow(first.body.id);
    const second = await propose({ cadreId, postId: 'QA-CT', approverIds: ['U-1'] });
    expect(second.body.id).toBe(`nomination/${cadreId}/QA-CT/2`);

    const detail = await waitForRow(first.body.id);
    expect(detail).toMatchObject({
      cadreId,
      postId: 'QA-CT',
      state: 'pending',
      currentApproverId: 'U-1',
      approverIds: ['U-1'],
    });
    expect(detail.timeline).toEqual([
      expect.objectContaining({ seq: 0, stepKey: 'proposed', actor: 'U-HR' }),
    ]);
    const bySegments = await http().get(`${BASE}/${first.body.id}`);
    expect(bySegments.status).toBe(200);
    expect(bySegments.body.id).toBe(first.body.id);
  });

  it('takes decisions in order, refuses the wrong ones with 409 and a reason, and records each once', async () => {
    const { body } = await propose({
      cadreId: cadre(),
      postId: 'QA-BT',
      approverIds: ['U-1', 'U-2'],
    });
    const decide = async (approverId: string, decision: string, comment?: string) =>
      http()
        .post(`${BASE}/${enc(body.id)}/decisions`)
        .set(await as(approverId))
        .send({ decision, comment });

    const outOfTurn = await decide('U-2', 'approve');
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body).toMatchObject({
      statusCode: 409,
      code: 'out_of_turn',
      message: "it is U-1's turn to decide, not U-2's",
    });
    expect((await decide('U-7', 'approve')).body).toMatchObject({ code: 'not_in_chain' });

    expect((await decide('U-1', 'approve', 'Đủ điều kiện')).body).toEqual({
      accepted: true,
      state: 'pending',
      nextApproverId: 'U-2',
    });
    expect((await decide('U-1', 'approve')).body).toMatchObject({ statusCode: 409, code: 'already_decided' });
    expect((await decide('U-2', 'approve')).body).toEqual({
      accepted: true,
      state: 'approved',
      nextApproverId: null,
    });
    const finished = await decide('U-2', 'reject');
    expect(finished.status).toBe(409);
    expect(finished.body.message).toMatch(/already approved/);

    const detail = await http().get(`${BASE}/${enc(body.id)}`);
    expect(detail.body.state).toBe('approved');
    expect(detail.body.timeline.map((s: { stepKey: string }) => s.stepKey)).toEqual([
      'proposed',
      'decision/1/U-1',
      'decision/2/U-2',
    ]);
    expect(detail.body.timeline[1].payload).toEqual({ decision: 'approve', comment: 'Đủ điều kiện' });
    const rows = await api.db.dataSource.query(
      'SELECT step_key, count(*)::int AS n FROM workflow_step WHERE workflow_id = $1 GROUP BY step_key',
      [body.id],
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });

  it('verifies the hash chain of a nomination and names a tampered row', async () => {
    const { body } = await propose({
      cadreId: cadre(),
      postId: 'QA-AUDIT',
      approverIds: ['U-1'],
    });
    await http()
      .post(`${BASE}/${enc(body.id)}/decisions`)
      .set(await as('U-1'))
      .send({ decision: 'approve' });
    const verified = await http().get('/api/v1/audit/verify').query({ workflowId: body.id });
    expect(verified.body).toEqual({ workflowId: body.id, rows: 2, ok: true });

    await api.db.dataSource.query(
      `UPDATE workflow_step SET actor = 'U-FORGED' WHERE workflow_id = $1 AND seq = 1`,
      [body.id],
    );
    const tampered = await http().get('/api/v1/audit/verify').query({ workflowId: body.id });
    expect(tampered.body).toMatchObject({
      ok: false,
      firstBroken: { seq: 1, stepKey: 'decision/1/U-1', problem: 'hash_mismatch' },
    });

    expect(
      (await http().get('/api/v1/audit/verify').query({ workflowId: 'nomination/NONE/P/1' })).status,
    ).toBe(404);
    const bad = await http().get('/api/v1/audit/verify');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('workflowId');
  });

  it('lets the proposer withdraw with a reason; another HR officer, a viewer and later decisions are refused', async () => {
    const { body } = await propose({ cadreId: cadre(), postId: 'QA-WD', approverIds: ['U-1', 'U-2'] });
    const withdraw = async (as_: Record<string, string>, reason: string) =>
      http()
        .post(`${BASE}/${enc(body.id)}/withdraw`)
        .set(as_)
        .send({ reason });

    expect((await withdraw(await as('U-HR-2', ['hr_officer']), 'not mine')).body).toMatchObject({
      statusCode: 409,
      code: 'not_proposer',
    });
    expect((await withdraw(await as('U-VIEW', ['viewer']), 'x')).status).toBe(403);
    expect((await withdraw(await as('U-HR', ['hr_officer']), '')).status).toBe(400);

    const done = await withdraw(await as('U-HR', ['hr_officer']), 'Cán bộ xin rút khỏi quy trình');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'withdrawn', stage: 'withdrawn' });
    const late = await http()
      .post(`${BASE}/${enc(body.id)}/decisions`)
      .set(await as('U-1'))
      .send({ decision: 'approve' });
    expect(late.status).toBe(409);

    const detail = await http().get(`${BASE}/${enc(body.id)}`);
    expect(detail.body).toMatchObject({ state: 'withdrawn', currentApproverId: null });
    expect(detail.body.timeline.map((s: { stepKey: string; actor: string }) => [s.stepKey, s.actor])).toEqual(
      [
        ['proposed', 'U-HR'],
        ['withdrawn', 'U-HR'],
      ],
    );
  });

  it('ends rejected on a reject', async () => {
    const { body } = await propose({
      cadreId: cadre(),
      postId: 'QA-BT',
      approverIds: ['U-1', 'U-2'],
    });
    const res = await http()
      .post(`${BASE}/${body.id}/decisions`)
      .set(await as('U-1'))
      .send({ decision: 'reject', comment: 'Chưa đủ tiêu chuẩn' });
    expect(res.body).toEqual({ accepted: true, state: 'rejected', nextApproverId: null });
    expect((await http().get(`${BASE}/${enc(body.id)}`)).body.state).toBe('rejected');
  });

  it('lists with filters and pagination', async () => {
    const cadreId = cadre();
    const { body } = await propose({
      cadreId,
      postId: 'QA-LIST',
      approverIds: ['U-LIST-1', 'U-LIST-2'],
    });
    await waitForRow(body.id);
    const inbox = await http().get(BASE).query({ awaitingApproverId: 'U-LIST-1' });
    expect(inbox.body.items.map((n: { id: string }) => n.id)).toEqual([body.id]);
    const involved = await http().get(BASE).query({ approverId: 'U-LIST-2', state: 'pending' });
    expect(involved.body).toMatchObject({ total: 1, limit: 20, offset: 0 });
    const page = await http().get(BASE).query({ limit: 1, offset: 0 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
  });

  describe('bad input', () => {
    it.each([
      [{ postId: 'P', approverIds: ['U-1'] }, 'cadreId'],
      [{ cadreId: 'C 1', postId: 'P', approverIds: ['U-1'] }, 'cadreId'],
      [{ cadreId: 'C1', postId: 'P', approverIds: [] }, 'approverIds'],
      [{ cadreId: 'C1', postId: 'P', approverIds: 'U-1' }, 'approverIds'],
      [{ cadreId: 'C1', postId: 'P', approverIds: ['U-1', 'C1'] }, 'approverIds'],
      [{ cadreId: 'C1', postId: 'P', approverIds: ['U-1'], proposedBy: 'U-FORGED' }, 'proposedBy'],
      [{ cadreId: 'C1', postId: 'P', approverIds: ['U-1'], extra: 1 }, 'extra'],
      [{ cadreId: 'C1', postId: 'P', approverIds: ['U-1', 'U-HR'] }, 'approverIds'],
    ])('answers 400 naming the field for %j', async (body, field) => {
      const res = await propose(body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.message).toContain(field);
    });

    it('answers 400 naming the field for a malformed decision, and writes nothing', async () => {
      const { body } = await propose({
        cadreId: cadre(),
        postId: 'QA-BAD',
        approverIds: ['U-1'],
      });
      const res = await http()
        .post(`${BASE}/${enc(body.id)}/decisions`)
        .set(await as('U-1'))
        .send({ decision: 'maybe' });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        { field: 'decision', problem: 'decision must be one of: approve, reject' },
      ]);
      const detail = await waitForRow(body.id);
      expect(detail.timeline).toHaveLength(1);
    });

    it('answers 400 for a bad list query', async () => {
      const res = await http().get(BASE).query({ limit: 1000, state: 'open' });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['limit', 'state']);
    });

    it('answers 404 for an unknown nomination and 400 for a malformed id', async () => {
      expect((await http().get(`${BASE}/${enc('nomination/NOPE/P/1')}`)).status).toBe(404);
      expect(
        (
          await http()
            .post(`${BASE}/${enc('nomination/NOPE/P/1')}/decisions`)
            .set(await as('U-1'))
            .send({ decision: 'approve' })
        ).status,
      ).toBe(404);
      const malformed = await http().get(`${BASE}/not-an-id`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.details[0].field).toBe('id');
    });
  });

  it('serves the OpenAPI document', async () => {
    const res = await http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/nominations', '/api/v1/nominations/{id}/decisions']),
    );
  });
});
