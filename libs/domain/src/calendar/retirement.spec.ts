import {
  isRetiredOn,
  monthsToRetirement,
  retirementAgeMonthsInYear,
  retirementDate,
  retirementFacts,
} from './retirement';

describe('retirement age (Labour Code 2019 Art. 169, Decree 135/2020)', () => {
  it.each([
    ['male', 2020, 720],
    ['male', 2021, 723],
    ['male', 2027, 741],
    ['male', 2028, 744],
    ['male', 2040, 744],
    ['female', 2020, 660],
    ['female', 2021, 664],
    ['female', 2034, 716],
    ['female', 2035, 720],
    ['female', 2040, 720],
  ] as const)('%s reaching it in %i: %i months', (gender, year, months) => {
    expect(retirementAgeMonthsInYear(gender, year)).toBe(months);
  });

  // Rows of Decree 135 Appendix I: first and last birth month of a row, and the rows' seams.
  it.each([
    ['male', '1960-12-15', '60 years', '2020-12', '2021-01-01'],
    ['male', '1961-01-10', '60 years 3 months', '2021-04', '2021-05-01'],
    ['male', '1961-09-30', '60 years 3 months', '2021-12', '2022-01-01'],
    ['male', '1961-10-01', '60 years 6 months', '2022-04', '2022-05-01'],
    ['male', '1962-06-20', '60 years 6 months', '2022-12', '2023-01-01'],
    ['male', '1962-07-01', '60 years 9 months', '2023-04', '2023-05-01'],
    ['male', '1966-03-31', '61 years 9 months', '2027-12', '2028-01-01'],
    ['male', '1966-04-01', '62 years', '2028-04', '2028-05-01'],
    ['male', '1980-06-15', '62 years', '2042-06', '2042-07-01'],
    ['female', '1965-12-15', '55 years', '2020-12', '2021-01-01'],
    ['female', '1966-01-10', '55 years 4 months', '2021-05', '2021-06-01'],
    ['female', '1966-08-30', '55 years 4 months', '2021-12', '2022-01-01'],
    ['female', '1966-09-01', '55 years 8 months', '2022-05', '2022-06-01'],
    ['female', '1975-01-01', '59 years 8 months', '2034-09', '2034-10-01'],
    ['female', '1975-04-30', '59 years 8 months', '2034-12', '2035-01-01'],
    ['female', '1975-05-01', '60 years', '2035-05', '2035-06-01'],
  ] as const)(
    '%s born %s retires at %s, reached in %s, retirement date %s',
    (gender, birth, age, reached, date) => {
      expect(retirementFacts(gender, birth)).toMatchObject({ age, reachedIn: reached, retirementDate: date });
    },
  );

  it('takes a leap-day birth by its month: born 29 Feb 1964, 61y3m in May 2025', () => {
    expect(retirementDate('male', '1964-02-29')).toBe('2025-06-01');
    expect(retirementDate('female', '1972-02-29')).toBe('2030-07-01'); // 58y4m in 2030
  });

  describe('the exact boundary (man born 1970-03-10: 62 in March 2032, retired from 2032-04-01)', () => {
    const birth = '1970-03-10';
    it.each([
      ['2032-03-31', false, 0],
      ['2032-04-01', true, 0],
      ['2032-04-02', true, 0],
      ['2032-03-01', false, 1],
      ['2032-05-01', true, -1],
      ['2027-04-01', false, 60],
      ['2027-04-02', false, 59],
    ])('on %s: retired %s, %i months of service left', (asOf, retired, months) => {
      expect(retirementDate('male', birth)).toBe('2032-04-01');
      expect(isRetiredOn('male', birth, asOf)).toBe(retired);
      expect(monthsToRetirement('male', birth, asOf)).toBe(months);
    });
  });
});
