export * from './notification-preferences';
export * from './notification-ledger';
export * from './notification-facts';
