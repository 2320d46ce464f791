import type { CadreFacts, EligibilityQuestion, LegalBasis, PostFacts } from '@personnel/contracts';
import { ruleParameters } from '../legal-basis/table';
import type { RuleParameters } from '../legal-basis/parameters';

/**
 * Shared facts for the rule specs (not exported from the library): a cadre who meets every rule for the
 * Quảng An People's Committee chairman post on 2026-01-15, so each case changes only what it tests.
 */
export const POST: PostFacts = {
  postCode: 'QA-CT-UBND',
  unitCode: 'QA',
  unitLocalityCode: 'QUANG_AN',
  level: 'commune',
  isHead: true,
  requiresNonLocal: true,
  standards: {
    minEducation: 'bachelor',
    minPoliticalTheory: 'intermediate',
    minStateManagement: 'specialist',
    requiredCourseCodes: ['CT05'],
    partyMember: true,
  },
};

export const CADRE: CadreFacts = {
  cadreCode: 'CB-0001',
  gender: 'male',
  birthDate: '1980-06-15',
  hometownLocalityCode: 'TAN_BINH',
  education: 'bachelor',
  politicalTheory: 'intermediate',
  stateManagement: 'specialist',
  partyMember: true,
  status: 'active',
  completedCourseCodes: ['CT05', 'BD-QLNN'],
  disciplines: [],
  evaluations: [
    { year: 2023, rating: 'good' },
    { year: 2024, rating: 'excellent' },
  ],
  assignments: [],
  planning: [{ postCode: 'QA-CT-UBND', term: '2025-2030', from: '2025-03-01' }],
  confidenceVotes: [],
};

export const AS_OF = '2026-01-15';

/** The pre-2025 row (NĐ 138, the appointment default before 2025-10-08) and QĐ 377's. */
export const BOTH_BASES: readonly LegalBasis[] = ['ND138-2020', 'QD377-2025'];

export const cadreWith = (patch: Partial<CadreFacts>): CadreFacts => ({ ...CADRE, ...patch });
export const postWith = (patch: Partial<PostFacts>): PostFacts => ({ ...POST, ...patch });
export const standardsWith = (patch: Partial<PostFacts['standards']>): PostFacts =>
  postWith({ standards: { ...POST.standards, ...patch } });
export const questionWith = (patch: Partial<EligibilityQuestion> = {}): EligibilityQuestion => ({
  kind: 'appointment',
  asOf: AS_OF,
  ...patch,
});
export const params = (basis: LegalBasis): RuleParameters => ruleParameters(basis);
