import type { DisciplineForm, DossierItemCode, LegalBasis } from '@personnel/contracts';

/** A rule parameter and the legal text it comes from, kept together so an explanation can show both. */
export interface Cited<T> {
  value: T;
  citation: string;
}

/** A share as an exact fraction: vote arithmetic stays in integers (no 0.666… rounding). */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/** Every parameter of one legal basis (../shared/DOMAIN.md "Rules"). Durations in months or days. */
export interface RuleParameters {
  legalBasis: LegalBasis;
  candidatesPerPostMax: Cited<number>;
  plannedPostsPerCadreMax: Cited<number>;
  /**
   * Targets of a planning pool: "young" is younger than youngAgeBelow years; `ageBands` five-year age
   * bands, at least that many represented (three age groups, each five years apart).
   */
  planningStructure: Cited<{
    youngAgeBelow: number;
    youngMinPercent: number;
    womenMinPercent: number;
    ageBands: number;
    ageBandYears: number;
  }>;
  /** Entering planning: enough service left for one full term. */
  planningMinMonthsToRetirement: Cited<number>;
  /** On the day the dossier is complete. */
  appointmentMinMonthsToRetirement: Cited<number>;
  appointmentRequiresPlanning: Cited<boolean>;
  disciplineCooloffMonths: Cited<Record<DisciplineForm, number>>;
  maxConsecutiveHeadTerms: Cited<number>;
  termYears: Cited<number>;
  reappointmentNotice: Cited<{ amount: number; unit: 'calendar_days' | 'working_days' }>;
  rotationMinServiceYears: Cited<number>;
  /** When the rotation serves the non-local rule: one term. */
  rotationMinServiceYearsNonLocal: Cited<number>;
  rotationMinMonths: Cited<number>;
  /** A rotation goes to a post of the same level as the one left, by default. */
  rotationSameLevel: Cited<boolean>;
  /** A rotation creates no post: it goes to a post that is free, or freed by the same decision. */
  rotationNoNewPost: Cited<boolean>;
  nonLocalHeads: Cited<boolean>;
  /** Post standards are the post's own data; only their legal source is a parameter. */
  postStandards: Cited<null>;
  /** Attending / summoned, at least. */
  quorum: Cited<Ratio>;
  /** Votes / summoned, more than; if nobody passes, the top `fallbackTop` go forward. */
  expandedConference: Cited<{ moreThan: Ratio; fallbackTop: number }>;
  /** Yes / all members, more than; exactly the ratio → the head decides. */
  collectiveVote: Cited<{ moreThan: Ratio }>;
  /** Low-confidence votes / voters. */
  confidenceVote: Cited<{ outOfPlanningMoreThan: Ratio; removalAtLeast: Ratio }>;
  policyApprovalWorkingDays: Cited<number>;
  procedureWorkingDays: Cited<number>;
  /** The items a dossier holds before the first conference, per procedure kind that checks one. */
  dossierItems: Cited<{ appointment: DossierItemCode[]; rotation: DossierItemCode[] }>;
  /** A health certificate is no older than this many months on the day the dossier is complete. */
  healthCertificateMaxAgeMonths: Cited<number>;
  /** The assessments (đánh giá, xếp loại chất lượng) of this many last full years. */
  dossierAssessmentYears: Cited<number>;
}
