export * from './conference-rules';
