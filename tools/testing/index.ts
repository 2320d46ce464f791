export * from './shared-infra';
export * from './test-database';
