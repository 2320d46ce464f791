export * from './plan-registry';
export * from './plan-start-lookups';
export * from './planning-import';
