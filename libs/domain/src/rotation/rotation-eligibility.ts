import type {
  CadreFacts,
  EligibilityResult,
  LegalBasis,
  RotationDestinationFacts,
  RotationMove,
  RotationOriginFacts,
} from '@personnel/contracts';
import { servesHeadRule } from '@personnel/contracts';
import { ruleParameters } from '../legal-basis/table';
import { evaluateEligibility } from '../rules/evaluate';
import {
  anotherUnit,
  destinationAvailable,
  holdsOriginPost,
  rotationLength,
  sameLevel,
} from './destination-rules';

/** Default and minimum length of a rotation when the request gives none (QĐ 65). */
export const DEFAULT_ROTATION_MONTHS = 36;

export interface RotationQuestion {
  asOf: string;
  legalBasis: LegalBasis;
}

/**
 * A rotation's eligibility: the person against the destination post (the rotation rules of
 * `evaluateEligibility`: in planning, service left — one term when the move serves the non-local or the
 * two-term rule —, cool-off, the post's standards, non-local head, consecutive head terms), then the
 * rules of the move itself. Every check is listed, passed or not, with its citation.
 */
export function evaluateRotation(
  facts: { cadre: CadreFacts; origin: RotationOriginFacts; destination: RotationDestinationFacts },
  move: RotationMove,
  question: RotationQuestion,
): EligibilityResult {
  const person = evaluateEligibility(facts.cadre, facts.destination.post, {
    kind: 'rotation',
    asOf: question.asOf,
    legalBasis: question.legalBasis,
    servesNonLocalRule: servesHeadRule(move.reason),
  });
  const params = ruleParameters(question.legalBasis);
  const checks = [
    holdsOriginPost(facts.origin, params),
    anotherUnit(facts.origin, facts.destination, params),
    sameLevel(facts.origin, facts.destination, params),
    destinationAvailable(move, facts.destination, params),
    rotationLength(move.months ?? DEFAULT_ROTATION_MONTHS, params),
    ...person.checks,
  ];
  return {
    eligible: checks.every((c) => c.passed),
    legalBasis: question.legalBasis,
    asOf: question.asOf,
    checks,
  };
}
