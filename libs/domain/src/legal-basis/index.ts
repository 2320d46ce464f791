export * from './citations';
export * from './parameters';
export * from './table';
export * from './default-basis';
