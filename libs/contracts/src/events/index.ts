export * from './event-types';
export * from './step-events';
export * from './webhooks';
