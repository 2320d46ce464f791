export * from './official-document';
export * from './document-facts';
export * from './procedure-documents';
export * from './vietnamese-dates';
export * from './issuing-body';
export * from './legal-basis-titles';
