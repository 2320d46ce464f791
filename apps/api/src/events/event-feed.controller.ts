import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser, EventFeedPage } from '@personnel/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { EventFeedQueryDto, EventStreamQueryDto } from './dto/event-requests.dto';
import { EventFeedService } from './event-feed.service';

/**
 * The pull feed of every event in the reader's unit scope (any signed-in user: it is scoped like every
 * read), and the same as Server-Sent Events for live readers.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller('api/v1/events')
export class EventFeedController {
  constructor(private readonly feed: EventFeedService) {}

  @Get()
  @ApiOperation({
    summary: 'Events after a cursor, oldest first, within your unit scope (CloudEvents 1.0, structured JSON)',
  })
  @ApiOkResponse({ description: 'EventFeedPage: pass `next` as `after` to read on' })
  page(@Query() query: EventFeedQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<EventFeedPage> {
    return this.feed.page(query, user);
  }

  @Get('stream')
  @ApiOperation({
    summary:
      'Server-Sent Events: each event as `id: <sequence>`, `event: <type>`, `data: <CloudEvent JSON>`; closes after maxSeconds',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this sequence' })
  @ApiOkResponse({
    description: 'A text/event-stream of events in your unit scope',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(
    @Query() query: EventStreamQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res() res: Response,
  ): Promise<void> {
    await this.feed.stream(query, lastEventId, user, res);
  }
}
