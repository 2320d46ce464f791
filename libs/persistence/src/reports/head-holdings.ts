import type { DataSource, EntityManager } from 'typeorm';
import type { AssignmentKind, CadreFacts, PostFacts, ReportHolding, UnitLevel } from '@personnel/contracts';
import { loadCadreFacts, loadPostFacts } from '../registry/eligibility-facts';
import { Params } from '../registry/sql';
import type { DateRange } from './rotation-moves';
import { inUnitScope } from './report-unit';

/** A head holding with what the rules need to judge it: the rules engine's own facts, as of a day. */
export interface HeadHoldingFacts {
  holding: ReportHolding;
  hometown: { localityCode: string; name: string | null };
  unitLocalityCode: string;
  /** The day the facts are taken on (courses completed by then). */
  evaluatedOn: string;
  cadre: CadreFacts;
  post: PostFacts;
}

/** Which holdings of head posts: held on a day, or begun within a range (each decision's first day). */
export type HeadHoldingSelection =
  { heldOn: string; nonLocalPostsOnly?: boolean } | { startingIn: DateRange };

interface HoldingRow {
  cadre_id: string;
  post_id: string;
  post_code: string;
  post_title: string;
  unit_code: string;
  unit_name: string;
  unit_level: UnitLevel;
  unit_locality_code: string;
  cadre_code: string;
  cadre_name: string;
  hometown_locality_code: string;
  hometown_name: string | null;
  from_date: string;
  kind: AssignmentKind;
}

/**
 * Holders of head posts and their facts, loaded by the eligibility facts loaders (the same facts
 * `POST /api/v1/eligibility` judges) in one snapshot. The standards themselves are never restated in
 * SQL: the caller asks the domain's rules. Unit scope on the post's unit (undefined = everything).
 */
export class HeadHoldings {
  constructor(private readonly dataSource: DataSource) {}

  load(selection: HeadHoldingSelection, unitCodes?: string[]): Promise<HeadHoldingFacts[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await selectHoldings(manager, selection, unitCodes);
      const posts = new Map<string, PostFacts | undefined>();
      const facts: HeadHoldingFacts[] = [];
      for (const row of rows) {
        const evaluatedOn = 'heldOn' in selection ? selection.heldOn : row.from_date;
        if (!posts.has(row.post_id)) posts.set(row.post_id, await loadPostFacts(manager, row.post_id));
        const post = posts.get(row.post_id);
        const cadre = await loadCadreFacts(manager, row.cadre_id, evaluatedOn);
        // Both rows were just read in this snapshot: they exist.
        if (!post || !cadre) continue;
        facts.push({
          holding: {
            postCode: row.post_code,
            postTitle: row.post_title,
            unit: { unitCode: row.unit_code, unitName: row.unit_name, level: row.unit_level },
            cadreCode: row.cadre_code,
            cadreName: row.cadre_name,
            fromDate: row.from_date,
            kind: row.kind,
          },
          hometown: { localityCode: row.hometown_locality_code, name: row.hometown_name },
          unitLocalityCode: row.unit_locality_code,
          evaluatedOn,
          cadre,
          post,
        });
      }
      return facts;
    });
  }
}

function selectHoldings(
  manager: EntityManager,
  selection: HeadHoldingSelection,
  unitCodes: string[] | undefined,
): Promise<HoldingRow[]> {
  const p = new Params();
  let when: string;
  if ('heldOn' in selection) {
    const day = p.add(selection.heldOn);
    when = `a.from_date <= ${day}::date AND (a.to_date IS NULL OR a.to_date >= ${day}::date)`;
    if (selection.nonLocalPostsOnly) when += ' AND p.requires_non_local';
  } else {
    when = `a.from_date BETWEEN ${p.add(selection.startingIn.from)}::date AND ${p.add(selection.startingIn.to)}::date`;
  }
  const scope = unitCodes === undefined ? undefined : p.add(unitCodes);
  // The hometown's name: the unit governing that locality (a commune or district before its agencies).
  return manager.query(
    `SELECT a.cadre_id, a.post_id, p.code AS post_code, p.title AS post_title,
            u.code AS unit_code, u.name AS unit_name, u.level AS unit_level, u.locality_code AS unit_locality_code,
            c.code AS cadre_code, c.full_name AS cadre_name, c.hometown_locality_code,
            (SELECT h.name FROM unit h WHERE h.locality_code = c.hometown_locality_code
             ORDER BY h.level = 'agency', h.code LIMIT 1) AS hometown_name,
            to_char(a.from_date, 'YYYY-MM-DD') AS from_date, a.kind
     FROM assignment a
     JOIN post p ON p.id = a.post_id
     JOIN unit u ON u.id = p.unit_id
     JOIN cadre c ON c.id = a.cadre_id
     WHERE p.is_head AND ${when} AND ${inUnitScope('u.code', scope)}
     ORDER BY u.code, p.code, a.from_date, c.code`,
    p.values,
  );
}
