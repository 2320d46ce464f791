export * from './env';
export * from './service-config';
export * from './logger';
export * from './temporal-connection-options';
export * from './exit-with-parent';
export * from './auth-config';
export * from './document-store-config';
