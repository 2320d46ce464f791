import { CloudEvent } from 'cloudevents';
import { EVENT_SOURCE, type EventType, type PersonnelCloudEvent } from '@personnel/contracts';

/** An outbox row as read. */
export interface OutboxRow {
  sequence: string;
  id: string;
  type: EventType;
  subject: string;
  unit_code: string;
  data: unknown;
  time: Date | string;
}

/**
 * The row as a CloudEvents 1.0 event in structured JSON, built and validated by the CloudEvents SDK
 * (`cloudevents` on npm) so the attributes are what the spec says; `sequence` and `unitcode` are
 * extension attributes (lower-case alphanumerics, as the spec requires).
 */
export function toCloudEvent(row: OutboxRow): PersonnelCloudEvent {
  const event = new CloudEvent<unknown>(
    {
      specversion: '1.0',
      id: row.id,
      source: EVENT_SOURCE,
      type: row.type,
      subject: row.subject,
      time: new Date(row.time).toISOString(),
      datacontenttype: 'application/json',
      sequence: String(row.sequence),
      unitcode: row.unit_code,
      data: row.data,
    },
    true,
  );
  // The SDK lists every optional attribute, set or not; only those set are the event.
  const json = event.toJSON();
  return Object.fromEntries(
    Object.entries(json).filter(([, v]) => v !== undefined),
  ) as unknown as PersonnelCloudEvent;
}

/** The columns of an outbox row read as `e`; order by `e.sequence` (the bigint, not this text alias). */
export const OUTBOX_COLUMNS =
  'e.sequence::text AS sequence, e.id, e.type, e.subject, e.unit_code, e.data, e.time';
