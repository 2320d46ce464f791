import type { DataSource } from 'typeorm';
import type { EventType, PersonnelCloudEvent } from '@personnel/contracts';
import { OUTBOX_COLUMNS, toCloudEvent, type OutboxRow } from './cloud-event';

export interface EventFeedFilter {
  /** Unit codes the reader may see; undefined = the whole organisation. */
  unitCodes?: readonly string[];
  types?: readonly EventType[];
  limit: number;
}

/** The pull feed: events after a cursor, oldest first, within the reader's units. */
export class EventFeedQueries {
  constructor(private readonly dataSource: DataSource) {}

  async after(cursor: string, filter: EventFeedFilter): Promise<PersonnelCloudEvent[]> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox_event e
       WHERE e.sequence > $1::bigint
         AND ($2::text[] IS NULL OR e.unit_code = ANY($2::text[]))
         AND ($3::text[] IS NULL OR e.type = ANY($3::text[]))
       ORDER BY e.sequence LIMIT $4`,
      [
        cursor,
        filter.unitCodes ? [...filter.unitCodes] : null,
        filter.types && filter.types.length > 0 ? [...filter.types] : null,
        filter.limit,
      ],
    );
    return rows.map(toCloudEvent);
  }

  /** The newest sequence (0 when the outbox is empty): where a live reader without a cursor starts. */
  async head(): Promise<string> {
    const [row]: { head: string }[] = await this.dataSource.query(
      'SELECT COALESCE(max(sequence), 0)::text AS head FROM outbox_event',
    );
    return row.head;
  }
}
