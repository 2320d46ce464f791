export * from './destination-rules';
export * from './rotation-eligibility';
