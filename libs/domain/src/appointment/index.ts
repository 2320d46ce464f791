export * from './due-dates';
export * from './procedure-steps';
export * from './sign-off-round';
export * from './task-board';
