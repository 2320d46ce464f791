import type { AssignmentKind, UnitLevel } from '../registry';

/** A unit as the reports name it: the code for machines, the name for people. */
export interface ReportUnit {
  unitCode: string;
  unitName: string;
  level: UnitLevel;
}

/**
 * Moves of one year between two units. A rotation starts at the receiving unit (its assignment); it
 * comes from the unit of the cadre's assignment just before it, `null` when the registry holds none.
 */
export interface RotationMoveCount {
  from: ReportUnit | null;
  to: ReportUnit;
  count: number;
}

/**
 * GET /api/v1/reports/rotations: rotations (assignments of kind 'rotation') whose first day lies in
 * [from, to], within the reader's unit scope (a rotation counts when it leaves or joins a unit of it).
 */
export interface RotationReport {
  from: string;
  to: string;
  total: number;
  byYear: { year: number; count: number }[];
  /** Each unit a rotation left (`out`) or joined (`in`), by name. */
  byUnit: (ReportUnit & { out: number; in: number })[];
  byYearAndUnit: (ReportUnit & { year: number; out: number; in: number })[];
  /** Commune-level units that sent or received a rotated cadre. */
  communesInvolved: number;
  /** Over the whole range: who went where. */
  moves: RotationMoveCount[];
  /** The same per year (the CSV rows; the panel's picture can show one year). */
  movesByYear: (RotationMoveCount & { year: number })[];
}

/** The holder of a post on a day, named. */
export interface ReportHolding {
  postCode: string;
  postTitle: string;
  unit: ReportUnit;
  cadreCode: string;
  cadreName: string;
  /** First day of the holder's assignment to the post. */
  fromDate: string;
  kind: AssignmentKind;
}

/**
 * GET /api/v1/reports/non-local-heads: the posts the non-local rule concerns (commune Party secretary and
 * People's Committee chairman, Chỉ thị 45-CT/TW) held on `asOf`, and whose holders come from elsewhere.
 */
export interface NonLocalHeadsReport {
  asOf: string;
  heads: number;
  nonLocal: number;
  /** nonLocal / heads, 0..1; null when no such post is held. */
  share: number | null;
  posts: (ReportHolding & {
    hometownLocalityCode: string;
    /** Name of the hometown locality's unit, when the registry has one. */
    hometownName: string | null;
    unitLocalityCode: string;
    nonLocal: boolean;
  })[];
}

/** A holder measured against every standard of the post, on a given day. */
export interface HeadStandardsEntry extends ReportHolding {
  /** The day the standards were applied (the report's day, or the assignment's first day). */
  evaluatedOn: string;
  meetsStandards: boolean;
  /** Rule codes of the standards not met (e.g. 'required_training'); empty when all are. */
  failedChecks: string[];
}

/**
 * GET /api/v1/reports/head-standards: heads (holders of head posts) meeting every standard of their post
 * on `asOf`, and on each decision date: every head assignment whose first day lies in [from, to], checked
 * on that first day (courses completed by then).
 */
export interface HeadStandardsReport {
  asOf: string;
  heads: number;
  meeting: number;
  share: number | null;
  holders: HeadStandardsEntry[];
  onDecisionDates: {
    from: string;
    to: string;
    decisions: number;
    meeting: number;
    share: number | null;
    assignments: HeadStandardsEntry[];
  };
}
