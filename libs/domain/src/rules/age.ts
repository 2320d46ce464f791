import type { CadreFacts, RuleCheck } from '@personnel/contracts';
import { describeMonths, monthsBetween } from '../calendar/months';
import { RETIREMENT_CITATION, retirementFacts } from '../calendar/retirement';
import type { Cited } from '../legal-basis/parameters';
import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

/**
 * Service left = whole months from asOf to the retirement date (Decree 135: the first day of the month
 * after the retirement age is reached). Exactly the minimum passes.
 */
function serviceLeftCheck(
  rule: string,
  purpose: string,
  cadre: CadreFacts,
  asOf: string,
  minimum: Cited<number>,
): RuleCheck {
  const retirement = retirementFacts(cadre.gender, cadre.birthDate);
  const left = monthsBetween(asOf, retirement.retirementDate);
  const passed = left >= minimum.value;
  return ruleCheck(
    rule,
    passed,
    sentence(
      `${rule}.${passed ? 'enough' : 'short'}`,
      {
        asOf,
        monthsLeft: left,
        retirementDate: retirement.retirementDate,
        retirementAge: retirement.age,
        minMonths: minimum.value,
      },
      `On ${asOf} the cadre has ${left} months (${describeMonths(left)}) of service left before retirement ` +
        `on ${retirement.retirementDate} (retirement age ${retirement.age}); ${purpose} needs at least ` +
        `${minimum.value} months.`,
    ),
    { citation: `${minimum.citation}; ${RETIREMENT_CITATION}` },
    {
      minMonthsToRetirement: minimum.value,
      monthsToRetirement: left,
      retirementDate: retirement.retirementDate,
      retirementAgeMonths: retirement.ageMonths,
    },
  );
}

export const appointmentAge: Rule = (cadre, _post, question, params) =>
  serviceLeftCheck(
    'appointment_age',
    'an appointment',
    cadre,
    question.asOf,
    params.appointmentMinMonthsToRetirement,
  );

export const planningAge: Rule = (cadre, _post, question, params) =>
  serviceLeftCheck(
    'planning_age',
    'entering planning',
    cadre,
    question.asOf,
    params.planningMinMonthsToRetirement,
  );

/** ≥ 10 years left, or one term (5 years) when the rotation serves the non-local rule. */
export const serviceLeftForRotation: Rule = (cadre, _post, question, params) => {
  const nonLocal = question.servesNonLocalRule === true;
  const years = nonLocal ? params.rotationMinServiceYearsNonLocal : params.rotationMinServiceYears;
  const check = serviceLeftCheck(
    'service_left_for_rotation',
    nonLocal ? 'a rotation serving the non-local rule' : 'a rotation',
    cadre,
    question.asOf,
    { value: years.value * 12, citation: years.citation },
  );
  return { ...check, parameters: { ...check.parameters, servesNonLocalRule: nonLocal } };
};
