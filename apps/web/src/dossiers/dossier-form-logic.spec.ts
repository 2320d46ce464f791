import { describe, expect, it } from 'vitest';
import { checkDossierUpload, type DossierUploadDraft } from './dossier-form-logic';

const file = new File(['x'], 'giay-kham.pdf', { type: 'application/pdf' });
const draft = (over: Partial<DossierUploadDraft> = {}): DossierUploadDraft => ({
  cadreId: 'CB-1',
  kind: 'health_certificate',
  issuedOnText: '20/11/2026',
  periodYearText: '',
  file,
  ...over,
});

describe('the dossier upload form', () => {
  it('turns dd/mm/yyyy into the API date', () => {
    expect(checkDossierUpload(draft(), '2026-12-02')).toEqual({
      problems: {},
      fields: { cadreId: 'CB-1', issuedOn: '2026-11-20' },
    });
  });
  it.each<[string, Partial<DossierUploadDraft>, Record<string, string>]>([
    ['no cadre', { cadreId: '' }, { cadreId: 'cadreId' }],
    ['no real date', { issuedOnText: '31/02/2026' }, { issuedOn: 'issuedOn' }],
    ['a date after today', { issuedOnText: '03/12/2026' }, { issuedOn: 'issuedOnFuture' }],
    ['an assessment without its year', { kind: 'assessment' }, { periodYear: 'periodYear' }],
    [
      'an assessment of a year after its issue',
      { kind: 'assessment', periodYearText: '2027' },
      { periodYear: 'periodYear' },
    ],
    ['no file', { file: null }, { file: 'file' }],
  ])('names %s', (_name, over, problems) => {
    const result = checkDossierUpload(draft(over), '2026-12-02');
    expect(result.problems).toEqual(problems);
    expect(result.fields).toBeUndefined();
  });
  it('keeps the year of an assessment', () => {
    expect(
      checkDossierUpload(draft({ kind: 'assessment', periodYearText: '2025' }), '2026-12-02').fields,
    ).toEqual({
      cadreId: 'CB-1',
      issuedOn: '2026-11-20',
      periodYear: 2025,
    });
  });
});
