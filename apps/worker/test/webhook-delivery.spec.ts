import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import {
  deliveryStateQuery,
  pauseDeliveryUpdate,
  replayDeliveryUpdate,
  resumeDeliveryUpdate,
  stopDeliveryUpdate,
  WEBHOOK_WORKFLOW_TYPE,
  webhookWorkflowId,
  type PersonnelCloudEvent,
  type WebhookDeliveryInput,
} from '@personnel/contracts';
import { recordProcedureStep, WebhookSubscriptions } from '@personnel/persistence';
import {
  createTestDatabase,
  laterStep,
  procedureStepInput,
  procedureTask,
  temporalTestAddress,
  WebhookReceiver,
  type TestDatabase,
} from '@personnel/persistence/testing';
import { workflowBundlerHook, WORKFLOWS_ENTRY } from '@personnel/workflow-bundler';
import { createWebhookActivities } from '../src/activities/webhook.activities';

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * The delivery workflow on the real dev server with the real activity and Postgres, against a receiver
 * in this process that fails, times out and answers slowly: every event of the journal arrives, in order
 * per procedure, signed; a replay delivers the same ids; pause holds delivery back.
 */
describe('webhook delivery (dev server, real Postgres, a receiver that misbehaves)', () => {
  let db: TestDatabase;
  let receiver: WebhookReceiver;
  let client: Client;
  let connection: Connection;
  let native: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `webhooks-${randomUUID()}`;
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const subscriptionId = randomUUID();
  const subs = () => new WebhookSubscriptions(db.dataSource);

  /** Three procedures, each a run of steps: some open tasks, one decides, stages move. */
  async function journal(from: number, to: number): Promise<void> {
    for (let seq = from; seq < to; seq++)
      for (const n of [1, 2, 3]) {
        const first = procedureStepInput({
          workflowId: `rotation/CB-${n}/1`,
          tasks: [procedureTask({ key: 't0' })],
        });
        const step =
          seq === 0
            ? first
            : { ...laterStep(first, seq, `stage-${seq}`), tasks: [procedureTask({ key: `t${seq}` })] };
        await recordProcedureStep(db.dataSource, step);
      }
  }

  const outbox = async (): Promise<{ id: string; subject: string; sequence: string }[]> =>
    db.dataSource.query(
      `SELECT id, subject, sequence::text AS sequence FROM outbox_event e ORDER BY e.sequence`,
    );

  async function until(what: string, done: () => Promise<boolean> | boolean, ms = 50_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await done())) {
      if (Date.now() > end) {
        const log = await subs().attempts(subscriptionId, { limit: 10000 });
        throw new Error(
          `timed out waiting for ${what}: ${receiver.deliveries.length} requests, ${acceptedIds().length} accepted; log ${JSON.stringify(log.slice(0, 8).map((a) => [a.status, a.durationMs, a.attemptedAt, a.sequence]))}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Already installed by an earlier test file in this jest worker.
    }
    db = await createTestDatabase('webhook_delivery');
    await db.dataSource.query(
      `INSERT INTO unit (code, name, level, locality_code) VALUES ('DH-QA', 'Xã Quảng An', 'commune', 'QN-DH-QA')`,
    );
    await journal(0, 3);
    // Every 5th request fails, every 7th never answers (past the 400 ms timeout), every 4th is slow.
    receiver = await WebhookReceiver.start(secret, (n) =>
      n % 5 === 0
        ? { kind: 'fail', status: 503 }
        : n % 7 === 0
          ? { kind: 'hang' }
          : n % 4 === 0
            ? { kind: 'slow', ms: 150 }
            : { kind: 'ok' },
    );
    await subs().create({
      id: subscriptionId,
      url: receiver.url,
      description: 'test receiver',
      eventTypes: [],
      unitCodes: ['DH-QA'],
      secret,
      createdBy: 'U-ADMIN',
      startAfter: '0',
    });
    native = await NativeConnection.connect({ address: temporalTestAddress() });
    connection = await Connection.connect({ address: temporalTestAddress() });
    client = new Client({ connection, namespace: 'default' });
    worker = await Worker.create({
      connection: native,
      namespace: 'default',
      taskQueue,
      workflowBundle: await bundleWorkflowCode({
        workflowsPath: WORKFLOWS_ENTRY,
        webpackConfigHook: workflowBundlerHook,
        logger: quiet,
      }),
      activities: createWebhookActivities(db.dataSource, { timeoutMs: 400 }),
    });
    running = worker.run();
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await receiver?.close();
    await connection?.close();
    await native?.close();
    await db?.drop();
  });

  const handle = () => client.workflow.getHandle(webhookWorkflowId(subscriptionId));
  const acceptedIds = () => receiver.acceptedOnce().map((e) => e.id);

  it('delivers every journal event, signed, in order per procedure, through failures, timeouts and slow answers', async () => {
    await client.workflow.start(WEBHOOK_WORKFLOW_TYPE, {
      workflowId: webhookWorkflowId(subscriptionId),
      taskQueue,
      args: [
        {
          subscriptionId,
          cursor: '0',
          paused: false,
          pollMs: 200,
          initialBackoffMs: 50,
          maxBackoffMs: 400,
        } satisfies WebhookDeliveryInput,
      ],
    });
    // More steps while delivery runs: a live reader's view.
    await journal(3, 6);
    const expected = await outbox();
    expect(expected.length).toBeGreaterThan(30);
    await until('every event accepted', () => acceptedIds().length === expected.length);

    expect(new Set(acceptedIds())).toEqual(new Set(expected.map((e) => e.id)));
    expect(receiver.deliveries.every((d) => d.verified)).toBe(true);
    expect(receiver.deliveries.every((d) => d.webhookId === d.event.id)).toBe(true);
    for (const subject of ['rotation/CB-1/1', 'rotation/CB-2/1', 'rotation/CB-3/1']) {
      const arrived = receiver
        .acceptedOnce()
        .filter((e) => e.subject === subject)
        .map((e) => e.id);
      expect(arrived).toEqual(expected.filter((e) => e.subject === subject).map((e) => e.id));
    }
    // No event was ever sent before every one ahead of it was accepted: a failed event holds back the rest.
    const position = new Map(expected.map((e, i) => [e.id, i]));
    const accepted = new Set<string>();
    for (const d of receiver.deliveries) {
      expect(position.get(d.event.id)).toBeLessThanOrEqual(accepted.size);
      if (d.accepted) accepted.add(d.event.id);
    }
    const statuses = new Set((await subs().attempts(subscriptionId, { limit: 1000 })).map((a) => a.status));
    expect(statuses).toEqual(new Set(['delivered', 'failed', 'timeout']));
    // One log row per POST the receiver saw.
    const log = await subs().attempts(subscriptionId, { limit: 10_000 });
    expect(log).toHaveLength(receiver.deliveries.length);
    await until(
      'the cursor noted',
      async () =>
        (await subs().get(subscriptionId))?.deliveredSequence === expected[expected.length - 1].sequence,
    );
  });

  it('replays a range with the same ids, and holds delivery while paused', async () => {
    const expected = await outbox();
    const from = expected[9].sequence;
    const before = receiver.deliveries.length;
    receiver.script = () => ({ kind: 'ok' });
    await handle().executeUpdate(replayDeliveryUpdate, { args: [{ after: from }] });
    await until('the range again', () => receiver.deliveries.length - before === expected.length - 10);
    const replayed = receiver.deliveries.slice(before).map((d) => d.event.id);
    expect(replayed).toEqual(expected.slice(10).map((e) => e.id));

    const paused = await handle().executeUpdate(pauseDeliveryUpdate);
    expect(paused.paused).toBe(true);
    const held = receiver.deliveries.length;
    await journal(6, 7);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(receiver.deliveries.length).toBe(held);
    await handle().executeUpdate(resumeDeliveryUpdate);
    const all = await outbox();
    await until(
      'the held events',
      () => receiver.deliveries.length === held + (all.length - expected.length),
    );
    expect(receiver.deliveries.slice(held).map((d) => d.event.id)).toEqual(
      all.slice(expected.length).map((e) => e.id),
    );
    const state = await handle().query(deliveryStateQuery);
    expect(state).toMatchObject({ cursor: all[all.length - 1].sequence, paused: false, failures: 0 });
    await handle().executeUpdate(stopDeliveryUpdate);
    expect(await handle().result()).toMatchObject({ stopped: true });
  }, 90_000);

  it('refuses a replay cursor that is not a sequence', async () => {
    const other = randomUUID();
    await subs().create({
      id: other,
      url: receiver.url,
      description: '',
      eventTypes: [],
      unitCodes: [],
      secret,
      createdBy: 'U',
      startAfter: '0',
    });
    const h = await client.workflow.start(WEBHOOK_WORKFLOW_TYPE, {
      workflowId: webhookWorkflowId(other),
      taskQueue,
      args: [{ subscriptionId: other, cursor: '0', paused: true } satisfies WebhookDeliveryInput],
    });
    const refused = await h
      .executeUpdate(replayDeliveryUpdate, { args: [{ after: 'x' }] })
      .catch((e: Error) => e);
    expect((refused as Error & { cause?: Error }).cause?.message).toMatch(/after must be a sequence/);
    await h.executeUpdate(stopDeliveryUpdate);
    await h.result();
  });
});

export type { PersonnelCloudEvent };
