import { LEGAL_BASES, type LegalBasis } from '@personnel/contracts';
import { defaultLegalBasis, QD377_EFFECTIVE_FROM } from './default-basis';
import type { Cited } from './parameters';
import { RULE_PARAMETERS, ruleParameters } from './table';

const cited = (basis: LegalBasis) =>
  Object.entries(ruleParameters(basis)).filter(([key]) => key !== 'legalBasis') as [string, Cited<unknown>][];

describe('legal bases', () => {
  it.each([
    ['planning', '2021-06-01', 'QD50-2021'],
    ['planning', '2025-10-07', 'QD50-2021'],
    ['planning', QD377_EFFECTIVE_FROM, 'QD377-2025'],
    ['appointment', '2025-10-07', 'ND138-2020'],
    ['appointment', '2025-10-08', 'QD377-2025'],
    ['appointment', '2030-01-01', 'QD377-2025'],
    ['rotation', '2022-12-31', 'QD65-2022'],
    ['rotation', '2026-01-15', 'QD65-2022'],
  ] as const)('defaultLegalBasis(%s, %s) = %s', (kind, asOf, basis) => {
    expect(defaultLegalBasis(kind, asOf)).toBe(basis);
  });

  it('refuses a malformed as-of date', () => {
    expect(() => defaultLegalBasis('rotation', '2025-10-8')).toThrow(RangeError);
  });

  it.each(LEGAL_BASES)('%s has a complete row, every parameter with its citation', (basis) => {
    expect(RULE_PARAMETERS[basis].legalBasis).toBe(basis);
    const entries = cited(basis);
    expect(entries.map(([key]) => key).sort()).toEqual(
      cited('QD377-2025')
        .map(([key]) => key)
        .sort(),
    );
    for (const [key, param] of entries) {
      expect({ key, citation: typeof param.citation }).toEqual({ key, citation: 'string' });
      expect(param.citation.length).toBeGreaterThan(5);
      expect(param).toHaveProperty('value');
    }
  });

  it.each(LEGAL_BASES)('%s carries the numbers of DOMAIN.md', (basis) => {
    const p = ruleParameters(basis);
    expect(p.candidatesPerPostMax.value).toBe(3);
    expect(p.plannedPostsPerCadreMax.value).toBe(3);
    expect(p.appointmentMinMonthsToRetirement.value).toBe(60);
    expect(p.disciplineCooloffMonths.value).toEqual({ reprimand: 24, warning: 36, removal: 60 });
    expect(p.maxConsecutiveHeadTerms.value).toBe(2);
    expect(p.termYears.value).toBe(5);
    expect(p.rotationMinServiceYears.value).toBe(10);
    expect(p.rotationMinServiceYearsNonLocal.value).toBe(5);
    expect(p.rotationMinMonths.value).toBe(36);
    expect(p.quorum.value).toEqual({ numerator: 2, denominator: 3 });
    expect(p.collectiveVote.value.moreThan).toEqual({ numerator: 1, denominator: 2 });
    expect(p.expandedConference.value).toEqual({
      moreThan: { numerator: 1, denominator: 2 },
      fallbackTop: 2,
    });
    expect(p.planningStructure.value).toEqual({
      youngAgeBelow: 40,
      youngMinPercent: 15,
      womenMinPercent: 25,
      ageBands: 3,
      ageBandYears: 5,
    });
    expect(p.confidenceVote.citation).toBe('QĐ 96-QĐ/TW 2023');
    expect(p.policyApprovalWorkingDays.value).toBe(10);
    expect(p.procedureWorkingDays.value).toBe(30);
  });

  it.each([
    ['ND138-2020', 'calendar_days', 'NĐ 138/2020/NĐ-CP Art. 52'],
    ['QD80-2022', 'calendar_days', 'QĐ 80-QĐ/TW 2022'],
    ['QD377-2025', 'working_days', 'QĐ 377-QĐ/TW 2025'],
  ] as const)('reappointment notice under %s: 90 %s (%s)', (basis, unit, citation) => {
    expect(ruleParameters(basis).reappointmentNotice).toEqual({ value: { amount: 90, unit }, citation });
  });

  it('cites QĐ 377 for the discipline cool-off only under QD377-2025, applied practice before', () => {
    expect(ruleParameters('QD377-2025').disciplineCooloffMonths.citation).toBe('QĐ 377-QĐ/TW 2025');
    for (const basis of ['QD50-2021', 'QD80-2022', 'ND138-2020', 'QD65-2022'] as const) {
      expect(ruleParameters(basis).disciplineCooloffMonths.citation).toMatch(/^Applied practice/);
    }
  });

  it('refuses an unknown basis', () => {
    expect(() => ruleParameters('QD1-1999' as LegalBasis)).toThrow(/QD1-1999/);
  });
});
