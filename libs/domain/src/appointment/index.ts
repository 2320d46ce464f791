export * from './procedure-steps';
