export * from './rotation-request';
export * from './rotation-report';
