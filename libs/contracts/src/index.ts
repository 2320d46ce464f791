export * from './api';
export * from './nomination';
export * from './nomination-id';
export * from './steps';
export * from './temporal';
export * from './registry';
export * from './text-folding';
export * from './auth';
