export * from './accounts';
export * from './dev-provider';
export * from './headless-sign-in';
