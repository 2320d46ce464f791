export * from './rotation-request';
export * from './rotation-plan';
export * from './rotation-planner-facts';
