import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedUser, EventFeedPage } from '@personnel/contracts';
import { EventFeedQueries } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { badRequest } from '../http/validation.pipe';
import { UnitScope } from '../procedures/unit-scope';
import type { EventFeedQueryDto, EventStreamQueryDto } from './dto/event-requests.dto';

/** How often a live stream looks for new events. */
const STREAM_POLL_MS = 1_000;
const STREAM_BATCH = 200;

/** The feed's reads: the outbox after a cursor, within the reader's unit scope (UnitScope). */
@Injectable()
export class EventFeedService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly scope: UnitScope,
  ) {}

  private async queries(): Promise<EventFeedQueries> {
    return new EventFeedQueries(await this.database.connection());
  }

  private async units(user: AuthenticatedUser): Promise<string[] | undefined> {
    const codes = await this.scope.codes(user);
    return codes === null ? undefined : [...codes];
  }

  async page(query: EventFeedQueryDto, user: AuthenticatedUser): Promise<EventFeedPage> {
    const events = await (
      await this.queries()
    ).after(query.after, { unitCodes: await this.units(user), types: query.types, limit: query.limit });
    return { events, next: events.length > 0 ? events[events.length - 1].sequence : query.after };
  }

  /**
   * Server-Sent Events from the cursor (the query's `after`, else Last-Event-ID, else the outbox's head)
   * until `maxSeconds` pass or the reader goes. Each event's SSE id is its sequence, so EventSource's
   * reconnection resumes exactly after the last event it received; `retry` asks it to come back in 1 s.
   */
  async stream(
    query: EventStreamQueryDto,
    lastEventId: string | undefined,
    user: AuthenticatedUser,
    res: Response,
  ): Promise<void> {
    if (query.after === undefined && lastEventId !== undefined && !/^\d{1,18}$/.test(lastEventId))
      throw badRequest([
        {
          field: 'Last-Event-ID',
          problem: 'must be a sequence: 1-18 digits',
          code: 'not_sequence',
          params: { maxDigits: 18 },
        },
      ]);
    const queries = await this.queries();
    const unitCodes = await this.units(user);
    let cursor = query.after ?? lastEventId ?? (await queries.head());
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write(`retry: 1000\n: after ${cursor}\n\n`);
    let open = true;
    res.on('close', () => (open = false));
    const end = Date.now() + query.maxSeconds * 1000;
    try {
      while (open && Date.now() < end) {
        const events = await queries.after(cursor, { unitCodes, types: query.types, limit: STREAM_BATCH });
        for (const e of events)
          res.write(`id: ${e.sequence}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
        if (events.length > 0) cursor = events[events.length - 1].sequence;
        if (events.length < STREAM_BATCH)
          await new Promise((r) => setTimeout(r, Math.min(STREAM_POLL_MS, Math.max(0, end - Date.now()))));
      }
    } catch {
      // The headers are sent: no error body can follow. The stream ends and EventSource reconnects
      // after its retry with Last-Event-ID, where the next read answers 503 if the database is still down.
    } finally {
      res.end();
    }
  }
}
