export * from './post-rank';
