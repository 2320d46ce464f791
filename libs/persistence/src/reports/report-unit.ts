import type { ReportUnit, UnitLevel } from '@personnel/contracts';

/** A unit of a report row; null when the row has none (a left join found nothing). */
export function reportUnit(
  code: string | null,
  name: string | null,
  level: UnitLevel | null,
): ReportUnit | null {
  return code === null ? null : { unitCode: code, unitName: name ?? code, level: level ?? 'agency' };
}

/** The unit-scope condition on a unit code column: undefined scope = the whole organisation. */
export function inUnitScope(column: string, scopeParam: string | undefined): string {
  return scopeParam === undefined ? 'true' : `${column} = ANY(${scopeParam}::text[])`;
}
