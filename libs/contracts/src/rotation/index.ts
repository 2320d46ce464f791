export * from './rotation-request';
export * from './rotation-facts';
export * from './rotation-workflow';
export * from './rotation-temporal';
export * from './rotation-plan';
export * from './rotation-planner-facts';
export * from './rotation-report';
export * from './rotation-views';
