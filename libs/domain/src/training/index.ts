export * from './enrolment';
export * from './results';
export * from './training-gaps';
export * from './schedule';
