export * from './password-hash';
export * from './user-store';
