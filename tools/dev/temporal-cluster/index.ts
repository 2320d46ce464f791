/** The real Temporal server on PostgreSQL (`npm run cluster`, the cluster test tier, the scaling bench). */
export * from './binaries';
export * from './cluster';
export * from './namespace';
export * from './schema';
export * from './server-config';
