export * from './plan-registry';
