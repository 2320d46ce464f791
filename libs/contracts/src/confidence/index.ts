export * from './confidence-workflow';
export * from './confidence-temporal';
export * from './confidence-views';
