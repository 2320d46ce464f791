import type { AssignmentFact } from '@personnel/contracts';
import { consecutiveHeadService, consecutiveHeadTerms, countTerms } from './head-terms';
import { BOTH_BASES, cadreWith, params, postWith, questionWith } from './test-fixtures';

const head = (from: string, to?: string, unitCode = 'QA', postCode = 'QA-CT-UBND'): AssignmentFact => ({
  kind: 'appointment',
  unitCode,
  unitLocalityCode: unitCode,
  postCode,
  isHead: true,
  from,
  to,
});

it.each([
  [0, 0],
  [20, 0],
  [29, 0],
  [30, 1],
  [57, 1],
  [60, 1],
  [89, 1],
  [90, 2],
  [117, 2],
  [150, 3],
])('countTerms(%i months of 5-year terms) = %i', (months, terms) => {
  expect(countTerms(months, 5)).toBe(terms);
});

describe.each(BOTH_BASES)('consecutive_head_terms under %s', (basis) => {
  it.each([
    ['no head assignment', [], '2026-01-15', true, 0],
    ['57 months into the first term', [head('2021-04-15')], '2026-01-15', true, 1],
    [
      'two terms, the second running',
      [head('2016-04-01', '2021-03-31'), head('2021-04-01')],
      '2026-01-01',
      false,
      2,
    ],
    [
      'two terms with a 20-day gap',
      [head('2016-04-01', '2021-03-31'), head('2021-04-20')],
      '2026-01-01',
      false,
      2,
    ],
    [
      'a break of two years resets',
      [head('2011-04-01', '2016-03-31'), head('2018-04-01')],
      '2023-01-01',
      true,
      1,
    ],
    [
      'two terms that ended 20 days ago',
      [head('2016-01-01', '2020-12-31'), head('2021-01-01', '2025-12-26')],
      '2026-01-15',
      false,
      2,
    ],
    [
      'two terms that ended years ago',
      [head('2010-01-01', '2014-12-31'), head('2015-01-01', '2019-12-31')],
      '2026-01-15',
      true,
      0,
    ],
    [
      'secretary then chairman of the same unit',
      [head('2016-04-01', '2021-03-31', 'QA', 'QA-BT-DU'), head('2021-04-01')],
      '2026-01-01',
      false,
      2,
    ],
    [
      'two terms in another unit',
      [head('2016-04-01', '2021-03-31', 'TB'), head('2021-04-01', undefined, 'TB')],
      '2026-01-01',
      true,
      0,
    ],
    ['a short 20-month stint', [head('2024-05-15')], '2026-01-15', true, 0],
  ])('%s: passed %s, %i term(s)', (_case, assignments, asOf, passed, terms) => {
    const check = consecutiveHeadTerms(
      cadreWith({ assignments }),
      postWith({}),
      questionWith({ asOf }),
      params(basis),
    );
    expect(check).toMatchObject({
      rule: 'consecutive_head_terms',
      passed,
      citation: 'QĐ 65-QĐ/TW 2022; NĐ 138/2020/NĐ-CP',
      parameters: { max: 2, termsServed: terms },
    });
  });

  it('does not concern a post that is not a head post', () => {
    const assignments = [head('2011-01-01', '2015-12-31'), head('2016-01-01')];
    const check = consecutiveHeadTerms(
      cadreWith({ assignments }),
      postWith({ isHead: false, postCode: 'QA-PCT-UBND' }),
      questionWith(),
      params(basis),
    );
    expect(check).toMatchObject({ passed: true, parameters: { isHead: false, termsServed: 0 } });
  });
});

it('says since when and how long the cadre has been head', () => {
  const assignments = [head('2016-04-01', '2021-03-31'), head('2021-04-01')];
  const check = consecutiveHeadTerms(
    cadreWith({ assignments }),
    postWith({}),
    questionWith({ asOf: '2026-01-01' }),
    params('QD377-2025'),
  );
  expect(check.detail).toContain('since 2016-04-01');
  expect(check.detail).toContain('9 years 9 months');
  expect(check.detail).toContain('would make 3');
});

it('merges overlapping head assignments and ignores those starting after asOf', () => {
  const service = consecutiveHeadService(
    [
      head('2019-01-01', '2022-06-30'),
      head('2020-01-01', '2021-12-31'),
      head('2022-07-01'),
      head('2030-01-01'),
    ],
    'QA',
    '2026-01-01',
  );
  expect(service).toEqual({ since: '2019-01-01', until: '2026-01-01', months: 84 });
});

it('treats an assignment ending after asOf as served up to asOf', () => {
  expect(consecutiveHeadService([head('2021-01-01', '2026-12-31')], 'QA', '2026-01-01')).toEqual({
    since: '2021-01-01',
    until: '2026-01-01',
    months: 60,
  });
});
