export * from '../documents/document-fixtures';
