export * from './rotation-request';
export * from './rotation-facts';
export * from './rotation-workflow';
export * from './rotation-temporal';
