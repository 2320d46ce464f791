export * from './conference-rules';
export * from './standing-body';
