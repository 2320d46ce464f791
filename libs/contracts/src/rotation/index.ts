export * from './rotation-request';
