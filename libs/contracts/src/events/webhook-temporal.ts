import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ReplayCommand, WebhookDeliveryState } from './webhooks';

/** The delivery workflow's type name (one run per subscription, id `webhook/<subscriptionId>`). */
export const WEBHOOK_WORKFLOW_TYPE = 'webhookDeliveryWorkflow';

/** Updates (the API waits for the workflow's answer) and the query of a subscription's delivery. */
export const pauseDeliveryUpdate = defineUpdate<WebhookDeliveryState, []>('pauseDelivery');
export const resumeDeliveryUpdate = defineUpdate<WebhookDeliveryState, []>('resumeDelivery');
export const replayDeliveryUpdate = defineUpdate<WebhookDeliveryState, [ReplayCommand]>('replayDelivery');
export const stopDeliveryUpdate = defineUpdate<WebhookDeliveryState, []>('stopDelivery');
export const deliveryStateQuery = defineQuery<WebhookDeliveryState>('deliveryState');
