export * from './test-database';
export * from './appointment-fixtures';
export * from './procedure-fixtures';
export * from './stallable-relay';
export * from './document-journal-fixtures';
export * from './webhook-receiver';
export * from './mail-catcher';
