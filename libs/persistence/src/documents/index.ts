export * from './document-store';
export * from './document-access';
export * from './official-document-store';
export * from './document-facts-queries';
