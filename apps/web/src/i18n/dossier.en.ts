import type { dossierVi } from './dossier.vi';

/** English texts of the dossier checklist; the same keys as dossier.vi.ts. */
export const dossierEn: typeof dossierVi = {
  title: 'Dossier checklist',
  complete: 'The dossier is complete',
  completeOn: (date: string) => `Complete since ${date}`,
  incomplete:
    'The dossier is incomplete: no conference is convened until it is complete or a leader grants an exception.',
  notChecked: 'The dossier has not been checked yet.',
  of: (name: string) => `Dossier of ${name}`,
  item: 'Item',
  state: 'State',
  issuedOn: 'Issued on',
  validUntil: 'Valid until',
  noExpiry: 'Does not expire',
  states: { present: 'Present', missing: 'Missing', expired: 'Expired' },
  items: {
    cv: 'Curriculum vitae',
    asset_declaration: 'Asset and income declaration',
    health_certificate: 'Health certificate',
    assessment: (year: number) => `Assessment of ${year}`,
    party_cell_comment: 'Comments of the residence Party cell',
  },
  exception: (by: string, date: string, reason: string) =>
    `Dossier exception granted by ${by} on ${date}: “${reason}”`,
  add: {
    title: 'Add a document to the dossier',
    cadre: 'Dossier of',
    kind: 'Kind of document',
    issuedOn: 'Issued on (dd/mm/yyyy)',
    periodYear: 'Year assessed',
    file: 'File',
    submit: 'Upload and add',
    busy: 'Uploading…',
    added: (name: string) => `${name} added to the dossier.`,
  },
  grant: {
    title: 'Grant an exception to the dossier',
    reason: 'Reason (at least 20 characters)',
    submit: 'Grant the exception',
    granted: 'The dossier exception was granted.',
  },
  problems: {
    cadreId: 'Choose whose dossier it is.',
    issuedOn: 'Enter the issue date as dd/mm/yyyy.',
    issuedOnFuture: 'The issue date cannot be after today.',
    periodYear: 'Enter the year assessed (not after the year of issue).',
    file: 'Choose a file to upload.',
    reason: 'The reason needs at least 20 characters.',
    fromApi: (field: string, problem: string) => `${field}: ${problem}`,
  },
};
