import type { DocumentKind, DocumentRef, LegalBasis } from '@personnel/contracts';
import { checkDossier, type DossierProcedureKind } from './checklist';
import { judgeProcedureDossier } from './procedure-dossier';

let n = 0;
const doc = (kind: DocumentKind, issuedOn: string, extra: Partial<DocumentRef> = {}): DocumentRef => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  kind,
  fileName: `${kind}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'a'.repeat(64),
  cadreId: 'CB-1',
  issuedOn,
  ...extra,
});

/** A dossier complete on 2026-03-10 for an appointment: health certificate issued 2026-01-15. */
const complete = (): DocumentRef[] => [
  doc('cv', '2026-01-05'),
  doc('declaration', '2026-01-06'),
  doc('health_certificate', '2026-01-15'),
  doc('assessment', '2026-01-02', { periodYear: 2025 }),
  doc('assessment', '2025-01-03', { periodYear: 2024 }),
  doc('assessment', '2024-01-04', { periodYear: 2023 }),
  doc('party_cell_comment', '2026-02-01'),
];

const check = (
  documents: DocumentRef[],
  asOf: string,
  procedureKind: DossierProcedureKind = 'appointment',
  legalBasis: LegalBasis = 'QD377-2025',
) => checkDossier({ procedureKind, legalBasis, cadreId: 'CB-1', documents, asOf });

describe('the dossier checklist', () => {
  it.each<[string, () => DocumentRef[], string, boolean, string[], string | null]>([
    ['complete', complete, '2026-03-10', true, [], '2026-07-15'],
    ['the health certificate on its last valid day', complete, '2026-07-15', true, [], '2026-07-15'],
    [
      'the health certificate a day too old',
      complete,
      '2026-07-16',
      false,
      ['health_certificate'],
      '2026-12-31',
    ],
    [
      'a new year asks for the year just ended',
      complete,
      '2027-01-02',
      false,
      ['health_certificate', 'assessment-2026'],
      '2027-12-31',
    ],
    [
      'nothing uploaded',
      () => [],
      '2026-03-10',
      false,
      [
        'cv',
        'asset_declaration',
        'health_certificate',
        'assessment-2025',
        'assessment-2024',
        'assessment-2023',
        'party_cell_comment',
      ],
      null,
    ],
    [
      'an assessment without its year fills no year',
      () => complete().map((d) => (d.periodYear === 2024 ? { ...d, periodYear: undefined } : d)),
      '2026-03-10',
      false,
      ['assessment-2024'],
      '2026-07-15',
    ],
    [
      "another cadre's CV is not this one's",
      () => complete().map((d) => (d.kind === 'cv' ? { ...d, cadreId: 'CB-2' } : d)),
      '2026-03-10',
      false,
      ['cv'],
      '2026-07-15',
    ],
    [
      'a document issued after the day is not there yet',
      complete,
      '2026-01-31',
      false,
      ['party_cell_comment'],
      '2026-07-15',
    ],
    [
      'a document without an issue date counts for nothing',
      () => complete().map((d) => (d.kind === 'declaration' ? { ...d, issuedOn: undefined } : d)),
      '2026-03-10',
      false,
      ['asset_declaration'],
      '2026-07-15',
    ],
  ])('%s', (_name, documents, asOf, isComplete, missing, validUntil) => {
    const result = check(documents(), asOf);
    expect({ complete: result.complete, missing: result.missing, validUntil: result.validUntil }).toEqual({
      complete: isComplete,
      missing,
      validUntil,
    });
  });

  it('names the newest valid certificate and says until when it is valid', () => {
    const older = doc('health_certificate', '2025-12-01');
    const newer = doc('health_certificate', '2026-02-28');
    const item = check([...complete(), older, newer], '2026-03-10').items.find(
      (i) => i.key === 'health_certificate',
    );
    expect(item).toMatchObject({
      state: 'present',
      documentId: newer.id,
      issuedOn: '2026-02-28',
      validUntil: '2026-08-28',
    });
  });

  it('an expired certificate is shown as expired with its end, not as missing', () => {
    const item = check(complete(), '2026-08-01').items.find((i) => i.key === 'health_certificate');
    expect(item).toMatchObject({ state: 'expired', issuedOn: '2026-01-15', validUntil: '2026-07-15' });
  });

  it('6 months end on the last day of a shorter month (Civil Code Art. 148)', () => {
    const docs = [
      ...complete().filter((d) => d.kind !== 'health_certificate'),
      doc('health_certificate', '2025-08-31'),
    ];
    expect(check(docs, '2026-02-28').items.find((i) => i.key === 'health_certificate')?.validUntil).toBe(
      '2026-02-28',
    );
    expect(check(docs, '2026-03-01').missing).toContain('health_certificate');
  });

  it("a rotation's dossier asks no Party cell comments", () => {
    const docs = complete().filter((d) => d.kind !== 'party_cell_comment');
    expect(check(docs, '2026-03-10', 'rotation', 'QD65-2022').complete).toBe(true);
    expect(check(docs, '2026-03-10', 'appointment', 'ND138-2020').missing).toEqual(['party_cell_comment']);
  });

  it.each<LegalBasis>(['QD50-2021', 'QD80-2022', 'ND138-2020', 'QD377-2025', 'QD65-2022'])(
    'every item under %s carries a citation',
    (basis) => {
      for (const item of check([], '2026-03-10', 'appointment', basis).items)
        expect(item.citation.length).toBeGreaterThan(5);
    },
  );

  it('does not depend on the order the documents came in', () => {
    const docs = [...complete(), doc('health_certificate', '2026-01-15')];
    expect(check([...docs].reverse(), '2026-03-10')).toEqual(check(docs, '2026-03-10'));
  });
});

describe("a procedure's dossier", () => {
  it('is complete only when every subject is, and expires at the earliest item', () => {
    const mine = complete();
    const theirs = complete().map((d) =>
      d.kind === 'health_certificate'
        ? { ...d, cadreId: 'CB-2', issuedOn: '2026-02-01' }
        : { ...d, cadreId: 'CB-2' },
    );
    const both = judgeProcedureDossier({
      procedureKind: 'appointment',
      legalBasis: 'QD377-2025',
      cadreIds: ['CB-1', 'CB-2'],
      documents: [...mine, ...theirs],
      asOf: '2026-03-10',
    });
    expect({ complete: both.complete, validUntil: both.validUntil }).toEqual({
      complete: true,
      validUntil: '2026-07-15',
    });
    const half = judgeProcedureDossier({
      procedureKind: 'appointment',
      legalBasis: 'QD377-2025',
      cadreIds: ['CB-1', 'CB-2'],
      documents: mine,
      asOf: '2026-03-10',
    });
    expect(half.complete).toBe(false);
    expect(half.checklists.map((c) => c.complete)).toEqual([true, false]);
  });

  it('counts documents that name no cadre for a sole subject only', () => {
    const unnamed = complete().map((d) => ({ ...d, cadreId: undefined }));
    const judge = (cadreIds: string[]) =>
      judgeProcedureDossier({
        procedureKind: 'appointment',
        legalBasis: 'QD377-2025',
        cadreIds,
        documents: unnamed,
        asOf: '2026-03-10',
      }).complete;
    expect(judge(['CB-1'])).toBe(true);
    expect(judge(['CB-1', 'CB-2'])).toBe(false);
  });
});
