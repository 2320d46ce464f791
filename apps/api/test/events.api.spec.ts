import request from 'supertest';
import { recordProcedureStep } from '@personnel/persistence';
import { procedureStepInput, procedureTask, WebhookReceiver } from '@personnel/persistence/testing';
import type { CreatedWebhookSubscription, EventFeedPage, PersonnelCloudEvent } from '@personnel/contracts';
import { authHeaders, startApiWithWorker, type ApiUnderTest } from './api-harness';

/**
 * Events out over HTTP: the pull feed and its SSE stream, scoped by unit like every read, and the admin
 * API of webhook subscriptions driving the real delivery workflow on the real worker.
 */
describe('events: feed, stream and webhook subscriptions (real Temporal, Postgres and worker)', () => {
  let api: ApiUnderTest;
  const server = () => api.app.getHttpServer();
  const as = (username: string, roles: Parameters<typeof authHeaders>[2], unit: string | null) =>
    authHeaders(api, username, roles, unit);
  const admin = () => as('U-ADMIN-EV', ['admin'], null);
  const orgViewer = () => as('U-VIEW-ORG', ['viewer'], null);
  const communeViewer = () => as('U-VIEW-QL', ['viewer'], 'DH-QL');

  async function step(workflowId: string, unitCode: string, seq = 0): Promise<void> {
    const first = procedureStepInput({
      workflowId,
      procedure: { unitCode },
      tasks: [procedureTask({ key: `t${seq}` })],
    });
    await recordProcedureStep(api.db.dataSource, seq === 0 ? first : { ...first, stepKey: `s${seq}`, seq });
  }

  beforeAll(async () => {
    api = await startApiWithWorker();
    const q = (sql: string) => api.db.dataSource.query(sql);
    await q(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH', 'Huyện Đầm Hà', 'district', 'QN-DH')`,
    );
    await q(`INSERT INTO unit (code, name, level, locality_code, parent_id)
             SELECT c.code, c.name, 'commune', c.loc, u.id FROM unit u,
               (VALUES ('DH-QA', 'Xã Quảng An', 'QN-DH-QA'), ('DH-QL', 'Xã Quảng Lâm', 'QN-DH-QL')) AS c(code, name, loc)
             WHERE u.code = 'DH'`);
    await step('rotation/EV-QA/1', 'DH-QA');
    await step('rotation/EV-QL/1', 'DH-QL');
  }, 120_000);
  afterAll(() => api?.close());

  it('serves the feed after a cursor, oldest first, within the reader’s units', async () => {
    const all = await request(server())
      .get('/api/v1/events?after=0')
      .set(await orgViewer());
    expect(all.status).toBe(200);
    const page = all.body as EventFeedPage;
    expect(page.events.map((e) => e.subject)).toEqual([
      'rotation/EV-QA/1',
      'rotation/EV-QA/1',
      'rotation/EV-QA/1',
      'rotation/EV-QL/1',
      'rotation/EV-QL/1',
      'rotation/EV-QL/1',
    ]);
    expect(page.events[0]).toMatchObject({
      specversion: '1.0',
      type: 'vn.personnel.procedure.started',
      source: '/personnel',
    });
    expect(page.next).toBe(page.events[5].sequence);
    const rest = await request(server())
      .get(`/api/v1/events?after=${page.events[1].sequence}&limit=2`)
      .set(await orgViewer());
    expect((rest.body as EventFeedPage).events.map((e) => e.id)).toEqual(
      page.events.slice(2, 4).map((e) => e.id),
    );
    const commune = await request(server())
      .get('/api/v1/events')
      .set(await communeViewer());
    expect((commune.body as EventFeedPage).events.map((e) => e.subject)).toEqual(
      Array(3).fill('rotation/EV-QL/1'),
    );
    const typed = await request(server())
      .get('/api/v1/events?types=vn.personnel.task.opened,vn.personnel.procedure.started')
      .set(await orgViewer());
    expect((typed.body as EventFeedPage).events).toHaveLength(4);
    const empty = await request(server())
      .get(`/api/v1/events?after=${page.next}`)
      .set(await orgViewer());
    expect(empty.body).toEqual({ events: [], next: page.next });
  });

  it('refuses a bad cursor, limit or type, naming the field; a token is needed', async () => {
    const h = await orgViewer();
    for (const [query, field] of [
      ['after=abc', 'after'],
      ['after=-1', 'after'],
      ['limit=0', 'limit'],
      ['types=vn.personnel.nope', 'types'],
    ]) {
      const res = await request(server()).get(`/api/v1/events?${query}`).set(h);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
    }
    expect((await request(server()).get('/api/v1/events')).status).toBe(401);
    expect((await request(server()).get('/api/v1/events/stream')).status).toBe(401);
  });

  it('codes a bad cursor, in the query or as Last-Event-ID, in Vietnamese by default and in English', async () => {
    const h = await orgViewer();
    const after = await request(server()).get('/api/v1/events?after=abc').set(h);
    expect(after.body.details).toEqual([
      {
        field: 'after',
        code: 'not_sequence',
        params: { maxDigits: 18 },
        problem: 'Trường after phải là số thứ tự sự kiện gồm 1-18 chữ số, ví dụ 0 hoặc 1532.',
        reason: 'after must be a sequence: 1-18 digits, e.g. 0 or 1532',
      },
    ]);
    const inEnglish = await request(server())
      .get('/api/v1/events/stream?after=-1')
      .set({ ...h, 'accept-language': 'en' });
    expect(inEnglish.body.details).toEqual([
      expect.objectContaining({
        field: 'after',
        code: 'not_sequence',
        params: { maxDigits: 18 },
        problem: 'after must be a sequence: 1-18 digits, e.g. 0 or 1532',
      }),
    ]);
    const header = await request(server())
      .get('/api/v1/events/stream')
      .set({ ...h, 'last-event-id': 'x' });
    expect(header.body.details).toEqual([
      {
        field: 'Last-Event-ID',
        code: 'not_sequence',
        params: { maxDigits: 18 },
        problem: 'Trường Last-Event-ID phải là số thứ tự sự kiện gồm 1-18 chữ số, ví dụ 0 hoặc 1532.',
        reason: 'must be a sequence: 1-18 digits',
      },
    ]);
    const headerInEnglish = await request(server())
      .get('/api/v1/events/stream')
      .set({ ...h, 'last-event-id': 'x', 'accept-language': 'en' });
    expect(headerInEnglish.body.details[0]).toMatchObject({
      code: 'not_sequence',
      problem: 'must be a sequence: 1-18 digits',
    });
  });

  it('streams Server-Sent Events from a cursor or Last-Event-ID, scoped, and closes after maxSeconds', async () => {
    const res = await request(server())
      .get('/api/v1/events/stream?after=0&maxSeconds=1')
      .set(await communeViewer())
      .buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const frames = res.text.split('\n\n').filter((f) => f.includes('data: '));
    const events = frames.map((f) => JSON.parse(/data: (.*)/.exec(f)?.[1] ?? '{}') as PersonnelCloudEvent);
    expect(events.map((e) => e.subject)).toEqual(Array(3).fill('rotation/EV-QL/1'));
    expect(frames[0]).toContain(`id: ${events[0].sequence}\nevent: vn.personnel.procedure.started`);
    const resumed = await request(server())
      .get('/api/v1/events/stream?maxSeconds=1')
      .set({ ...(await communeViewer()), 'last-event-id': events[0].sequence })
      .buffer(true);
    expect(resumed.text.split('\n\n').filter((f) => f.includes('data: '))).toHaveLength(2);
    const bad = await request(server())
      .get('/api/v1/events/stream')
      .set({ ...(await communeViewer()), 'last-event-id': 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Last-Event-ID');
  });

  it('lets only an administrator manage subscriptions, each bad field named', async () => {
    expect(
      (
        await request(server())
          .get('/api/v1/webhook-subscriptions')
          .set(await orgViewer())
      ).status,
    ).toBe(403);
    const h = await admin();
    for (const [body, field] of [
      [{ url: 'ftp://x.example/h' }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{}, 'url'],
      [{ url: 'http://127.0.0.1:9/h', eventTypes: ['vn.personnel.nope'] }, 'eventTypes'],
      [{ url: 'http://127.0.0.1:9/h', unitCodes: ['NO-SUCH'] }, 'unitCodes[0]'],
      [{ url: 'http://127.0.0.1:9/h', startAfter: 'soon' }, 'startAfter'],
      [{ url: 'http://127.0.0.1:9/h', secret: 'mine' }, 'secret'],
    ] as const) {
      const res = await request(server()).post('/api/v1/webhook-subscriptions').set(h).send(body);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(field);
    }
    expect((await request(server()).get('/api/v1/webhook-subscriptions').set(h)).body).toEqual([]);
    const notUuid = await request(server()).get('/api/v1/webhook-subscriptions/x').set(h);
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.details).toEqual([
      {
        field: 'id',
        code: 'not_uuid',
        params: {},
        problem: 'Trường id phải là một UUID.',
        reason: 'must be a subscription id (UUID)',
      },
    ]);
    const notUuidInEnglish = await request(server())
      .get('/api/v1/webhook-subscriptions/x')
      .set({ ...h, 'accept-language': 'en' });
    expect(notUuidInEnglish.body.details[0]).toMatchObject({
      code: 'not_uuid',
      problem: 'must be a subscription id (UUID)',
    });
    const noUnit = await request(server())
      .post('/api/v1/webhook-subscriptions')
      .set(h)
      .send({ url: 'http://127.0.0.1:9/h', unitCodes: ['DH', 'NO-SUCH'] });
    expect(noUnit.body.details).toEqual([
      {
        field: 'unitCodes[1]',
        code: 'unknown_unit',
        params: { unit: 'NO-SUCH' },
        problem: 'Không có đơn vị NO-SUCH trong danh mục.',
        reason: 'names no unit: NO-SUCH',
      },
    ]);
    const noUnitInEnglish = await request(server())
      .post('/api/v1/webhook-subscriptions')
      .set({ ...h, 'accept-language': 'en' })
      .send({ url: 'http://127.0.0.1:9/h', unitCodes: ['NO-SUCH'] });
    expect(noUnitInEnglish.body.details[0]).toMatchObject({
      code: 'unknown_unit',
      params: { unit: 'NO-SUCH' },
      problem: 'names no unit: NO-SUCH',
    });
    const startAfter = await request(server())
      .post('/api/v1/webhook-subscriptions')
      .set(h)
      .send({ url: 'http://127.0.0.1:9/h', startAfter: 'soon' });
    expect(startAfter.body.details[0]).toMatchObject({
      field: 'startAfter',
      code: 'not_sequence',
      problem: 'Trường startAfter phải là số thứ tự sự kiện gồm 1-18 chữ số, ví dụ 0 hoặc 1532.',
    });
    const none = await request(server())
      .get('/api/v1/webhook-subscriptions/00000000-0000-4000-8000-000000000000')
      .set(h);
    expect(none.status).toBe(404);
  });

  it('delivers a subscription’s events signed to its URL, with pause, resume, replay, log and delete', async () => {
    const h = await admin();
    let secret = '';
    const receiver = await WebhookReceiver.start('whsec_placeholder');
    try {
      const created = await request(server())
        .post('/api/v1/webhook-subscriptions')
        .set(h)
        .send({ url: receiver.url, description: 'Quảng Lâm payroll', unitCodes: ['DH-QL'], startAfter: '0' });
      expect(created.status).toBe(201);
      const sub = created.body as CreatedWebhookSubscription;
      expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      secret = sub.secret;
      receiver.secret = secret;
      const listed = await request(server()).get('/api/v1/webhook-subscriptions').set(h);
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      const until = async (what: string, done: () => boolean) => {
        for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
        if (!done()) throw new Error(`timed out: ${what}`);
      };
      await until('three events', () => receiver.acceptedOnce().length === 3);
      expect(receiver.acceptedOnce().map((e) => e.subject)).toEqual(Array(3).fill('rotation/EV-QL/1'));
      expect(receiver.deliveries.every((d) => d.verified)).toBe(true);

      const paused = await request(server()).post(`/api/v1/webhook-subscriptions/${sub.id}/pause`).set(h);
      expect(paused.body.status).toBe('paused');
      await step('rotation/EV-QL/1', 'DH-QL', 1);
      await new Promise((r) => setTimeout(r, 1500));
      expect(receiver.acceptedOnce()).toHaveLength(3);
      const resumed = await request(server()).post(`/api/v1/webhook-subscriptions/${sub.id}/resume`).set(h);
      expect(resumed.body.status).toBe('active');
      await until('the held event', () => receiver.acceptedOnce().length === 4);

      const ahead = await request(server())
        .post(`/api/v1/webhook-subscriptions/${sub.id}/replay`)
        .set(h)
        .send({ after: '999999' });
      expect(ahead.status).toBe(409);
      const badReplay = await request(server())
        .post(`/api/v1/webhook-subscriptions/${sub.id}/replay`)
        .set(h)
        .send({ after: 'x' });
      expect(badReplay.status).toBe(400);
      expect(badReplay.body.message).toContain('after');
      const before = receiver.deliveries.length;
      const replay = await request(server())
        .post(`/api/v1/webhook-subscriptions/${sub.id}/replay`)
        .set(h)
        .send({ after: '0' });
      expect(replay.status).toBe(200);
      await until('the replay', () => receiver.deliveries.length === before + 4);
      expect(receiver.deliveries.slice(before).map((d) => d.event.id)).toEqual(
        receiver.acceptedOnce().map((e) => e.id),
      );

      const log = await request(server())
        .get(`/api/v1/webhook-subscriptions/${sub.id}/deliveries?status=delivered`)
        .set(h);
      expect(log.status).toBe(200);
      expect(log.body.attempts).toHaveLength(8);
      expect(log.body.attempts[0]).toMatchObject({
        status: 'delivered',
        httpStatus: 204,
        subject: 'rotation/EV-QL/1',
      });

      const patched = await request(server())
        .patch(`/api/v1/webhook-subscriptions/${sub.id}`)
        .set(h)
        .send({ description: 'renamed' });
      expect(patched.body).toMatchObject({ description: 'renamed', url: receiver.url });
      expect((await request(server()).delete(`/api/v1/webhook-subscriptions/${sub.id}`).set(h)).status).toBe(
        204,
      );
      expect((await request(server()).get(`/api/v1/webhook-subscriptions/${sub.id}`).set(h)).status).toBe(
        404,
      );
    } finally {
      await receiver.close();
    }
  }, 90_000);
});
