import type { LegalBasis } from '@personnel/contracts';
import { CITE } from './citations';
import type { RuleParameters } from './parameters';

/**
 * The parameter table, one complete row per legal basis, so a workflow that pinned a basis can answer
 * every rule from that row alone. Where ../shared/DOMAIN.md is silent we decided:
 * - Discipline cool-off under the pre-2025 bases: the same 24/36/60 months as QĐ 377, cited as applied
 *   practice (the summaries we have give the numbers only for QĐ 377).
 * - QD65-2022 (rotation) carries, besides its own rotation parameters, the planning/appointment
 *   parameters in force when it was issued (QĐ 50, QĐ 80, NĐ 138). Their values equal QĐ 377's except
 *   the reappointment notice, so only citations would differ; pinning one row keeps a rotation begun
 *   before 2025-10-08 on one rule set to the end.
 * - Planning age: enough service left for one full term (60 months), as for an appointment.
 * - Procedure votes (quorum, thresholds) are NĐ 138's under every basis: QĐ 377 did not change them.
 * - The dossier: the summaries list the CV, the asset and income declaration, a health certificate no
 *   older than 6 months and the assessments of the last 3 years for an appointment, and the residence
 *   Party cell's comments (QĐ 80 / QĐ 377, Party-side posts; applied to every appointment here). A
 *   rotation's dossier (QĐ 65) is read as the same personnel file without the Party cell's comments,
 *   which the sources ask for an appointment only.
 */
const PRE_2025: RuleParameters = {
  legalBasis: 'QD50-2021',
  candidatesPerPostMax: { value: 3, citation: CITE.QD50 },
  plannedPostsPerCadreMax: { value: 3, citation: CITE.QD50 },
  planningStructure: {
    value: { youngAgeBelow: 40, youngMinPercent: 15, womenMinPercent: 25, ageBands: 3, ageBandYears: 5 },
    citation: CITE.QD50,
  },
  planningMinMonthsToRetirement: { value: 60, citation: `${CITE.QD50} (age for at least one full term)` },
  appointmentMinMonthsToRetirement: { value: 60, citation: CITE.HD06 },
  appointmentRequiresPlanning: { value: true, citation: `${CITE.QD80}; ${CITE.ND138}` },
  disciplineCooloffMonths: {
    value: { reprimand: 24, warning: 36, removal: 60 },
    citation: `Applied practice under ${CITE.QD80} / ${CITE.ND138} (the values of ${CITE.QD377})`,
  },
  maxConsecutiveHeadTerms: { value: 2, citation: `${CITE.QD65}; ${CITE.ND138}` },
  termYears: { value: 5, citation: `${CITE.ND138_TERM}; ${CITE.QD80}` },
  reappointmentNotice: {
    value: { amount: 90, unit: 'calendar_days' },
    citation: `${CITE.ND138_REAPPOINTMENT}; ${CITE.QD80}`,
  },
  rotationMinServiceYears: { value: 10, citation: `${CITE.QD65}; ${CITE.ND138_ROTATION}` },
  rotationMinServiceYearsNonLocal: { value: 5, citation: `${CITE.QD65}; ${CITE.ND138_ROTATION}` },
  rotationMinMonths: { value: 36, citation: CITE.QD65 },
  rotationSameLevel: { value: true, citation: CITE.QD65 },
  rotationNoNewPost: { value: true, citation: CITE.QD65 },
  nonLocalHeads: { value: true, citation: `${CITE.CT45}; the Đầm Hà practice` },
  postStandards: {
    value: null,
    citation: `Post standards (tiêu chuẩn chức danh); ${CITE.QD80}; ${CITE.ND138}`,
  },
  quorum: { value: { numerator: 2, denominator: 3 }, citation: CITE.ND138 },
  expandedConference: {
    value: { moreThan: { numerator: 1, denominator: 2 }, fallbackTop: 2 },
    citation: CITE.ND138_PROCEDURE,
  },
  collectiveVote: { value: { moreThan: { numerator: 1, denominator: 2 } }, citation: CITE.ND138 },
  confidenceVote: {
    value: {
      outOfPlanningMoreThan: { numerator: 1, denominator: 2 },
      removalAtLeast: { numerator: 2, denominator: 3 },
    },
    citation: CITE.QD96,
  },
  policyApprovalWorkingDays: { value: 10, citation: CITE.QD727 },
  procedureWorkingDays: { value: 30, citation: CITE.QD727 },
  dossierItems: {
    value: {
      appointment: ['cv', 'asset_declaration', 'health_certificate', 'assessment', 'party_cell_comment'],
      rotation: ['cv', 'asset_declaration', 'health_certificate', 'assessment'],
    },
    citation: `${CITE.QD80}; ${CITE.ND138} (hồ sơ bổ nhiệm); ${CITE.QD65} (hồ sơ luân chuyển)`,
  },
  healthCertificateMaxAgeMonths: { value: 6, citation: `${CITE.QD80}; ${CITE.ND138} (hồ sơ bổ nhiệm)` },
  dossierAssessmentYears: { value: 3, citation: `${CITE.QD80}; ${CITE.ND138} (hồ sơ bổ nhiệm)` },
};

