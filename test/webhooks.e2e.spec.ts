import { waitUntil } from '@personnel/dev-runtime';
import { WebhookReceiver } from '@personnel/persistence/testing';
import type { CreatedWebhookSubscription, EventType, RotationBatchView } from '@personnel/contracts';
import { decideRotation, rotationBatchBody, staffMoves } from './demo-rotation';
import { useSystemUnderTest } from './e2e-context';

/**
 * Rotations in the batch: 6 by default, to stay quick; `WEBHOOK_E2E_ROTATIONS=60` runs the district's 60
 * (README, "Events out").
 */
const ROTATIONS = Number(process.env.WEBHOOK_E2E_ROTATIONS ?? 6);
const PAYROLL_TYPES: EventType[] = [
  'vn.personnel.decision.signed',
  'vn.personnel.assignment.started',
  'vn.personnel.assignment.ended',
];

/**
 * The issue's "done when", on `npm start`'s system: payroll subscribes to decisions and assignments; a
 * rotation batch is decided while payroll's receiver is down (every delivery refused); when it comes
 * back, every decision and every assignment the journal holds arrives, once accepted each, signed, in
 * order per procedure, with the ids of the outbox.
 */
describe('webhooks end to end: a rotation batch’s decisions reach a subscriber after its outage', () => {
  const ctx = useSystemUnderTest({ env: { WEBHOOK_MAX_BACKOFF_MS: '3000' } });
  const ok = (answer: { status: number; body: unknown }, status = 200) => {
    if (answer.status !== status)
      throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('delivers every decision and assignment of the batch, signed and in order, once the receiver is back', async () => {
    let down = true;
    const receiver = await WebhookReceiver.start('whsec_unknown-yet', () =>
      down ? { kind: 'fail', status: 503 } : { kind: 'ok' },
    );
    try {
      const sub: CreatedWebhookSubscription = ok(
        await ctx.api('/webhook-subscriptions', 'U-ADMIN', {
          url: receiver.url,
          description: 'Lương (payroll)',
          eventTypes: PAYROLL_TYPES,
          unitCodes: ['DH'],
        }),
        201,
      );
      receiver.secret = sub.secret;

      const moves = await staffMoves(ctx.pg, ROTATIONS);
      const batch: RotationBatchView = ok(
        await ctx.api('/rotation-batches', 'U-HR-01', rotationBatchBody('e2e-webhooks-2026', moves)),
        202,
      );
      const path = `/rotation-batches/${batch.id}`;
      await waitUntil(
        'every rotation past its eligibility check',
        async () =>
          (ok(await ctx.api(path, 'U-HR-01')) as RotationBatchView).items.every(
            (i) => i.procedureStage !== null && i.procedureStage !== 'eligibility_check',
          ),
        120_000,
        500,
      );
      const items = (ok(await ctx.api(path, 'U-HR-01')) as RotationBatchView).items;
      for (const item of items) await decideRotation(ctx.api, item, `${item.index + 701}/QĐ-HU`);

      // The outage: every attempt refused and logged, nothing accepted.
      await waitUntil(
        'refused attempts in the log',
        async () =>
          (
            ok(await ctx.api(`/webhook-subscriptions/${sub.id}/deliveries?status=failed`, 'U-ADMIN')) as {
              attempts: unknown[];
            }
          ).attempts.length >= 2,
        60_000,
        500,
      );
      expect(receiver.acceptedOnce()).toEqual([]);

      down = false;
      const { rows: expected } = await ctx.pg.query<{ id: string; subject: string; type: string }>(
        `SELECT id, subject, type FROM outbox_event e WHERE e.type = ANY($1::text[]) AND e.sequence > $2::bigint
         ORDER BY e.sequence`,
        [PAYROLL_TYPES, sub.deliveredSequence],
      );
      const ids = items.map((i) => i.workflowId as string);
      // Each rotation: its decision, the destination started, the origin ended.
      for (const id of ids)
        expect(
          expected
            .filter((e) => e.subject === id)
            .map((e) => e.type)
            .sort(),
        ).toEqual([...PAYROLL_TYPES].sort());
      await waitUntil(
        'every event accepted',
        () => receiver.acceptedOnce().length >= expected.length,
        120_000,
        200,
      );

      const accepted = receiver.acceptedOnce();
      expect(accepted.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
      expect(receiver.deliveries.every((d) => d.verified && d.webhookId === d.event.id)).toBe(true);
      for (const id of ids)
        expect(accepted.filter((e) => e.subject === id).map((e) => e.id)).toEqual(
          expected.filter((e) => e.subject === id).map((e) => e.id),
        );
      const decisions = accepted.filter((e) => e.type === 'vn.personnel.decision.signed');
      expect(decisions.map((e) => e.subject).sort()).toEqual([...ids].sort());
      expect(decisions[0].data).toMatchObject({ procedureKind: 'rotation', effectiveDate: '2027-01-04' });
      // Codes, never names: no cadre's full name travels in an event.
      const { rows: names } = await ctx.pg.query<{ full_name: string }>(
        `SELECT full_name FROM cadre WHERE code = ANY($1::text[])`,
        [moves.map((m) => m.cadreId)],
      );
      const text = JSON.stringify(accepted);
      for (const n of names) expect(text).not.toContain(n.full_name);
    } finally {
      await receiver.close();
    }
  });
});
