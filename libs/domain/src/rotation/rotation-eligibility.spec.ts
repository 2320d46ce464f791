import type { RotationDestinationFacts, RotationMove, RotationOriginFacts } from '@personnel/contracts';
import { AS_OF, CADRE, cadreWith, POST } from '../rules/test-fixtures';
import { evaluateRotation } from './rotation-eligibility';

const ORIGIN: RotationOriginFacts = {
  postCode: 'TB-PCT-UBND',
  unitCode: 'TB',
  level: 'commune',
  heldByCadre: true,
};
const DESTINATION: RotationDestinationFacts = { post: POST, active: true, singleHolder: true, holders: [] };
const MOVE: RotationMove = {
  cadreId: CADRE.cadreCode,
  fromPostId: ORIGIN.postCode,
  toUnitCode: POST.unitCode,
  toPostId: POST.postCode,
  reason: 'non_local_rule',
};
const question = { asOf: AS_OF, legalBasis: 'QD65-2022' as const };

function check(rule: string, patch: Partial<Parameters<typeof evaluateRotation>[0]> = {}, move = MOVE) {
  const result = evaluateRotation(
    { cadre: CADRE, origin: ORIGIN, destination: DESTINATION, ...patch },
    move,
    question,
  );
  const found = result.checks.find((c) => c.rule === rule);
  if (!found) throw new Error(`no ${rule} check`);
  return { result, check: found };
}

describe('rotation eligibility (QĐ 65-QĐ/TW 2022 with NĐ 138 Art. 56)', () => {
  it('passes a planned, non-local cadre moving to a vacant head post of the same level, every check cited', () => {
    const { result } = check('destination_available');
    expect(result.eligible).toBe(true);
    expect(result.checks.map((c) => c.rule)).toEqual(
      expect.arrayContaining([
        'holds_origin_post',
        'another_unit',
        'same_level',
        'destination_available',
        'rotation_length',
        'in_planning',
        'service_left_for_rotation',
        'non_local_head',
        'consecutive_head_terms',
      ]),
    );
    for (const c of result.checks) expect(c.citation).toMatch(/\S/);
  });

  it('refuses a destination of another level by default', () => {
    const { result, check: c } = check('same_level', { origin: { ...ORIGIN, level: 'district' } });
    expect(c.passed).toBe(false);
    expect(c.citation).toContain('QĐ 65');
    expect(result.eligible).toBe(false);
  });

  it('refuses a move inside the same unit', () => {
    expect(check('another_unit', { origin: { ...ORIGIN, unitCode: POST.unitCode } }).check.passed).toBe(
      false,
    );
  });

  it('refuses a rotation that does not start from the post the cadre holds', () => {
    expect(check('holds_origin_post', { origin: { ...ORIGIN, heldByCadre: false } }).check.passed).toBe(
      false,
    );
  });

  it('asks for 36 months at least', () => {
    expect(check('rotation_length', {}, { ...MOVE, months: 24 }).check.passed).toBe(false);
    expect(check('rotation_length', {}, { ...MOVE, months: 36 }).check.passed).toBe(true);
    expect(check('rotation_length').check.parameters).toMatchObject({ months: 36, min: 36 });
  });

  describe('the destination post: vacant, or vacated by this decision', () => {
    const held = (leavingBy: string | null) => ({
      destination: { ...DESTINATION, holders: [{ cadreId: 'CB-0099', leavingBy }] },
    });

    it('refuses a held single-holder post, naming the holder', () => {
      const c = check('destination_available', held(null)).check;
      expect(c.passed).toBe(false);
      expect(c.detail).toContain('CB-0099');
    });

    it('accepts it when the decision replaces the holder', () => {
      expect(check('destination_available', held(null), { ...MOVE, replaceHolder: true }).check.passed).toBe(
        true,
      );
    });

    it('accepts it when the holder leaves it by a rotation of their own (a swap)', () => {
      const c = check('destination_available', held('rotation/CB-0099/1')).check;
      expect(c.passed).toBe(true);
      expect(c.detail).toContain('rotation/CB-0099/1');
    });

    it('accepts a post of several seats, and refuses a deactivated one', () => {
      expect(
        check('destination_available', { destination: { ...held(null).destination, singleHolder: false } })
          .check.passed,
      ).toBe(true);
      expect(
        check('destination_available', { destination: { ...DESTINATION, active: false } }).check.passed,
      ).toBe(false);
    });
  });

  describe('service left: 10 years, one term when the move serves the non-local or the two-term rule', () => {
    // A man born in 1968 retires before 2030: less than one term left on 2026-01-15; born 1972, about 8 years.
    const older = cadreWith({ birthDate: '1968-01-15' });
    it.each([
      ['non_local_rule', true],
      ['two_term_rule', true],
      ['development', false],
    ] as const)('%s: one term is enough → %s', (reason, passes) => {
      const cadre = cadreWith({ birthDate: '1972-01-15' });
      expect(check('service_left_for_rotation', { cadre }, { ...MOVE, reason }).check.passed).toBe(passes);
    });
    it('refuses even one term short', () => {
      expect(check('service_left_for_rotation', { cadre: older }).check.passed).toBe(false);
    });
  });

  it('refuses a cadre in no planning', () => {
    expect(check('in_planning', { cadre: cadreWith({ planning: [] }) }).check.passed).toBe(false);
  });

  it('refuses a local cadre for a head post that must be non-local', () => {
    expect(
      check('non_local_head', { cadre: cadreWith({ hometownLocalityCode: POST.unitLocalityCode }) }).check
        .passed,
    ).toBe(false);
  });
});
