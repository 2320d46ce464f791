export * from './test-database';
export * from './step-fixtures';
export * from './appointment-fixtures';
