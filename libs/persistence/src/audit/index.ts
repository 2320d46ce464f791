export * from './canonical-json';
export * from './chain-verifier';
export * from './step-hash';
