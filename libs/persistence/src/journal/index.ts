export * from './step-journal';
export * from './record-procedure-step';
export * from './appointment-journal';
