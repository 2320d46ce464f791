export * from './checklist';
export * from './procedure-dossier';
