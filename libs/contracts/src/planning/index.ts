export * from './plan-workflow';
export * from './plan-temporal';
