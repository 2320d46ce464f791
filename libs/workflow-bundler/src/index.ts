export * from './build-bundle';
export * from './bundler-hook';
export * from './workflow-entry';
