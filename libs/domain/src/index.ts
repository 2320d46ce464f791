export * from './approval-chain';
export * from './nomination-proposal';
export * from './calendar';
export * from './legal-basis';
export * from './rules';
export * from './votes';
export * from './terms';
export * from './conference';
