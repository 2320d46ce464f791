export * from './password-hash';
export * from './user-store';
export * from './directory-matches';
export * from './sign-out-store';
export * from './user-addresses';
