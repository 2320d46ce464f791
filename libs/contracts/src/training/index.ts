export * from './training-workflow';
export * from './training-temporal';
export * from './training-views';
