export * from './shared-infra';
