import {
  EDUCATION_LEVELS,
  POLITICAL_THEORY_LEVELS,
  STATE_MANAGEMENT_LEVELS,
  type CadreFacts,
  type PostStandards,
} from '@personnel/contracts';
import type { Rule } from './rule';
import { ruleCheck, sentence } from './rule';

/** A post standard met by a level at or above the minimum, on the ordered lists of the contracts. */
function levelRule<L extends string>(
  rule: string,
  label: string,
  levels: readonly L[],
  actual: (cadre: CadreFacts) => L,
  required: (standards: PostStandards) => L,
): Rule {
  return (cadre, post, _question, params) => {
    const has = actual(cadre);
    const needs = required(post.standards);
    const passed = levels.indexOf(has) >= levels.indexOf(needs);
    return ruleCheck(
      rule,
      passed,
      sentence(
        `${rule}.${passed ? 'met' : 'unmet'}`,
        { actual: has, required: needs, postCode: post.postCode },
        `${label}: the cadre has '${has}', post ${post.postCode} requires at least '${needs}'.`,
      ),
      params.postStandards,
      { required: needs, actual: has },
    );
  };
}

export const educationStandard = levelRule(
  'education_standard',
  'Education',
  EDUCATION_LEVELS,
  (c) => c.education,
  (s) => s.minEducation,
);

export const politicalTheoryStandard = levelRule(
  'political_theory_standard',
  'Political theory',
  POLITICAL_THEORY_LEVELS,
  (c) => c.politicalTheory,
  (s) => s.minPoliticalTheory,
);

export const stateManagementStandard = levelRule(
  'state_management_standard',
  'State management',
  STATE_MANAGEMENT_LEVELS,
  (c) => c.stateManagement,
  (s) => s.minStateManagement,
);

/** Every required course (e.g. the class on Directive 05-CT/TW) must be completed. */
export const requiredTraining: Rule = (cadre, post, _question, params) => {
  const required = post.standards.requiredCourseCodes;
  const missing = required.filter((code) => !cadre.completedCourseCodes.includes(code));
  return ruleCheck(
    'required_training',
    missing.length === 0,
    required.length === 0
      ? sentence(
          'required_training.none_required',
          { postCode: post.postCode },
          `Post ${post.postCode} requires no particular course.`,
        )
      : missing.length === 0
        ? sentence(
            'required_training.completed',
            { postCode: post.postCode, courses: required },
            `The cadre completed every course post ${post.postCode} requires (${required.join(', ')}).`,
          )
        : sentence(
            'required_training.missing',
            { postCode: post.postCode, courses: missing },
            `The cadre has not completed ${missing.join(', ')}, required for post ${post.postCode}.`,
          ),
    params.postStandards,
    { required: required.join(','), missing: missing.join(',') },
  );
};

export const partyMembership: Rule = (cadre, post, _question, params) => {
  const required = post.standards.partyMember;
  const passed = !required || cadre.partyMember;
  return ruleCheck(
    'party_membership',
    passed,
    sentence(
      !required
        ? 'party_membership.not_required'
        : passed
          ? 'party_membership.member'
          : 'party_membership.not_member',
      { postCode: post.postCode },
      !required
        ? `Post ${post.postCode} does not require Party membership.`
        : passed
          ? `Post ${post.postCode} requires Party membership; the cadre is a Party member.`
          : `Post ${post.postCode} requires Party membership; the cadre is not a Party member.`,
    ),
    params.postStandards,
    { required, partyMember: cadre.partyMember },
  );
};
