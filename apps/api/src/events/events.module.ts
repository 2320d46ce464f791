import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { EventFeedController } from './event-feed.controller';
import { EventFeedService } from './event-feed.service';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import { WebhookWorkflows } from './webhook-workflows';

/** Events out: the pull feed (and its SSE stream) and the webhook subscriptions' admin API. */
@Module({
  imports: [ProceduresModule],
  controllers: [EventFeedController, WebhookSubscriptionsController],
  providers: [EventFeedService, WebhookSubscriptionsService, WebhookWorkflows],
})
export class EventsModule {}
