export * from './plan-candidate';
export * from './plan-review';
