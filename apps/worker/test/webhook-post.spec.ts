import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { PersonnelCloudEvent } from '@personnel/contracts';
import { WebhookReceiver } from '@personnel/persistence/testing';
import { postSignedEvent } from '../src/activities/webhook-post';

const EVENT = {
  specversion: '1.0',
  id: '0f8c2c1e-8d7b-8e2a-9b1c-2d3e4f5a6b7c',
  source: '/personnel',
  type: 'vn.personnel.decision.signed',
  subject: 'rotation/CB-1/1',
  time: '2026-03-02T02:00:00.000Z',
  datacontenttype: 'application/json',
  sequence: '7',
  unitcode: 'DH-QA',
  data: {
    procedureKind: 'rotation',
    number: '215/QĐ-HU',
    effectiveDate: '2027-01-04',
    signedAt: '2026-03-02T02:00:00.000Z',
    subjectCadreIds: ['CB-1'],
    postId: 'DH-QA-CT-UBND',
  },
} as PersonnelCloudEvent;

const freePort = () =>
  new Promise<number>((r) => {
    const s = createServer().listen(0, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => r(port));
    });
  });

/** One signed POST: what the subscriber's answer makes of it, and that the documented receiver verifies it. */
describe('postSignedEvent (Standard Webhooks signature)', () => {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;

  it('is delivered on 2xx, signed so standardwebhooks verifies it, with the event id as webhook-id', async () => {
    const receiver = await WebhookReceiver.start(secret);
    try {
      const outcome = await postSignedEvent(receiver.url, secret, EVENT, 1_000);
      expect(outcome).toMatchObject({ status: 'delivered', httpStatus: 204, error: null });
      expect(receiver.deliveries).toEqual([expect.objectContaining({ verified: true, webhookId: EVENT.id })]);
      expect(receiver.deliveries[0].event).toEqual(EVENT);
    } finally {
      await receiver.close();
    }
  });

  it('is failed on a refusal or no listener, and a timeout past the limit', async () => {
    const receiver = await WebhookReceiver.start(secret, (n) =>
      n === 1 ? { kind: 'fail', status: 500 } : { kind: 'hang' },
    );
    try {
      expect(await postSignedEvent(receiver.url, secret, EVENT, 1_000)).toMatchObject({
        status: 'failed',
        httpStatus: 500,
      });
      const slow = await postSignedEvent(receiver.url, secret, EVENT, 300);
      expect(slow).toMatchObject({ status: 'timeout', httpStatus: null });
      expect(slow.durationMs).toBeGreaterThanOrEqual(290);
    } finally {
      await receiver.close();
    }
    const refused = await postSignedEvent(`http://127.0.0.1:${await freePort()}/x`, secret, EVENT, 1_000);
    expect(refused).toMatchObject({ status: 'failed', httpStatus: null });
    expect(refused.error).toMatch(/ECONNREFUSED/);
  });

  it('verifies with the receiver of docs/integrations.md, which refuses another secret', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(
      process.execPath,
      [resolve(__dirname, '../../../docs/examples/webhook-receiver.mjs')],
      {
        env: { ...process.env, WEBHOOK_SECRET: secret, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const printed: string[] = [];
    child.stdout?.on('data', (c: Buffer) => printed.push(c.toString()));
    try {
      await new Promise<void>((r) => child.stderr?.once('data', () => r()));
      const url = `http://127.0.0.1:${port}/`;
      expect(await postSignedEvent(url, secret, EVENT, 2_000)).toMatchObject({ status: 'delivered' });
      expect(await postSignedEvent(url, secret, EVENT, 2_000)).toMatchObject({ status: 'delivered' });
      const other = `whsec_${randomBytes(24).toString('base64')}`;
      expect(await postSignedEvent(url, other, EVENT, 2_000)).toMatchObject({
        status: 'failed',
        httpStatus: 401,
      });
      // The duplicate (same webhook-id) was accepted but printed once.
      expect(printed.join('').trim().split('\n')).toEqual([
        `7\tvn.personnel.decision.signed\trotation/CB-1/1\t${JSON.stringify(EVENT.data)}`,
      ]);
    } finally {
      child.kill();
    }
  });
});
