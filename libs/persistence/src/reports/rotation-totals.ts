import type { ReportUnit, RotationMoveCount, RotationReport } from '@personnel/contracts';
import type { DateRange } from './rotation-moves';

const unitKey = (unit: ReportUnit | null) => unit?.unitCode ?? '';

function addTo<K, V>(map: Map<K, V>, key: K, create: () => V, update: (value: V) => void): void {
  const value = map.get(key) ?? create();
  update(value);
  map.set(key, value);
}

/**
 * Every figure of the rotation report from its per-year moves, so the totals, the unit counts and the
 * picture cannot disagree with the rows a CSV carries.
 */
export function rotationReportFromMoves(
  range: DateRange,
  movesByYear: RotationReport['movesByYear'],
): RotationReport {
  const byYear = new Map<number, number>();
  const byUnit = new Map<string, ReportUnit & { out: number; in: number }>();
  const byYearAndUnit = new Map<string, ReportUnit & { year: number; out: number; in: number }>();
  const moves = new Map<string, RotationMoveCount>();
  for (const move of movesByYear) {
    byYear.set(move.year, (byYear.get(move.year) ?? 0) + move.count);
    const ends: [ReportUnit | null, 'out' | 'in'][] = [
      [move.from, 'out'],
      [move.to, 'in'],
    ];
    for (const [unit, side] of ends) {
      if (unit === null) continue;
      addTo(
        byUnit,
        unit.unitCode,
        () => ({ ...unit, out: 0, in: 0 }),
        (u) => (u[side] += move.count),
      );
      addTo(
        byYearAndUnit,
        `${move.year}|${unit.unitCode}`,
        () => ({ year: move.year, ...unit, out: 0, in: 0 }),
        (u) => (u[side] += move.count),
      );
    }
    addTo(
      moves,
      `${unitKey(move.from)}|${unitKey(move.to)}`,
      () => ({ from: move.from, to: move.to, count: 0 }),
      (m) => (m.count += move.count),
    );
  }
  const byCode = (a: ReportUnit, b: ReportUnit) => a.unitCode.localeCompare(b.unitCode);
  const units = [...byUnit.values()].sort(byCode);
  return {
    from: range.from,
    to: range.to,
    total: movesByYear.reduce((sum, m) => sum + m.count, 0),
    byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
    byUnit: units,
    byYearAndUnit: [...byYearAndUnit.values()].sort((a, b) => a.year - b.year || byCode(a, b)),
    communesInvolved: units.filter((u) => u.level === 'commune').length,
    moves: [...moves.values()].sort(
      (a, b) => b.count - a.count || unitKey(a.from).localeCompare(unitKey(b.from)) || byCode(a.to, b.to),
    ),
    movesByYear,
  };
}
