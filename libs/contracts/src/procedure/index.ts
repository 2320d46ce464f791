export * from './actor';
export * from './task';
export * from './refusal';
export * from './snapshot';
export * from './task-updates';
export * from './activities';
export * from './procedure-id';
export * from './views';