const QD377: RuleParameters = {
  ...PRE_2025,
  legalBasis: 'QD377-2025',
  candidatesPerPostMax: { value: 3, citation: CITE.QD377 },
  plannedPostsPerCadreMax: { value: 3, citation: CITE.QD377 },
  planningStructure: {
    ...PRE_2025.planningStructure,
    citation: `${CITE.QD50} targets, kept as applied practice under ${CITE.QD377}`,
  },
  planningMinMonthsToRetirement: { value: 60, citation: `${CITE.QD377} (age for at least one full term)` },
  appointmentMinMonthsToRetirement: { value: 60, citation: `${CITE.HD06}, applied with ${CITE.QD377}` },
  appointmentRequiresPlanning: { value: true, citation: CITE.QD377 },
  disciplineCooloffMonths: { value: { reprimand: 24, warning: 36, removal: 60 }, citation: CITE.QD377 },
  termYears: { value: 5, citation: `${CITE.ND138_TERM}; ${CITE.QD377}` },
  reappointmentNotice: { value: { amount: 90, unit: 'working_days' }, citation: CITE.QD377 },
  postStandards: { value: null, citation: `Post standards (tiêu chuẩn chức danh); ${CITE.QD377}` },
  dossierItems: { ...PRE_2025.dossierItems, citation: `${CITE.QD377}; ${CITE.QD65} (hồ sơ luân chuyển)` },
  healthCertificateMaxAgeMonths: { value: 6, citation: CITE.QD377 },
  dossierAssessmentYears: { value: 3, citation: CITE.QD377 },
};

export const RULE_PARAMETERS: Readonly<Record<LegalBasis, RuleParameters>> = {
  'QD50-2021': PRE_2025,
  'QD80-2022': {
    ...PRE_2025,
    legalBasis: 'QD80-2022',
    appointmentRequiresPlanning: { value: true, citation: CITE.QD80 },
    termYears: { value: 5, citation: CITE.QD80 },
    reappointmentNotice: { ...PRE_2025.reappointmentNotice, citation: CITE.QD80 },
  },
  'ND138-2020': {
    ...PRE_2025,
    legalBasis: 'ND138-2020',
    appointmentRequiresPlanning: { value: true, citation: CITE.ND138 },
    termYears: { value: 5, citation: CITE.ND138_TERM },
    reappointmentNotice: { ...PRE_2025.reappointmentNotice, citation: CITE.ND138_REAPPOINTMENT },
  },
  'QD377-2025': QD377,
  'QD65-2022': {
    ...PRE_2025,
    legalBasis: 'QD65-2022',
    appointmentRequiresPlanning: { value: true, citation: `${CITE.QD65}; ${CITE.ND138_ROTATION}` },
  },
};

export function ruleParameters(basis: LegalBasis): RuleParameters {
  const row = RULE_PARAMETERS[basis];
  if (!row) throw new RangeError(`unknown legal basis: ${JSON.stringify(basis)}`);
  return row;
}
