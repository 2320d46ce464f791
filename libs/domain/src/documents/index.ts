export * from './official-document';
export * from '@personnel/contracts';
export * from './procedure-documents';
export * from './vietnamese-dates';
export * from './issuing-body';
export * from './legal-basis-titles';
