import { randomBytes, randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { ApiConfig } from '@personnel/config';
import type {
  AuthenticatedUser,
  CreatedWebhookSubscription,
  DeliveryLogPage,
  WebhookSubscriptionView,
} from '@personnel/contracts';
import { EventFeedQueries, WebhookSubscriptions } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import { API_CONFIG } from '../infrastructure/tokens';
import { badRequest } from '../http/validation.pipe';
import type {
  CreateSubscriptionDto,
  DeliveryLogQueryDto,
  UpdateSubscriptionDto,
} from './dto/event-requests.dto';
import { WebhookWorkflows } from './webhook-workflows';

/**
 * Webhook subscriptions (admin): the row and its delivery workflow are made together — a workflow that
 * cannot be started takes the row back, so nothing is half-written. The secret is generated here
 * (Standard Webhooks' `whsec_` + 24 random bytes, base64) and answered once, at the creation.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly database: DatabaseProvider,
    private readonly workflows: WebhookWorkflows,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  private async store(): Promise<WebhookSubscriptions> {
    return new WebhookSubscriptions(await this.database.connection());
  }

  async create(body: CreateSubscriptionDto, user: AuthenticatedUser): Promise<CreatedWebhookSubscription> {
    const store = await this.store();
    await this.assertUnits(store, body.unitCodes ?? [], 'unitCodes');
    const startAfter =
      body.startAfter ?? (await new EventFeedQueries(await this.database.connection()).head());
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const created = await store.create({
      id: randomUUID(),
      url: body.url,
      description: body.description ?? '',
      eventTypes: body.eventTypes ?? [],
      unitCodes: body.unitCodes ?? [],
      secret,
      createdBy: user.username,
      startAfter,
    });
    try {
      await this.workflows.start({
        subscriptionId: created.id,
        cursor: startAfter,
        paused: false,
        maxBackoffMs: this.config.webhookMaxBackoffMs,
      });
    } catch (error) {
      await store.discard(created.id);
      throw error;
    }
    return { ...created, secret };
  }

  async list(): Promise<WebhookSubscriptionView[]> {
    return (await this.store()).list();
  }

  async get(id: string): Promise<WebhookSubscriptionView> {
    const found = await (await this.store()).get(id);
    if (!found) throw new NotFoundException(`No webhook subscription ${id}`);
    return found;
  }

  async update(id: string, body: UpdateSubscriptionDto): Promise<WebhookSubscriptionView> {
    const store = await this.store();
    if (body.unitCodes) await this.assertUnits(store, body.unitCodes, 'unitCodes');
    const updated = await store.update(id, body);
    if (!updated) throw new NotFoundException(`No webhook subscription ${id}`);
    return updated;
  }

  async pause(id: string): Promise<WebhookSubscriptionView> {
    await this.get(id);
    await this.workflows.pause(id);
    return this.setStatus(id, 'paused');
  }

  async resume(id: string): Promise<WebhookSubscriptionView> {
    await this.get(id);
    await this.workflows.resume(id);
    return this.setStatus(id, 'active');
  }

  async replay(id: string, after: string): Promise<WebhookSubscriptionView> {
    const current = await this.get(id);
    if (BigInt(after) > BigInt(current.deliveredSequence))
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `A replay goes back: after must be at most ${current.deliveredSequence}, the sequence delivered last`,
        code: 'replay_ahead',
      });
    await this.workflows.replay(id, after);
    await (await this.store()).setDelivered(id, after, true);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.get(id);
    await this.workflows.stop(id);
    await this.setStatus(id, 'deleted');
  }

  async deliveries(id: string, query: DeliveryLogQueryDto): Promise<DeliveryLogPage> {
    await this.get(id);
    return {
      attempts: await (await this.store()).attempts(id, { limit: query.limit, status: query.status }),
    };
  }

  private async setStatus(
    id: string,
    status: 'active' | 'paused' | 'deleted',
  ): Promise<WebhookSubscriptionView> {
    const updated = await (await this.store()).setStatus(id, status);
    if (!updated && status !== 'deleted') throw new NotFoundException(`No webhook subscription ${id}`);
    return updated as WebhookSubscriptionView;
  }

  private async assertUnits(
    store: WebhookSubscriptions,
    codes: readonly string[],
    field: string,
  ): Promise<void> {
    const unknown = await store.unknownUnits(codes);
    if (unknown.length > 0)
      throw badRequest(
        unknown.map((code) => ({
          field: `${field}[${codes.indexOf(code)}]`,
          problem: `names no unit: ${code}`,
          code: 'unknown_unit' as const,
          params: { unit: code },
        })),
      );
  }
}
