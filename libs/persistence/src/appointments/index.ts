export * from './appointment-journal';
export * from './appointment-queries';
