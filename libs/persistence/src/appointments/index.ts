export * from './appointment-journal';
export * from './appointment-queries';
export * from './inbox-queries';
export * from './unit-scope';
export * from './cadre-timeline-queries';
