import type {
  HeadStandardsReport,
  NonLocalHeadsReport,
  ReportUnit,
  RotationReport,
} from '../api/report-types';

export const QA: ReportUnit = { unitCode: 'DH-QA', unitName: 'Xã Quảng An', level: 'commune' };
export const QL: ReportUnit = { unitCode: 'DH-QL', unitName: 'Xã Quảng Lâm', level: 'commune' };
export const VP: ReportUnit = { unitCode: 'DH-VP', unitName: 'Văn phòng HĐND và UBND', level: 'agency' };

/** Four rotations: a swap between two communes in 2021; in 2022 one more to Quảng Lâm, one from the district office. */
export const ROTATIONS: RotationReport = {
  from: '2021-01-01',
  to: '2025-12-31',
  total: 4,
  byYear: [
    { year: 2021, count: 2 },
    { year: 2022, count: 2 },
  ],
  byUnit: [
    { ...QA, out: 2, in: 2 },
    { ...QL, out: 1, in: 2 },
    { ...VP, out: 1, in: 0 },
  ],
  byYearAndUnit: [],
  communesInvolved: 2,
  moves: [
    { from: QA, to: QL, count: 2 },
    { from: QL, to: QA, count: 1 },
    { from: VP, to: QA, count: 1 },
  ],
  movesByYear: [
    { year: 2021, from: QA, to: QL, count: 1 },
    { year: 2021, from: QL, to: QA, count: 1 },
    { year: 2022, from: QA, to: QL, count: 1 },
    { year: 2022, from: VP, to: QA, count: 1 },
  ],
};

const holding = (unit: ReportUnit, postCode: string, postTitle: string, cadreName: string) => ({
  postCode,
  postTitle,
  unit,
  cadreCode: `CB-${postCode}`,
  cadreName,
  fromDate: '2023-05-01',
  kind: 'rotation' as const,
});

export const NON_LOCAL: NonLocalHeadsReport = {
  asOf: '2026-01-01',
  heads: 2,
  nonLocal: 1,
  share: 0.5,
  posts: [
    {
      ...holding(QA, 'DH-QA-BT', 'Bí thư Đảng ủy', 'Nguyễn Văn An'),
      hometownLocalityCode: 'QN.DH.QL',
      hometownName: 'Xã Quảng Lâm',
      unitLocalityCode: 'QN.DH.QA',
      nonLocal: true,
    },
    {
      ...holding(QL, 'DH-QL-CT-UBND', 'Chủ tịch UBND', 'Trần Thị Bình'),
      hometownLocalityCode: 'QN.DH.QL',
      hometownName: 'Xã Quảng Lâm',
      unitLocalityCode: 'QN.DH.QL',
      nonLocal: false,
    },
  ],
};

export const STANDARDS: HeadStandardsReport = {
  asOf: '2026-01-01',
  heads: 2,
  meeting: 1,
  share: 0.5,
  holders: [
    {
      ...holding(QA, 'DH-QA-BT', 'Bí thư Đảng ủy', 'Nguyễn Văn An'),
      evaluatedOn: '2026-01-01',
      meetsStandards: true,
      failedChecks: [],
    },
    {
      ...holding(VP, 'DH-VP-TR', 'Chánh Văn phòng', 'Lê Văn Cường'),
      evaluatedOn: '2026-01-01',
      meetsStandards: false,
      failedChecks: ['required_training'],
    },
  ],
  onDecisionDates: {
    from: '2021-01-01',
    to: '2025-12-31',
    decisions: 3,
    meeting: 3,
    share: 1,
    assignments: [],
  },
};
