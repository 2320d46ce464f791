export * from './event-id';
export * from './append-events';
export * from './step-events';
export * from './assignment-events';
export * from './cloud-event';
export * from './event-feed';
export * from './webhook-subscriptions';
