import request from 'supertest';
import type { ConfidenceVotePage, Role } from '@personnel/contracts';
import { authHeaders, signIn, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { waitUntil } from './appointment-fixtures';
import { ROTATION_MEMBERS, seedRotationDirectory, seedRotationRegistry } from './rotation-fixtures';

const VOTES = '/api/v1/confidence-votes';
const SEAL = 'e'.repeat(64);
const body = (over: Record<string, unknown> = {}) => ({
  unitCode: 'RA',
  year: 2025,
  holders: [
    { cadreId: 'CB-C1', postId: 'RA-CT' },
    { cadreId: 'CB-C2', postId: 'RA-PCT' },
  ],
  keyCadres: { summonedIds: ROTATION_MEMBERS, secretaryId: 'U-RM5', headId: 'U-RM1' },
  collective: { summonedIds: ['U-RAPP', 'U-RLEAD'], secretaryId: 'U-RAPP', headId: 'U-RLEAD' },
  ...over,
});

describe('confidence votes API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (
    username: string,
    roles: Role[],
    unitCode: string | null = 'DH',
    cadreId: string | null = null,
  ) => authHeaders(api, username, roles, unitCode, cadreId);
  const hr = () => auth('U-RHR', ['hr_officer']);
  const start = async (over: Record<string, unknown> = {}) =>
    request(server())
      .post(VOTES)
      .set(await hr())
      .send(body(over));
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRotationRegistry(api, { 'RA-CT': 'CB-C1', 'RA-PCT': 'CB-C2', 'RB-CT': 'CB-C3' });
    await seedRotationDirectory(api);
    // A holder's own account.
    await signIn(api, 'U-C1', ['approver'], 'DH', 'CB-C1');
  }, 90_000);
  afterAll(() => api?.close());

  it('lists a unit’s current post holders with names, for the start form', async () => {
    const res = await request(server())
      .get(`${VOTES}/holders?unitCode=RA`)
      .set(await hr());
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        cadreId: 'CB-C1',
        cadreName: 'Trần Văn CB-C1',
        postId: 'RA-CT',
        postTitle: 'Chủ tịch UBND Xã Quảng An',
      },
      {
        cadreId: 'CB-C2',
        cadreName: 'Trần Văn CB-C2',
        postId: 'RA-PCT',
        postTitle: 'Phó Chủ tịch UBND Xã Quảng An',
      },
    ]);
  });

  describe('start: 400 naming each bad field, nothing started', () => {
    it.each([
      [{ unitCode: 'NO-UNIT' }, 'unitCode'],
      [{ year: 1999 }, 'year'],
      [{ holders: [] }, 'holders'],
      [{ holders: [{ cadreId: 'CB-NONE', postId: 'RA-CT' }] }, 'holders[0].cadreId'],
      [{ holders: [{ cadreId: 'CB-C3', postId: 'RB-CT' }] }, 'holders[0].cadreId'],
      [{ holders: [{ cadreId: 'CB-C1', postId: 'RA-PCT' }] }, 'holders[0].postId'],
      [
        {
          holders: [
            { cadreId: 'CB-C1', postId: 'RA-CT' },
            { cadreId: 'CB-C1', postId: 'RA-CT' },
          ],
        },
        'holders[1].cadreId',
      ],
      [{ holders: [{ cadreId: 'CB-C1', postId: 'RA-CT', extra: 1 }] }, 'holders[0].extra'],
      [
        { keyCadres: { summonedIds: ROTATION_MEMBERS, secretaryId: 'U-NOBODY', headId: 'U-RM1' } },
        'keyCadres.secretaryId',
      ],
      [
        { keyCadres: { summonedIds: ROTATION_MEMBERS, secretaryId: 'U-C1', headId: 'U-RM1' } },
        'keyCadres.secretaryId',
      ],
      [
        { keyCadres: { summonedIds: [...ROTATION_MEMBERS, 'U-RHR'], secretaryId: 'U-RM5', headId: 'U-RM1' } },
        'keyCadres.summonedIds[5]',
      ],
      [
        { collective: { summonedIds: ['U-RAPP'], secretaryId: 'U-RAPP', headId: 'U-C1' } },
        'collective.headId',
      ],
      [{ timing: { workingDayMs: 1000 } }, 'timing'],
      [{ legalBasis: 'QD-NONE' }, 'legalBasis'],
    ])('%j → %s', async (over, field) => {
      const res = await start(over);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await q(`SELECT count(*)::int AS n FROM procedure WHERE kind = 'confidence_vote'`)).toEqual([
        { n: 0 },
      ]);
    });

    it('lets a holder’s own account sit among the key cadres who vote', async () => {
      const res = await start({
        keyCadres: { summonedIds: [...ROTATION_MEMBERS, 'U-C1'], secretaryId: 'U-RM5', headId: 'U-RM1' },
        holders: [{ cadreId: 'CB-C1', postId: 'RA-CT' }],
        year: 2024,
      });
      expect(res.status).toBe(201);
      expect(res.body.id).toBe('confidence_vote/RA/2024/1');
    });

    it('only HR starts one, and only within its unit scope', async () => {
      const leader = await request(server())
        .post(VOTES)
        .set(await auth('U-RLEAD', ['leader']))
        .send(body());
      expect(leader.status).toBe(403);
      const outside = await request(server())
        .post(VOTES)
        .set(await auth('U-RHR-RC', ['hr_officer'], 'RC'))
        .send(body());
      expect(outside.status).toBe(403);
    });
  });

  it('holds the key-cadre conference, records the results as registry facts and decides the dismissal on the task API', async () => {
    const started = await start();
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    expect(id).toBe('confidence_vote/RA/2025/1');
    const path = `${VOTES}/RA/2025/1`;
    const secretary = await auth('U-RM5', ['approver']);
    await waitUntil(
      'conference',
      async () => (await request(server()).get(`${path}/conference`).set(secretary)).status === 200,
    );
    const attended = await request(server())
      .post(`${path}/conference/attendance`)
      .set(secretary)
      .send({ present: ROTATION_MEMBERS });
    expect(attended.status).toBe(200);

    const tally = (confidence: unknown, ballotsCast = 5) =>
      request(server())
        .post(`${path}/conference/tally`)
        .set(secretary)
        .send({ ballotsCast, confidence, sheetSha256: SEAL });
    const negative = await tally([
      { candidateId: 'CB-C1', high: -1, confidence: 0, low: 4 },
      { candidateId: 'CB-C2', high: 5, confidence: 0, low: 0 },
    ]);
    expect(negative.status).toBe(400);
    expect(negative.body.details.map((d: { field: string }) => d.field)).toContain('confidence[0].high');
    const over = await tally([
      { candidateId: 'CB-C1', high: 3, confidence: 2, low: 4 },
      { candidateId: 'CB-C2', high: 5, confidence: 0, low: 0 },
    ]);
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({
      code: 'counts_exceed',
      params: { candidateId: 'CB-C1', sum: 9, ballotsCast: 5 },
      message: 'Tổng ba mức của CB-C1 (9) vượt quá 5 phiếu phát ra.',
      reason: 'the three counts for CB-C1 (9) exceed the 5 ballots cast',
    });
    const overCounts = [
      { candidateId: 'CB-C1', high: 3, confidence: 2, low: 4 },
      { candidateId: 'CB-C2', high: 5, confidence: 0, low: 0 },
    ];
    const overInEnglish = await request(server())
      .post(`${path}/conference/tally`)
      .set(secretary)
      .set('Accept-Language', 'en')
      .send({ ballotsCast: 5, confidence: overCounts, sheetSha256: SEAL });
    expect(overInEnglish.body.message).toBe('The three counts for CB-C1 (9) exceed the 5 ballots cast.');
    const notSecretary = await request(server())
      .post(`${path}/conference/tally`)
      .set(await auth('U-RM1', ['approver']))
      .send({ ballotsCast: 5, confidence: overCounts, sheetSha256: SEAL });
    expect(notSecretary.status).toBe(403);
    expect(notSecretary.body).toMatchObject({ code: 'not_secretary', params: { secretaryId: 'U-RM5' } });
    const noBallot = await request(server())
      .post(`${path}/conference/tally`)
      .set(secretary)
      .send({ ballotsCast: 5, sheetSha256: SEAL });
    expect(noBallot.status).toBe(400);
    expect(noBallot.body.details.map((d: { field: string }) => d.field)).toContain('votes');

    // 4 of 5 low: at least 2/3 → removal from post; 0 low: retained.
    const held = await tally([
      { candidateId: 'CB-C1', high: 1, confidence: 0, low: 4 },
      { candidateId: 'CB-C2', high: 4, confidence: 1, low: 0 },
    ]);
    expect(held.status).toBe(200);

    await waitUntil('dismissal task', async () =>
      (
        await request(server())
          .get(path)
          .set(await hr())
      ).body.tasks?.some((t: { kind: string }) => t.kind === 'dismissal_proposal'),
    );
    const page: ConfidenceVotePage = (
      await request(server())
        .get(path)
        .set(await hr())
    ).body;
    expect(page).toMatchObject({
      state: 'in_progress',
      stage: 'dismissal_proposals',
      unitName: 'Xã Quảng An',
      outOfPlanning: ['CB-C1'],
      holders: [
        { cadreId: 'CB-C1', cadreName: 'Trần Văn CB-C1', postTitle: 'Chủ tịch UBND Xã Quảng An' },
        { cadreId: 'CB-C2', cadreName: 'Trần Văn CB-C2' },
      ],
      results: [
        { cadreId: 'CB-C1', cadreName: 'Trần Văn CB-C1', high: 1, low: 4, outcome: 'removal_from_post' },
        { cadreId: 'CB-C2', low: 0, outcome: 'retained' },
      ],
    });
    expect(
      await q(
        `SELECT cadre_code, low, outcome FROM confidence_vote_result WHERE procedure_id = $1 ORDER BY 1`,
        [id],
      ),
    ).toEqual([
      { cadre_code: 'CB-C1', low: 4, outcome: 'removal_from_post' },
      { cadre_code: 'CB-C2', low: 0, outcome: 'retained' },
    ]);
    const timeline = await request(server())
      .get('/api/v1/cadres/CB-C1/timeline')
      .set(await hr());
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain('dismissal_proposed');

    const leader = await auth('U-RLEAD', ['leader']);
    const asLeader: ConfidenceVotePage = (await request(server()).get(path).set(leader)).body;
    expect(page.tasks.find((t) => t.kind === 'dismissal_proposal')?.actions).toEqual([]);
    const task = asLeader.tasks.find((t) => t.kind === 'dismissal_proposal');
    expect(task?.actions).toEqual(['approve', 'reject']);
    const decide = (verdict: string, comment?: string) =>
      request(server())
        .post(`/api/v1/tasks/${id}/dismissal-CB-C1/decide`)
        .set(leader)
        .send({ verdict, ...(comment ? { comment } : {}) });
    expect((await decide('approve')).status).toBe(400);
    const accepted = await decide('approve', 'Tập thể lãnh đạo đồng ý đề nghị');
    expect({ status: accepted.status, body: accepted.status === 200 ? null : accepted.body }).toEqual({
      status: 200,
      body: null,
    });
    await waitUntil(
      'completed',
      async () =>
        (
          await request(server())
            .get(path)
            .set(await hr())
        ).body.state === 'completed',
    );
    const done: ConfidenceVotePage = (
      await request(server())
        .get(path)
        .set(await hr())
    ).body;
    expect(done.dismissals).toMatchObject([{ cadreId: 'CB-C1', accepted: true, decidedBy: 'U-RLEAD' }]);

    const list = await request(server())
      .get(`${VOTES}?year=2025`)
      .set(await hr());
    expect(list.body.items.map((v: { id: string }) => v.id)).toEqual([id]);
  });
});
