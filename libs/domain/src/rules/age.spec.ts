import { appointmentAge, planningAge, serviceLeftForRotation } from './age';
import { BOTH_BASES, cadreWith, params, POST, questionWith } from './test-fixtures';

// A man born 1970-03-10 reaches 62 in March 2032 and is retired from 2032-04-01.
const cadre = cadreWith({ gender: 'male', birthDate: '1970-03-10' });

describe.each(BOTH_BASES)('service left before retirement under %s', (basis) => {
  it.each([
    ['2027-03-31', true, 60, 'one day before the boundary'],
    ['2027-04-01', true, 60, 'exactly 60 months before the retirement date'],
    ['2027-04-02', false, 59, 'one day after the boundary'],
    ['2030-01-15', false, 26, 'well inside the last five years'],
  ])('appointment_age on %s: passed %s with %i months left (%s)', (asOf, passed, left) => {
    const check = appointmentAge(cadre, POST, questionWith({ asOf }), params(basis));
    expect(check).toMatchObject({
      rule: 'appointment_age',
      passed,
      parameters: { minMonthsToRetirement: 60, monthsToRetirement: left, retirementDate: '2032-04-01' },
    });
    expect(check.detail).toContain(`${left} months`);
    expect(check.detail).toContain('2032-04-01');
    expect(check.citation).toContain('HD 06-HD/BTCTW');
    expect(check.citation).toContain('NĐ 135/2020/NĐ-CP');
  });

  it('applies the same one-term minimum to entering planning', () => {
    const q = (asOf: string) => questionWith({ kind: 'planning', asOf });
    expect(planningAge(cadre, POST, q('2027-04-01'), params(basis)).passed).toBe(true);
    expect(planningAge(cadre, POST, q('2027-04-02'), params(basis))).toMatchObject({
      rule: 'planning_age',
      passed: false,
    });
  });

  it.each([
    [false, '2022-04-01', true, 120],
    [false, '2022-04-02', false, 119],
    [true, '2027-04-01', true, 60],
    [true, '2027-04-02', false, 59],
    [undefined, '2025-01-01', false, 87],
  ])(
    'service_left_for_rotation (serves non-local: %s) on %s: passed %s (%i months)',
    (servesNonLocalRule, asOf, passed, left) => {
      const check = serviceLeftForRotation(
        cadre,
        POST,
        questionWith({ kind: 'rotation', asOf, servesNonLocalRule }),
        params(basis),
      );
      expect(check).toMatchObject({
        rule: 'service_left_for_rotation',
        passed,
        parameters: {
          minMonthsToRetirement: servesNonLocalRule ? 60 : 120,
          monthsToRetirement: left,
          servesNonLocalRule: servesNonLocalRule === true,
        },
      });
      expect(check.citation).toContain('QĐ 65-QĐ/TW 2022');
    },
  );
});

it('cites QĐ 377 next to HD 06 under QD377-2025 only', () => {
  const q = questionWith();
  expect(appointmentAge(cadre, POST, q, params('QD377-2025')).citation).toContain('QĐ 377');
  expect(appointmentAge(cadre, POST, q, params('ND138-2020')).citation).not.toContain('QĐ 377');
});

it('counts a woman by her own retirement age', () => {
  // Born 1975-06-20: 60 in June 2035, retired from 2035-07-01; 60 months before is 2030-07-01.
  const woman = cadreWith({ gender: 'female', birthDate: '1975-06-20' });
  const check = (asOf: string) => appointmentAge(woman, POST, questionWith({ asOf }), params('QD377-2025'));
  expect(check('2030-07-01').passed).toBe(true);
  expect(check('2030-07-02').passed).toBe(false);
});
