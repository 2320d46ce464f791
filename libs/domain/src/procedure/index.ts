export * from './task-rule';
export * from './task-board';
export * from './sign-off-round';
export * from './due-dates';
