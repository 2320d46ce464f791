export * from './test-database';
export * from './step-fixtures';
