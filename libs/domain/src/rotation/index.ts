export * from './destination-rules';
export * from './rotation-eligibility';
export * from './schedule';
