import type { DataSource } from 'typeorm';
import type {
  DeliveryAttemptStatus,
  DeliveryAttemptView,
  EventType,
  PersonnelCloudEvent,
  WebhookSubscriptionStatus,
  WebhookSubscriptionView,
} from '@personnel/contracts';
import { webhookWorkflowId } from '@personnel/contracts';
import { OUTBOX_COLUMNS, toCloudEvent, type OutboxRow } from './cloud-event';

interface SubscriptionRow {
  id: string;
  url: string;
  description: string;
  event_types: EventType[];
  unit_codes: string[];
  status: WebhookSubscriptionStatus;
  delivered_sequence: string;
  created_at: Date;
  created_by: string;
}

const COLUMNS =
  'id, url, description, event_types, unit_codes, status, delivered_sequence::text AS delivered_sequence, created_at, created_by';

function view(row: SubscriptionRow): WebhookSubscriptionView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    unitCodes: row.unit_codes,
    status: row.status,
    deliveredSequence: row.delivered_sequence,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    workflowId: webhookWorkflowId(row.id),
  };
}

export interface NewSubscription {
  id: string;
  url: string;
  description: string;
  eventTypes: readonly EventType[];
  unitCodes: readonly string[];
  secret: string;
  createdBy: string;
  /** Where delivery starts: the outbox head when created (a subscriber learns what happens from then on). */
  startAfter: string;
}

/** What the delivery activity needs of a subscription: where to POST, with what key, which events. */
export interface SubscriptionTarget {
  id: string;
  url: string;
  secret: string;
  status: WebhookSubscriptionStatus;
}

export interface AttemptRecord {
  attemptKey: string;
  subscriptionId: string;
  event: PersonnelCloudEvent;
  status: DeliveryAttemptStatus;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

/** Webhook subscriptions, the events each may receive, and the delivery log. */
export class WebhookSubscriptions {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: NewSubscription): Promise<WebhookSubscriptionView> {
    const [row]: SubscriptionRow[] = await this.dataSource.query(
      `INSERT INTO webhook_subscription (id, url, description, event_types, unit_codes, secret, created_by, delivered_sequence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::bigint) RETURNING ${COLUMNS}`,
      [
        input.id,
        input.url,
        input.description,
        [...input.eventTypes],
        [...input.unitCodes],
        input.secret,
        input.createdBy,
        input.startAfter,
      ],
    );
    return view(row);
  }

