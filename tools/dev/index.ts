/** The dev runtime as a library: what `npm start`, the end-to-end tests and the benchmark share. */
export * from './ports';
export * from './progress';
export * from './supervisor';
export * from './system';
export * from './temporal-cli';
export * from './wait';
export * from './temporal-server';
export * from './child-process';
export * from './demo-users';
export * from './schemathesis';
export * from './temporal-cluster';
export * from './oidc-provider';
export * from './demo-standing-bodies';
// The procedure-cost bench starts Postgres once on its own to turn pg_stat_statements on before startSystem.
export { startEmbeddedPostgres } from './embedded-postgres';
