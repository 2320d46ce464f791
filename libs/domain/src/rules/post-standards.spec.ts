import { evaluateEligibility } from './evaluate';
import { checkNonLocalHolder } from './non-local-holder';
import { checkPostStandards } from './post-standards';
import { AS_OF, CADRE, cadreWith, POST, postWith } from './test-fixtures';

describe('checkPostStandards', () => {
  it('checks exactly the standards of the post, all passed for a cadre who meets them', () => {
    const checks = checkPostStandards(CADRE, POST, AS_OF);
    expect(checks.map((c) => c.rule)).toEqual([
      'education_standard',
      'political_theory_standard',
      'state_management_standard',
      'required_training',
      'party_membership',
    ]);
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it('names each standard a holder falls short of, and ignores the procedure rules (planning, non-local)', () => {
    const local = postWith({ unitLocalityCode: CADRE.hometownLocalityCode });
    const checks = checkPostStandards(
      cadreWith({ education: 'college', completedCourseCodes: [], planning: [] }),
      local,
      AS_OF,
    );
    expect(checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual([
      'education_standard',
      'required_training',
    ]);
  });

  it('agrees with the standards checks of evaluateEligibility for an appointment on that day', () => {
    const cadre = cadreWith({ politicalTheory: 'elementary', partyMember: false });
    const standards = new Set(checkPostStandards(cadre, POST, AS_OF).map((c) => c.rule));
    const fromEligibility = evaluateEligibility(cadre, POST, {
      kind: 'appointment',
      asOf: AS_OF,
    }).checks.filter((c) => standards.has(c.rule));
    expect(checkPostStandards(cadre, POST, AS_OF)).toEqual(fromEligibility);
  });
});

describe('checkNonLocalHolder', () => {
  it.each([
    ['from another locality', CADRE.hometownLocalityCode, true],
    ['from the locality the post heads', POST.unitLocalityCode, false],
  ])('passes a commune head %s: %p', (_case, hometown, passed) => {
    expect(checkNonLocalHolder(cadreWith({ hometownLocalityCode: hometown }), POST, AS_OF).passed).toBe(
      passed,
    );
  });

  it('passes any holder of a post the rule does not concern', () => {
    const post = postWith({ requiresNonLocal: false });
    expect(
      checkNonLocalHolder(cadreWith({ hometownLocalityCode: POST.unitLocalityCode }), post, AS_OF).passed,
    ).toBe(true);
  });
});
