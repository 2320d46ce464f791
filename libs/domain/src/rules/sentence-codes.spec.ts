import type { RuleCheck } from '@personnel/contracts';
import { checkReappointmentNotice, checkRotationLength } from '../terms/terms';
import { checkCandidatesPerPost, checkPlanningStructure } from './planning-pool';
import { evaluateEligibility } from './evaluate';
import { RULE_SENTENCE_CODES } from '@personnel/contracts';
import { AS_OF, CADRE, POST, cadreWith, postWith, questionWith, standardsWith } from './test-fixtures';

const KNOWN = new Set<string>(RULE_SENTENCE_CODES);

function expectCoded(checks: readonly RuleCheck[]): void {
  for (const check of checks) {
    expect(check.code).toBeDefined();
    expect(KNOWN.has(check.code as string)).toBe(true);
    // The code belongs to its rule, so the panel can fall back to the rule's name.
    expect(check.code?.startsWith(`${check.rule}.`)).toBe(true);
    expect(check.params).toBeDefined();
    expect(check.detail.length).toBeGreaterThan(0);
    expect(check.citation.length).toBeGreaterThan(0);
  }
}

const byRule = (checks: readonly RuleCheck[], rule: string) =>
  checks.find((c) => c.rule === rule) as RuleCheck;

describe('rule checks say a stable code with its params', () => {
  it('codes every check of every decision kind, passing or failing', () => {
    for (const kind of ['planning', 'appointment', 'rotation'] as const) {
      expectCoded(evaluateEligibility(CADRE, POST, questionWith({ kind })).checks);
      const failing = cadreWith({
        status: 'retired',
        birthDate: '1962-01-01',
        education: 'upper_secondary',
        partyMember: false,
        completedCourseCodes: [],
        planning: [],
        hometownLocalityCode: POST.unitLocalityCode,
        disciplines: [{ form: 'warning', decidedAt: '2025-06-01' }],
      });
      expectCoded(evaluateEligibility(failing, POST, questionWith({ kind })).checks);
    }
  });

  it('names the status of a cadre out of service', () => {
    const check = byRule(
      evaluateEligibility(cadreWith({ status: 'retired' }), POST, questionWith()).checks,
      'active_status',
    );
    expect(check).toMatchObject({
      code: 'active_status.inactive',
      params: { status: 'retired' },
      passed: false,
    });
    expect(check.detail).toBe('Cadre CB-0001 is not in active service (status: retired).');
  });

  it('keeps levels as codes and dates as ISO in the params, for the panel to write', () => {
    const checks = evaluateEligibility(
      cadreWith({
        education: 'upper_secondary',
        disciplines: [{ form: 'warning', decidedAt: '2025-06-01' }],
      }),
      standardsWith({ minEducation: 'bachelor' }),
      questionWith(),
    ).checks;
    expect(byRule(checks, 'education_standard')).toMatchObject({
      code: 'education_standard.unmet',
      params: { actual: 'upper_secondary', required: 'bachelor', postCode: POST.postCode },
    });
    expect(byRule(checks, 'discipline_cooloff')).toMatchObject({
      code: 'discipline_cooloff.running',
      params: { form: 'warning', decidedAt: '2025-06-01', endsOn: '2028-06-01', months: 36, asOf: AS_OF },
    });
  });

  it('gives the localities of the non-local rule as codes the panel names', () => {
    const check = byRule(
      evaluateEligibility(cadreWith({ hometownLocalityCode: 'QUANG_AN' }), POST, questionWith()).checks,
      'non_local_head',
    );
    expect(check).toMatchObject({
      code: 'non_local_head.same_locality',
      params: { hometownLocality: 'QUANG_AN', unitLocality: 'QUANG_AN', postCode: POST.postCode },
    });
    const notHead = byRule(
      evaluateEligibility(CADRE, postWith({ requiresNonLocal: false }), questionWith()).checks,
      'non_local_head',
    );
    expect(notHead.code).toBe('non_local_head.not_required');
  });

  it('codes the pool, term and rotation-length checks', () => {
    expectCoded(checkPlanningStructure([], AS_OF, 'QD377-2025'));
    expectCoded(
      checkPlanningStructure(
        [
          { gender: 'female', birthDate: '1990-01-01' },
          { gender: 'male', birthDate: '1975-01-01' },
        ],
        AS_OF,
        'QD377-2025',
      ),
    );
    expectCoded([checkCandidatesPerPost('P', 4, 'QD377-2025'), checkCandidatesPerPost('P', 1, 'QD377-2025')]);
    const notice = checkReappointmentNotice('2026-03-01', '2026-05-01', 'QD377-2025', []);
    expectCoded([notice]);
    expect(notice.params).toMatchObject({ termLast: '2026-05-01', startedOn: '2026-03-01' });
    expectCoded([
      checkRotationLength('2026-01-01', '2028-12-31', 'QD377-2025'),
      checkRotationLength('2026-01-01', '2026-12-31', 'QD377-2025'),
    ]);
  });

  it('lists each code once', () => {
    expect(new Set(RULE_SENTENCE_CODES).size).toBe(RULE_SENTENCE_CODES.length);
  });
});
