export * from './rotation-batches';
