import { dossierFieldProblems } from './dossier-fields';

const TODAY = '2026-12-02';
const fields = (input: Parameters<typeof dossierFieldProblems>[0]) =>
  dossierFieldProblems(input, TODAY).map((p) => p.field);

describe('the dossier fields of an upload', () => {
  it.each<[string, Parameters<typeof dossierFieldProblems>[0], string[]]>([
    ['a dated CV of a cadre', { kind: 'cv', cadreId: 'CB-1', issuedOn: '2026-11-01' }, []],
    [
      'an assessment with its year',
      { kind: 'assessment', cadreId: 'CB-1', issuedOn: '2026-01-05', periodYear: 2025 },
      [],
    ],
    ['issued today', { kind: 'health_certificate', cadreId: 'CB-1', issuedOn: TODAY }, []],
    ['a tally sheet needs nothing', { kind: 'tally_sheet' }, []],
    ['a CV without its cadre and date', { kind: 'cv' }, ['cadreId', 'issuedOn']],
    ['issued tomorrow', { kind: 'cv', cadreId: 'CB-1', issuedOn: '2026-12-03' }, ['issuedOn']],
    ['not a date', { kind: 'cv', cadreId: 'CB-1', issuedOn: '2026-02-30' }, ['issuedOn']],
    [
      'an assessment without its year',
      { kind: 'assessment', cadreId: 'CB-1', issuedOn: '2026-01-05' },
      ['periodYear'],
    ],
    [
      'a year after the issue',
      { kind: 'assessment', cadreId: 'CB-1', issuedOn: '2025-12-20', periodYear: 2026 },
      ['periodYear'],
    ],
    [
      'a year on a certificate',
      { kind: 'health_certificate', cadreId: 'CB-1', issuedOn: '2026-01-05', periodYear: 2025 },
      ['periodYear'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(fields(input)).toEqual(expected);
  });
});
