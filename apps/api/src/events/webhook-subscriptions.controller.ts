import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AuthenticatedUser,
  CreatedWebhookSubscription,
  DeliveryLogPage,
  WebhookSubscriptionView,
} from '@personnel/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { badRequest } from '../http/validation.pipe';
import {
  CreateSubscriptionDto,
  DeliveryLogQueryDto,
  ReplayDto,
  UpdateSubscriptionDto,
} from './dto/event-requests.dto';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

const ID_PIPE = new ParseUUIDPipe({
  exceptionFactory: () =>
    badRequest([{ field: 'id', problem: 'must be a subscription id (UUID)', code: 'not_uuid', params: {} }]),
});
const ID_PARAM = { name: 'id', description: 'Subscription id (UUID)' };

/** Webhook subscriptions and their delivery (administrators only). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe a URL to events; starts its delivery workflow; the secret is shown once',
  })
  @ApiCreatedResponse({ description: 'The subscription with its secret (CreatedWebhookSubscription)' })
  create(
    @Body() body: CreateSubscriptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CreatedWebhookSubscription> {
    return this.subscriptions.create(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Every subscription (never a secret)' })
  list(): Promise<WebhookSubscriptionView[]> {
    return this.subscriptions.list();
  }

  @Get(':id')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'One subscription and how far its delivery got' })
  get(@Param('id', ID_PIPE) id: string): Promise<WebhookSubscriptionView> {
    return this.subscriptions.get(id);
  }

  @Patch(':id')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Change the URL, the types, the units or the description (the secret stays)' })
  update(
    @Param('id', ID_PIPE) id: string,
    @Body() body: UpdateSubscriptionDto,
  ): Promise<WebhookSubscriptionView> {
    return this.subscriptions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'End the subscription and its delivery (its log is kept)' })
  @ApiNoContentResponse({ description: 'Ended' })
  remove(@Param('id', ID_PIPE) id: string): Promise<void> {
    return this.subscriptions.remove(id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Hold delivery back (events wait in order)' })
  pause(@Param('id', ID_PIPE) id: string): Promise<WebhookSubscriptionView> {
    return this.subscriptions.pause(id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Deliver again from where it stopped, at once (the backoff is reset)' })
  resume(@Param('id', ID_PIPE) id: string): Promise<WebhookSubscriptionView> {
    return this.subscriptions.resume(id);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Deliver again every event after a sequence, with the same ids' })
  @ApiConflictResponse({ description: 'replay_ahead: the sequence is past what was delivered' })
  replay(@Param('id', ID_PIPE) id: string, @Body() body: ReplayDto): Promise<WebhookSubscriptionView> {
    return this.subscriptions.replay(id, body.after);
  }

  @Get(':id/deliveries')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'The delivery log: each attempt with its status, newest first' })
  @ApiOkResponse({ description: 'DeliveryLogPage' })
  deliveries(
    @Param('id', ID_PIPE) id: string,
    @Query() query: DeliveryLogQueryDto,
  ): Promise<DeliveryLogPage> {
    return this.subscriptions.deliveries(id, query);
  }
}
