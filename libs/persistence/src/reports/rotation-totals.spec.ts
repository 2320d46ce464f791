import type { ReportUnit } from '@personnel/contracts';
import { rotationReportFromMoves } from './rotation-totals';

const QA: ReportUnit = { unitCode: 'DH-QA', unitName: 'Xã Quảng An', level: 'commune' };
const QL: ReportUnit = { unitCode: 'DH-QL', unitName: 'Xã Quảng Lâm', level: 'commune' };
const VP: ReportUnit = { unitCode: 'DH-VP', unitName: 'Văn phòng HĐND và UBND', level: 'agency' };
const RANGE = { from: '2021-01-01', to: '2025-12-31' };

describe('rotationReportFromMoves', () => {
  const report = rotationReportFromMoves(RANGE, [
    { year: 2021, from: QA, to: QL, count: 1 },
    { year: 2021, from: QL, to: QA, count: 1 },
    { year: 2022, from: QA, to: QL, count: 2 },
    { year: 2022, from: VP, to: QA, count: 1 },
    { year: 2023, from: null, to: QL, count: 1 },
  ]);

  it('sums the per-year moves into the total, the years and the routes', () => {
    expect(report).toMatchObject({ ...RANGE, total: 6, communesInvolved: 2 });
    expect(report.byYear).toEqual([
      { year: 2021, count: 2 },
      { year: 2022, count: 3 },
      { year: 2023, count: 1 },
    ]);
    expect(report.moves).toEqual([
      { from: QA, to: QL, count: 3 },
      { from: null, to: QL, count: 1 },
      { from: QL, to: QA, count: 1 },
      { from: VP, to: QA, count: 1 },
    ]);
  });

  it('counts each unit out and in, overall and per year; an unknown origin counts only in', () => {
    expect(report.byUnit).toEqual([
      { ...QA, out: 3, in: 2 },
      { ...QL, out: 1, in: 4 },
      { ...VP, out: 1, in: 0 },
    ]);
    expect(report.byYearAndUnit.filter((u) => u.year === 2022)).toEqual([
      { year: 2022, ...QA, out: 2, in: 1 },
      { year: 2022, ...QL, out: 0, in: 2 },
      { year: 2022, ...VP, out: 1, in: 0 },
    ]);
  });

  it('answers zeros for a period without rotations', () => {
    expect(rotationReportFromMoves(RANGE, [])).toMatchObject({
      total: 0,
      byYear: [],
      moves: [],
      communesInvolved: 0,
    });
  });
});
