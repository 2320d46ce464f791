import type { CadreFacts, PostFacts } from '@personnel/contracts';
import {
  educationStandard,
  partyMembership,
  politicalTheoryStandard,
  requiredTraining,
  stateManagementStandard,
} from './standards';
import type { Rule } from './rule';
import { BOTH_BASES, CADRE, cadreWith, params, POST, questionWith, standardsWith } from './test-fixtures';

type Case = [string, Rule, Partial<CadreFacts>, PostFacts, boolean];

const cases: Case[] = [
  ['education_standard', educationStandard, { education: 'bachelor' }, POST, true],
  ['education_standard', educationStandard, { education: 'doctor' }, POST, true],
  ['education_standard', educationStandard, { education: 'college' }, POST, false],
  ['political_theory_standard', politicalTheoryStandard, { politicalTheory: 'advanced' }, POST, true],
  ['political_theory_standard', politicalTheoryStandard, { politicalTheory: 'elementary' }, POST, false],
  ['political_theory_standard', politicalTheoryStandard, { politicalTheory: 'none' }, POST, false],
  ['state_management_standard', stateManagementStandard, { stateManagement: 'specialist' }, POST, true],
  ['state_management_standard', stateManagementStandard, { stateManagement: 'none' }, POST, false],
  [
    'state_management_standard',
    stateManagementStandard,
    { stateManagement: 'specialist' },
    standardsWith({ minStateManagement: 'principal' }),
    false,
  ],
  ['required_training', requiredTraining, {}, POST, true],
  ['required_training', requiredTraining, { completedCourseCodes: ['BD-QLNN'] }, POST, false],
  [
    'required_training',
    requiredTraining,
    { completedCourseCodes: [] },
    standardsWith({ requiredCourseCodes: [] }),
    true,
  ],
  ['party_membership', partyMembership, { partyMember: true }, POST, true],
  ['party_membership', partyMembership, { partyMember: false }, POST, false],
  ['party_membership', partyMembership, { partyMember: false }, standardsWith({ partyMember: false }), true],
];

describe.each(BOTH_BASES)('post standards under %s', (basis) => {
  it.each(cases)('%s with %j: passed %s', (code, rule, patch, post, passed) => {
    const check = rule(cadreWith(patch), post, questionWith(), params(basis));
    expect(check).toMatchObject({ rule: code, passed });
    expect(check.detail).toContain(post.postCode);
    expect(check.citation).toContain('Post standards');
    expect(check.citation).toContain(basis === 'QD377-2025' ? 'QĐ 377' : 'NĐ 138');
  });
});

it('names the levels compared', () => {
  const check = educationStandard(
    cadreWith({ education: 'college' }),
    POST,
    questionWith(),
    params('QD377-2025'),
  );
  expect(check.parameters).toEqual({ required: 'bachelor', actual: 'college' });
  expect(check.detail).toContain("'college'");
});

it('names the missing courses only', () => {
  const post = standardsWith({ requiredCourseCodes: ['CT05', 'QP-AN', 'BD-QLNN'] });
  const check = requiredTraining(CADRE, post, questionWith(), params('QD377-2025'));
  expect(check).toMatchObject({ passed: false, parameters: { missing: 'QP-AN' } });
  expect(check.detail).toContain('QP-AN');
  expect(check.detail).not.toContain('CT05');
});
