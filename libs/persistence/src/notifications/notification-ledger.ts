import type { DataSource } from 'typeorm';

/** One (event, recipient) on one channel: the unique key of `notification_delivery`. */
export interface NotificationKey {
  eventId: string;
  recipient: string;
  channel: 'mail';
}

export interface NotificationClaim extends NotificationKey {
  eventSequence: string;
  eventType: string;
  address: string;
}

/**
 * What `claim` found: `claimed` — this attempt is the one to send; `done` — sent or decided without a
 * mail before; `interrupted` — an earlier attempt claimed it and never said how its send ended (a crash
 * in the SMTP conversation): it is marked `unknown` and not sent again (at most once, see the docs).
 */
export type ClaimOutcome = 'claimed' | 'done' | 'interrupted';

/**
 * The ledger of notifications, one row per (event, recipient, channel). The intent to send is committed
 * before the SMTP conversation and the relay's message id after it, so a retried activity knows, for
 * each pair, whether it was sent, never tried, failed cleanly (the relay refused it: tried again) or
 * interrupted (not tried again).
 */
export class NotificationLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** Takes the pair for this attempt: a new row, or a `failed` one taken again. */
  async claim(c: NotificationClaim): Promise<ClaimOutcome> {
    const [taken]: unknown[] = await this.dataSource.query(
      `INSERT INTO notification_delivery (event_id, recipient, channel, event_sequence, event_type, status, address)
       VALUES ($1, $2, $3, $4::bigint, $5, 'sending', $6)
       ON CONFLICT (event_id, recipient, channel) DO UPDATE
         SET status = 'sending', address = EXCLUDED.address, attempts = notification_delivery.attempts + 1,
             claimed_at = now(), reason = NULL
         WHERE notification_delivery.status = 'failed'
       RETURNING event_id`,
      [c.eventId, c.recipient, c.channel, c.eventSequence, c.eventType, c.address],
    );
    if (taken) return 'claimed';
    const [[interrupted]]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'unknown',
              reason = 'an earlier attempt stopped during the SMTP conversation'
       WHERE event_id = $1 AND recipient = $2 AND channel = $3 AND status = 'sending' RETURNING event_id`,
      [c.eventId, c.recipient, c.channel],
    );
    return interrupted ? 'interrupted' : 'done';
  }

  /** The relay accepted the message (an attempt taken for unknown still records that it went out). */
  async markSent(key: NotificationKey, messageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'sent', message_id = $4, sent_at = now(), reason = NULL
       WHERE event_id = $1 AND recipient = $2 AND channel = $3 AND status IN ('sending', 'unknown')`,
      [key.eventId, key.recipient, key.channel, messageId],
    );
  }

  /** The relay refused it or could not be reached: the next attempt takes it again. */
  async markFailed(key: NotificationKey, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'failed', reason = $4
       WHERE event_id = $1 AND recipient = $2 AND channel = $3 AND status = 'sending'`,
      [key.eventId, key.recipient, key.channel, reason.slice(0, 500)],
    );
  }

  /** Decided without a mail (switched off, no address): recorded once, so the decision is not taken again. */
  async skip(
    c: Omit<NotificationClaim, 'address'> & { address: string | null; reason: string },
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notification_delivery (event_id, recipient, channel, event_sequence, event_type, status, address, reason)
       VALUES ($1, $2, $3, $4::bigint, $5, 'skipped', $6, $7)
       ON CONFLICT (event_id, recipient, channel) DO NOTHING RETURNING event_id`,
      [c.eventId, c.recipient, c.channel, c.eventSequence, c.eventType, c.address, c.reason],
    );
    return rows.length > 0;
  }

  /** The rows of one event (tests, operators). */
  async ofEvent(eventId: string): Promise<
    {
      recipient: string;
      status: string;
      address: string | null;
      messageId: string | null;
      attempts: number;
      reason: string | null;
    }[]
  > {
    return this.dataSource.query(
      `SELECT recipient, status, address, message_id AS "messageId", attempts, reason
       FROM notification_delivery WHERE event_id = $1 ORDER BY recipient`,
      [eventId],
    );
  }
}
