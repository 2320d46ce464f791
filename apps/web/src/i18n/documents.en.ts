import type { documentsVi } from './documents.vi';

/** English texts of the official documents section, the same keys as documents.vi.ts. */
export const documentsEn: typeof documentsVi = {
  title: 'Documents',
  intro: "Generated from the procedure's recorded facts, never retyped.",
  empty: 'This procedure has no documents yet.',
  loading: 'Loading the documents…',
  columns: { title: 'Document', state: 'State', size: 'Size', sha: 'SHA-256', actions: 'Actions' },
  states: { issued: 'Issued', draft: 'Draft' },
  draftNote: 'The step that issues it is not recorded yet: the preview is a draft, not stored.',
  preview: 'Preview',
  download: 'Download',
  close: 'Close the preview',
  previewOf: (title: string) => `Preview: ${title}`,
  opening: 'Opening the document…',
  noSize: '—',
};