  async list(): Promise<WebhookSubscriptionView[]> {
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_subscription WHERE status <> 'deleted' ORDER BY created_at, id`,
    );
    return rows.map(view);
  }

  async get(id: string): Promise<WebhookSubscriptionView | undefined> {
    const [row]: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM webhook_subscription WHERE id = $1 AND status <> 'deleted'`,
      [id],
    );
    return row ? view(row) : undefined;
  }

  async update(
    id: string,
    change: {
      url?: string;
      description?: string;
      eventTypes?: readonly EventType[];
      unitCodes?: readonly string[];
    },
  ): Promise<WebhookSubscriptionView | undefined> {
    const [[row]]: [SubscriptionRow[], number] = await this.dataSource.query(
      `UPDATE webhook_subscription
       SET url = COALESCE($2, url), description = COALESCE($3, description),
           event_types = COALESCE($4, event_types), unit_codes = COALESCE($5, unit_codes), updated_at = now()
       WHERE id = $1 AND status <> 'deleted' RETURNING ${COLUMNS}`,
      [
        id,
        change.url ?? null,
        change.description ?? null,
        change.eventTypes ? [...change.eventTypes] : null,
        change.unitCodes ? [...change.unitCodes] : null,
      ],
    );
    return row ? view(row) : undefined;
  }

  async setStatus(
    id: string,
    status: WebhookSubscriptionStatus,
  ): Promise<WebhookSubscriptionView | undefined> {
    const [[row]]: [SubscriptionRow[], number] = await this.dataSource.query(
      `UPDATE webhook_subscription SET status = $2, updated_at = now()
       WHERE id = $1 AND status <> 'deleted' RETURNING ${COLUMNS}`,
      [id, status],
    );
    return row ? view(row) : undefined;
  }

  /** Which of these unit codes the registry does not know (a subscription's scope must name real units). */
  async unknownUnits(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      'SELECT c AS code FROM unnest($1::text[]) AS c WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = c)',
      [[...codes]],
    );
    return rows.map((r) => r.code);
  }

  /** Removes a subscription whose delivery could not be started (nothing half-written). */
  async discard(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM webhook_subscription WHERE id = $1', [id]);
  }

  /** The delivery activity's view (the secret included; never answered by the API). */
  async target(id: string): Promise<SubscriptionTarget | undefined> {
    const [row]: SubscriptionTarget[] = await this.dataSource.query(
      'SELECT id, url, secret, status FROM webhook_subscription WHERE id = $1',
      [id],
    );
    return row;
  }

  /**
   * The events after the cursor this subscription may receive, oldest first: of its types (all when it
   * names none) and of units in the subtrees of its units (all when it names none), walked at each read
   * so a unit moved in the tree moves its events with it.
   */
  async pendingEvents(id: string, after: string, limit: number): Promise<PersonnelCloudEvent[]> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `WITH RECURSIVE s AS (SELECT event_types, unit_codes FROM webhook_subscription WHERE id = $1),
       scope AS (
         SELECT u.id, u.code FROM unit u, s WHERE u.code = ANY(s.unit_codes)
         UNION
         SELECT u.id, u.code FROM unit u JOIN scope ON u.parent_id = scope.id
       )
       SELECT ${OUTBOX_COLUMNS} FROM outbox_event e, s
       WHERE e.sequence > $2::bigint
         AND (cardinality(s.event_types) = 0 OR e.type = ANY(s.event_types))
         AND (cardinality(s.unit_codes) = 0 OR e.unit_code IN (SELECT code FROM scope))
       ORDER BY e.sequence LIMIT $3`,
      [id, after, limit],
    );
    return rows.map(toCloudEvent);
  }

  /** Notes how far delivery got (only forward, unless a replay moved the cursor back on purpose). */
  async setDelivered(id: string, sequence: string, rewind = false): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_subscription SET delivered_sequence = $2::bigint
       WHERE id = $1 AND ($3 OR delivered_sequence < $2::bigint)`,
      [id, sequence, rewind],
    );
  }

  /** One row per POST: a retried write of the same attempt (its key) records nothing more. */
  async recordAttempt(a: AttemptRecord): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO webhook_delivery_attempt
         (attempt_key, subscription_id, event_id, sequence, event_type, subject, status, http_status, error,
          duration_ms, attempted_at)
       VALUES ($1, $2, $3, $4::bigint, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (attempt_key) DO NOTHING RETURNING attempt_key`,
      [
        a.attemptKey,
        a.subscriptionId,
        a.event.id,
        a.event.sequence,
        a.event.type,
        a.event.subject,
        a.status,
        a.httpStatus,
        a.error === null ? null : a.error.slice(0, 500),
        a.durationMs,
        a.attemptedAt,
      ],
    );
    return rows.length > 0;
  }

  /** The delivery log, newest first; `before` pages on (an attempt's time, ISO). */
  async attempts(
    id: string,
    options: { limit: number; status?: DeliveryAttemptStatus },
  ): Promise<DeliveryAttemptView[]> {
    const rows: {
      attempt_key: string;
      event_id: string;
      sequence: string;
      event_type: EventType;
      subject: string;
      status: DeliveryAttemptStatus;
      http_status: number | null;
      error: string | null;
      duration_ms: number;
      attempted_at: Date;
    }[] = await this.dataSource.query(
      `SELECT attempt_key, event_id, sequence::text AS sequence, event_type, subject, status, http_status, error,
              duration_ms, attempted_at
       FROM webhook_delivery_attempt WHERE subscription_id = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY attempted_at DESC, sequence DESC LIMIT $3`,
      [id, options.status ?? null, options.limit],
    );
    return rows.map((r) => ({
      attemptKey: r.attempt_key,
      eventId: r.event_id,
      sequence: r.sequence,
      eventType: r.event_type,
      subject: r.subject,
      status: r.status,
      httpStatus: r.http_status,
      error: r.error,
      durationMs: r.duration_ms,
      attemptedAt: new Date(r.attempted_at).toISOString(),
    }));
  }
}
