export * from './plan-workflow';
export * from './plan-temporal';
export * from './plan-views';
