export * from './procedure-queries';
export * from './appointment-queries';
export * from './inbox-queries';
export * from './cadre-timeline-queries';
export * from './unit-scope';
export * from './journal-timeline';
export type { InboxTask } from './task-rows';
export * from './rotation-queries';
export * from './confidence-vote-queries';
