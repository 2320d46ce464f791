import request from 'supertest';
import type { Role, RotationBatchView, RotationPage } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';
import { waitUntil } from './appointment-fixtures';
import {
  BATCHES,
  holdConsultation,
  parties,
  ROTATIONS,
  rotationBody,
  rotationPath,
  seedRotationDirectory,
  seedRotationRegistry,
} from './rotation-fixtures';

describe('rotations API over HTTP (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const auth = (username: string, roles: Role[], unitCode: string | null = 'DH') =>
    authHeaders(api, username, roles, unitCode);
  const hr = () => auth('U-RHR', ['hr_officer']);
  const propose = async (over: Record<string, unknown> = {}) =>
    request(server())
      .post(ROTATIONS)
      .set(await hr())
      .send(rotationBody(over));
  const page = async (id: string): Promise<RotationPage> =>
    (
      await request(server())
        .get(rotationPath(id))
        .set(await hr())
    ).body;
  const q = (sql: string, params: unknown[] = []) => api.db.dataSource.query(sql, params);
  const currentPost = async (cadre: string): Promise<string | null> => {
    const [row] = await q(
      `SELECT p.code FROM assignment a JOIN cadre c ON c.id = a.cadre_id JOIN post p ON p.id = a.post_id
       WHERE c.code = $1 AND a.to_date IS NULL`,
      [cadre],
    );
    return row?.code ?? null;
  };

  beforeAll(async () => {
    api = await startApiWithWorker();
    await seedRotationRegistry(
      api,
      {
        'RB-PCT': 'CB-R1',
        'RA-CT': 'CB-R2',
        'RC-PCT': 'CB-R3',
        'RD-PCT': 'CB-R4',
        'RC-CT': 'CB-R5',
        'RD-CT': 'CB-R6',
      },
      { 'CB-R2': 'QN-DH-RA' },
    );
    await seedRotationDirectory(api);
  }, 90_000);
  afterAll(() => api?.close());

  describe('start: 400 naming each bad field, nothing started', () => {
    it.each([
      [{ cadreId: 'CB-NONE' }, 'cadreId'],
      [{ fromPostId: 'RC-PCT' }, 'fromPostId'],
      [{ toUnitCode: 'NO-UNIT' }, 'toUnitCode'],
      [{ toPostId: 'RC-CT' }, 'toPostId'],
      [{ toPostId: 'NO-POST' }, 'toPostId'],
      [{ reason: 'promotion' }, 'reason'],
      [{ months: 0 }, 'months'],
      [{ receivingIds: ['U-NOBODY'] }, 'receivingIds[0]'],
      [{ signerId: 'U-RHR' }, 'signerId'],
      [
        { collective: { summonedIds: ['U-RM1'], secretaryId: 'U-NOBODY', headId: 'U-RM1' } },
        'collective.secretaryId',
      ],
      [{ timing: { workingDayMs: 1000 } }, 'timing'],
      [{ legalBasis: 'QD-NONE' }, 'legalBasis'],
    ])('%j → %s', async (over, field) => {
      const res = await propose(over);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await q(`SELECT count(*)::int AS n FROM procedure WHERE kind = 'rotation'`)).toEqual([{ n: 0 }]);
    });

    it('only HR proposes, and only within its unit scope', async () => {
      const res = await request(server())
        .post(ROTATIONS)
        .set(await auth('U-RLEAD', ['leader']))
        .send(rotationBody());
      expect(res.status).toBe(403);
      const outside = await request(server())
        .post(ROTATIONS)
        .set(await auth('U-RHR-RC', ['hr_officer'], 'RC'))
        .send(rotationBody());
      expect(outside.status).toBe(403);
    });
  });

  it('a single-holder post never has two current holders: the schema refuses it', async () => {
    await expect(
      q(
        `INSERT INTO assignment (cadre_id, kind, unit_id, post_id, from_date)
         SELECT c.id, 'appointment', p.unit_id, p.id, '2026-01-01' FROM cadre c, post p
         WHERE c.code = 'CB-R4' AND p.code = 'RA-CT'`,
      ),
    ).rejects.toThrow(/uq_assignment_single_holder_current|uq_assignment_current/);
  });

  it('proposes, consults, signs off and decides: the registry moves in one decision, the holder replaced', async () => {
    const started = await propose({ replaceHolder: true });
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    expect(id).toBe('rotation/CB-R1/1');
    await waitUntil('eligibility', async () => (await page(id)).stage === 'consultation');
    const checked = await page(id);
    expect(checked).toMatchObject({
      cadreName: 'Trần Văn CB-R1',
      fromPostTitle: 'Phó Chủ tịch UBND Xã Tân Bình',
      toUnitName: 'Xã Quảng An',
    });
    expect(checked.eligibility?.eligible).toBe(true);
    expect(checked.eligibility?.checks.find((c) => c.rule === 'destination_available')?.detail).toContain(
      'CB-R2',
    );

    await holdConsultation(api, id);
    await waitUntil('sign-off', async () => (await page(id)).stage === 'sign_off');
    const approver = await auth('U-RAPP', ['approver']);
    const decided = await request(server())
      .post(`/api/v1/tasks/${id}/r1-org-office/decide`)
      .set(approver)
      .send({ verdict: 'approve' });
    expect(decided.status).toBe(200);
    await waitUntil('decision task', async () => (await page(id)).stage === 'awaiting_decision');
    const signer = await auth('U-RLEAD', ['leader']);
    const signerView = (await request(server()).get(rotationPath(id)).set(signer)).body as RotationPage;
    expect(signerView.tasks.find((t) => t.kind === 'decision')?.actions).toContain('act');
    const decision = await request(server())
      .post(`${rotationPath(id)}/decision`)
      .set(signer)
      .send({ number: '215/QĐ-HU', effectiveDate: '2026-12-15' });
    expect(decision.status).toBe(200);
    expect(decision.body).toMatchObject({ state: 'rotating', stage: 'hand_over' });

    expect(await currentPost('CB-R1')).toBe('RA-CT');
    expect(await currentPost('CB-R2')).toBeNull();
    const [moved] = await q(
      `SELECT a.kind, to_char(a.from_date, 'YYYY-MM-DD') AS from_date, a.decision_ref FROM assignment a
       JOIN cadre c ON c.id = a.cadre_id WHERE c.code = 'CB-R1' AND a.to_date IS NULL`,
    );
    expect(moved).toEqual({ kind: 'rotation', from_date: '2026-12-15', decision_ref: '215/QĐ-HU' });
    const [{ holders }] = await q(
      `SELECT count(*)::int AS holders FROM assignment a JOIN post p ON p.id = a.post_id WHERE p.code = 'RA-CT' AND a.to_date IS NULL`,
    );
    expect(holders).toBe(1);

    const again = await request(server())
      .post(`${rotationPath(id)}/decision`)
      .set(signer)
      .send({ number: '216/QĐ-HU', effectiveDate: '2026-12-15' });
    expect(again.status).toBe(409);
    const receiving = await auth('U-RA', ['approver'], 'RA');
    const handOver = await request(server())
      .post(`${rotationPath(id)}/hand-over`)
      .set(receiving)
      .send({ note: 'Đã tiếp nhận' });
    expect(handOver.status).toBe(200);
    expect(handOver.body.stage).toBe('in_rotation');
    const evaluation = await request(server())
      .post(`${rotationPath(id)}/evaluations`)
      .set(receiving)
      .send({ year: 1, rating: 'good', comment: 'Tốt' });
    expect(evaluation.status).toBe(404);
    const list = await request(server())
      .get(ROTATIONS)
      .set(await hr());
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
  }, 120_000);

  it('a held destination without replaceHolder fails the rule and waits for a leader’s exception', async () => {
    const started = await propose({
      cadreId: 'CB-R3',
      fromPostId: 'RC-PCT',
      toUnitCode: 'RD',
      toPostId: 'RD-CT',
      receivingIds: ['U-RD'],
    });
    expect(started.status).toBe(201);
    const id: string = started.body.id;
    await waitUntil('eligibility', async () => (await page(id)).stage === 'awaiting_exception');
    const failed = (await page(id)).eligibility?.checks.filter((c) => !c.passed) ?? [];
    expect(failed.map((c) => c.rule)).toEqual(['destination_available']);
    expect(failed[0].citation).toContain('QĐ 65');
    const refused = await request(server())
      .post(`${rotationPath(id)}/exception`)
      .set(await auth('U-RLEAD', ['leader']))
      .send({ reason: '' });
    expect(refused.status).toBe(400);
    const withdrawn = await request(server())
      .post(`${rotationPath(id)}/withdraw`)
      .set(await hr())
      .send({ reason: 'Đề xuất lại với vị trí còn trống ở xã khác' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.state).toBe('withdrawn');
  }, 60_000);

  describe('batches', () => {
    const batch = (key: string, over: Record<string, unknown> = {}) => ({
      idempotencyKey: key,
      parties: parties({ receivingIds: ['U-RRECV'] }),
      rotations: [
        {
          cadreId: 'CB-R4',
          fromPostId: 'RD-PCT',
          toUnitCode: 'RC',
          toPostId: 'RC-PCT',
          reason: 'development',
        },
        {
          cadreId: 'CB-NONE',
          fromPostId: 'RD-PCT',
          toUnitCode: 'RC',
          toPostId: 'RC-PCT',
          reason: 'development',
        },
        {
          cadreId: 'CB-R5',
          fromPostId: 'RC-CT',
          toUnitCode: 'RD',
          toPostId: 'RD-CT',
          reason: 'two_term_rule',
          replaceHolder: true,
        },
      ],
      ...over,
    });

    it('starts each good row once, reports the bad one, and the same key again starts nothing twice', async () => {
      const first = await request(server())
        .post(BATCHES)
        .set(await hr())
        .send(batch('batch-1'));
      expect(first.status).toBe(202);
      const view: RotationBatchView = first.body;
      expect(view.items[1]).toMatchObject({ status: 'refused', workflowId: null });
      expect(view.items[1].problems.map((p) => p.field)).toContain('rotations[1].cadreId');
      expect(view.progress.total).toBe(3);
      expect(view.progress.refused).toBe(1);
      await waitUntil('batch started', async () => {
        const { progress } = (
          await request(server())
            .get(`${BATCHES}/${view.id}`)
            .set(await hr())
        ).body as RotationBatchView;
        return progress.proposed === 0 && progress.started === 0 && progress.inProgress === 2;
      });
      const again = await request(server())
        .post(BATCHES)
        .set(await hr())
        .send(batch('batch-1'));
      expect(again.status).toBe(202);
      expect(again.body.id).toBe(view.id);
      const ids = (
        await q(`SELECT id FROM procedure WHERE kind = 'rotation' AND proposed_by = 'U-RHR' ORDER BY id`)
      ).map((r: { id: string }) => r.id);
      expect(
        ids.filter((i: string) => i.startsWith('rotation/CB-R4/') || i.startsWith('rotation/CB-R5/')),
      ).toEqual(['rotation/CB-R4/1', 'rotation/CB-R5/1']);
      const other = await request(server())
        .post(BATCHES)
        .set(await hr())
        .send(batch('batch-1', { rotations: batch('x').rotations.slice(0, 1) }));
      expect(other.status).toBe(409);
    }, 60_000);

    it('takes a batch of 1,000 rows (a body past 100 kB), reporting each bad row and starting none of them', async () => {
      const rows = Array.from({ length: 1000 }, (_, i) => ({
        cadreId: `CB-NONE-${i}`,
        fromPostId: 'RD-PCT',
        toUnitCode: 'RC',
        toPostId: 'RC-PCT',
        reason: 'development',
      }));
      const res = await request(server())
        .post(BATCHES)
        .set(await hr())
        .send(batch('batch-large', { rotations: rows }));
      expect(res.status).toBe(202);
      expect(res.body.progress).toMatchObject({ total: 1000, refused: 1000, proposed: 0 });
      expect(res.body.items[999].problems.map((p: { field: string }) => p.field)).toEqual([
        'rotations[999].cadreId',
      ]);
    });

    it('refuses bad shared parties as a whole, naming the field', async () => {
      const res = await request(server())
        .post(BATCHES)
        .set(await hr())
        .send(batch('batch-2', { parties: parties({ signerId: 'U-NOBODY', receivingIds: ['U-RRECV'] }) }));
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('parties.signerId');
    });
  });
});
