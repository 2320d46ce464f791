export * from './event-types';
export * from './step-events';
export * from './webhooks';
export * from './webhook-temporal';
