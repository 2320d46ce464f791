import { evaluateEligibility, RULES_BY_KIND } from './evaluate';
import { CADRE, cadreWith, POST, postWith, questionWith } from './test-fixtures';

const codes = (checks: { rule: string }[]) => checks.map((c) => c.rule);

describe('evaluateEligibility', () => {
  it('finds the reference cadre eligible for appointment, listing every rule it ran', () => {
    const result = evaluateEligibility(CADRE, POST, questionWith());
    expect(result).toMatchObject({ eligible: true, legalBasis: 'QD377-2025', asOf: '2026-01-15' });
    expect(codes(result.checks)).toEqual([
      'active_status',
      'in_planning',
      'appointment_age',
      'discipline_cooloff',
      'education_standard',
      'political_theory_standard',
      'state_management_standard',
      'required_training',
      'party_membership',
      'non_local_head',
      'consecutive_head_terms',
    ]);
  });

  it.each([
    ['appointment', '2025-10-07', 'ND138-2020'],
    ['appointment', '2025-10-08', 'QD377-2025'],
    ['planning', '2025-10-07', 'QD50-2021'],
    ['planning', '2025-10-08', 'QD377-2025'],
    ['rotation', '2025-10-07', 'QD65-2022'],
    ['rotation', '2026-10-07', 'QD65-2022'],
  ] as const)('%s on %s defaults to %s', (kind, asOf, basis) => {
    expect(evaluateEligibility(CADRE, POST, questionWith({ kind, asOf })).legalBasis).toBe(basis);
  });

  it('keeps a pinned legal basis whatever the date, and cites it', () => {
    const result = evaluateEligibility(CADRE, POST, questionWith({ legalBasis: 'ND138-2020' }));
    expect(result.legalBasis).toBe('ND138-2020');
    const age = result.checks.find((c) => c.rule === 'appointment_age');
    expect(age?.citation).not.toContain('QĐ 377');
  });

  it.each([
    ['retired', { status: 'retired' as const }, 'active_status'],
    ['local to the commune', { hometownLocalityCode: 'QUANG_AN' }, 'non_local_head'],
    ['not in planning', { planning: [] }, 'in_planning'],
    [
      'under a warning since 2024-06-01',
      { disciplines: [{ form: 'warning' as const, decidedAt: '2024-06-01' }] },
      'discipline_cooloff',
    ],
    ['without the Directive 05 course', { completedCourseCodes: [] }, 'required_training'],
    ['too close to retirement', { birthDate: '1966-06-01' }, 'appointment_age'],
  ])('is not eligible when %s, failing exactly %s', (_case, patch, failing) => {
    const result = evaluateEligibility(cadreWith(patch), POST, questionWith());
    expect(result.eligible).toBe(false);
    expect(codes(result.checks.filter((c) => !c.passed))).toEqual([failing]);
  });

  it('reports every failure at once', () => {
    const result = evaluateEligibility(
      cadreWith({ partyMember: false, education: 'college', hometownLocalityCode: 'QUANG_AN' }),
      POST,
      questionWith(),
    );
    expect(codes(result.checks.filter((c) => !c.passed))).toEqual([
      'education_standard',
      'party_membership',
      'non_local_head',
    ]);
  });

  it('runs the planning rules: a higher post, age, basic standards and the planned-posts limit, not the non-local rule', () => {
    const result = evaluateEligibility(
      cadreWith({ planning: [], politicalTheory: 'none', hometownLocalityCode: 'QUANG_AN' }),
      POST,
      questionWith({ kind: 'planning' }),
    );
    expect(result).toMatchObject({ eligible: true, legalBasis: 'QD377-2025' });
    expect(codes(result.checks)).toEqual([
      'active_status',
      'planned_post_higher',
      'planning_age',
      'discipline_cooloff',
      'education_standard',
      'party_membership',
      'planned_posts_limit',
    ]);
    expect(RULES_BY_KIND.planning).toHaveLength(7);
  });

  it.each([
    ['1968-01-20', false, 51, false, 'retired from 2030-02-01'],
    ['1969-01-20', false, 63, true, 'retired from 2031-02-01'],
    ['1974-01-20', true, 123, true, 'retired from 2036-02-01'],
  ])(
    'rotation of a man born %s on 2025-11-01: eligible %s with %i months left, %s when it serves the non-local rule (%s)',
    (birthDate, plainEligible, left, nonLocalEligible) => {
      const cadre = cadreWith({ birthDate });
      const ask = (servesNonLocalRule: boolean) =>
        evaluateEligibility(
          cadre,
          POST,
          questionWith({ kind: 'rotation', asOf: '2025-11-01', servesNonLocalRule }),
        );
      const plain = ask(false);
      expect(plain.eligible).toBe(plainEligible);
      expect(
        plain.checks.find((c) => c.rule === 'service_left_for_rotation')?.parameters.monthsToRetirement,
      ).toBe(left);
      expect(ask(true).eligible).toBe(nonLocalEligible);
      expect(codes(plain.checks)).toContain('in_planning');
      expect(codes(plain.checks)).not.toContain('appointment_age');
    },
  );

  it('is pure: plain JSON out, the inputs untouched', () => {
    const cadre = JSON.parse(JSON.stringify(CADRE));
    const post = postWith({});
    const result = evaluateEligibility(cadre, post, questionWith());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(cadre).toEqual(CADRE);
    expect(evaluateEligibility(cadre, post, questionWith())).toEqual(result);
  });

  it('refuses a malformed date or an unknown kind', () => {
    expect(() => evaluateEligibility(CADRE, POST, questionWith({ asOf: '15/01/2026' }))).toThrow(RangeError);
    expect(() => evaluateEligibility(CADRE, POST, questionWith({ kind: 'dismissal' as never }))).toThrow(
      /dismissal/,
    );
  });
});
