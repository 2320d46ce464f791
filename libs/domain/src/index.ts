export * from './calendar';
export * from './legal-basis';
export * from './rules';
export * from './votes';
export * from './terms';
export * from './conference';
export * from './procedure';
export * from './appointment';
