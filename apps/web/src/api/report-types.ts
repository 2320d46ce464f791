/** The district's published figures as the panel uses them: from libs/contracts (types only). */
export type {
  HeadStandardsEntry,
  HeadStandardsReport,
  NonLocalHeadsReport,
  ReportUnit,
  RotationMoveCount,
  RotationReport,
} from '@personnel/contracts';
