export * from './approval-chain';
export * from './nomination-proposal';
