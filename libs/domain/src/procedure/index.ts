export * from './task-rule';
export * from './task-board';
export * from './sign-off-round';
export * from './due-dates';
export * from './roles';
export * from './party-reach';
export * from './task-notes';
