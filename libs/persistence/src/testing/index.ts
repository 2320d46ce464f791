export * from './test-database';
export * from './appointment-fixtures';
