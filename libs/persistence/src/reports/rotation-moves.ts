import type { DataSource } from 'typeorm';
import type { RotationReport, UnitLevel } from '@personnel/contracts';
import { Params } from '../registry/sql';
import { inUnitScope, reportUnit } from './report-unit';

export interface DateRange {
  from: string;
  to: string;
}

interface MoveRow {
  year: number;
  from_code: string | null;
  from_name: string | null;
  from_level: UnitLevel | null;
  to_code: string;
  to_name: string;
  to_level: UnitLevel;
  count: number;
}

/**
 * Rotations per year, sending unit and receiving unit, counted on the registry's `assignment` rows of kind
 * 'rotation' — the single source: the seed writes them, and so does the rotation workflow's decision.
 * A rotation starts at the receiving unit (the post's unit) on `from_date`; it comes from the unit of the
 * cadre's assignment just before it. In scope when it leaves or joins a unit of the scope.
 */
export async function rotationMovesByYear(
  dataSource: DataSource,
  range: DateRange,
  unitCodes?: string[],
): Promise<RotationReport['movesByYear']> {
  const p = new Params();
  const from = p.add(range.from);
  const to = p.add(range.to);
  const scope = unitCodes === undefined ? undefined : p.add(unitCodes);
  const rows: MoveRow[] = await dataSource.query(
    `SELECT extract(year FROM r.from_date)::int AS year,
            fu.code AS from_code, fu.name AS from_name, fu.level AS from_level,
            tu.code AS to_code, tu.name AS to_name, tu.level AS to_level,
            count(*)::int AS count
     FROM assignment r
     JOIN post tp ON tp.id = r.post_id
     JOIN unit tu ON tu.id = tp.unit_id
     LEFT JOIN LATERAL (
       SELECT b.post_id FROM assignment b
       WHERE b.cadre_id = r.cadre_id AND b.from_date < r.from_date
       ORDER BY b.from_date DESC, b.created_at DESC LIMIT 1
     ) before ON true
     LEFT JOIN post fp ON fp.id = before.post_id
     LEFT JOIN unit fu ON fu.id = fp.unit_id
     WHERE r.kind = 'rotation' AND r.from_date BETWEEN ${from}::date AND ${to}::date
       AND (${inUnitScope('tu.code', scope)} OR ${inUnitScope('fu.code', scope)})
     GROUP BY 1, fu.code, fu.name, fu.level, tu.code, tu.name, tu.level
     ORDER BY 1, fu.code NULLS LAST, tu.code`,
    p.values,
  );
  return rows.map((r) => ({
    year: r.year,
    from: reportUnit(r.from_code, r.from_name, r.from_level),
    to: { unitCode: r.to_code, unitName: r.to_name, level: r.to_level },
    count: r.count,
  }));
}
