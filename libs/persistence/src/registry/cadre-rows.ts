import type {
  AssignmentKind,
  CadreStatus,
  EducationLevel,
  Gender,
  PoliticalTheoryLevel,
  StateManagementLevel,
} from '@personnel/contracts';
import { containsPattern, Params, prefixPattern } from './sql';
import { mayStartACode, type CadreView } from '@personnel/contracts';

export interface CadreFilter {
  /** Code prefix, or a part of the full name with or without diacritics ("nguyen van an"). */
  q?: string;
  status?: CadreStatus;
  /** Unit of the cadre's current assignment. */
  unitCode?: string;
  /** Post of the cadre's current assignment. */
  postCode?: string;
  gender?: Gender;
  hometownLocalityCode?: string;
  /**
   * The reader's unit scope: only cadres who belong to one of these units (`cadre.unit_codes`). Undefined
   * = the whole organisation.
   */
  withinUnits?: readonly string[];
  /** With withinUnits: cadres who never held a post (so belong to no unit yet) are read too. */
  includeUnplaced?: boolean;
}

/**
 * The reader's unit scope over the cadre row `alias` (`c`, or a match set's `m`); none for the
 * organisation. `cadre.unit_codes` holds the units a cadre belongs to (migration
 * 1766000000000-registry-inbox-read-columns, `cadre_unit_codes`: the units of every open assignment; with
 * none open, the unit of the assignment that ended last), kept by triggers on `assignment`; it is empty
 * exactly for a cadre who never held a post.
 */
export function scopeCondition(filter: CadreFilter, p: Params, alias = 'c'): string | undefined {
  if (!filter.withinUnits) return undefined;
  const inScope = `${alias}.unit_codes && ${p.add([...filter.withinUnits])}::text[]`;
  if (!filter.includeUnplaced) return inScope;
  return `(${inScope} OR ${alias}.unit_codes = '{}')`;
}

/**
 * FROM clause for filtering and counting: the current assignment is joined only when a filter needs it
 * (inner join, since such a filter needs one), so an unfiltered count reads the cadre table alone.
 */
export function filterFrom(filter: CadreFilter): string {
  if (!filter.unitCode && !filter.postCode) return 'FROM cadre c';
  return `FROM cadre c
  JOIN assignment cur ON cur.cadre_id = c.id AND cur.to_date IS NULL
  ${filter.postCode ? 'JOIN post cur_post ON cur_post.id = cur.post_id' : ''}
  ${filter.unitCode ? 'JOIN unit cur_unit ON cur_unit.id = cur.unit_id' : ''}`;
}

/** The columns of a cadre with its current post, over a derived table `c` of cadre rows. */
export const CADRE_COLUMNS_OVER = (
  source: string,
) => `SELECT c.id, c.code, c.full_name, c.search_name, c.gender,
    to_char(c.birth_date, 'YYYY-MM-DD') AS birth_date, c.hometown_locality_code, c.ethnicity, c.education,
    c.political_theory, c.state_management, c.party_member, c.status, c.version, c.created_at, c.updated_at,
    cur.id AS cur_id, cur.kind AS cur_kind, to_char(cur.from_date, 'YYYY-MM-DD') AS cur_from,
    cur_post.code AS cur_post_code, cur_post.title AS cur_post_title,
    cur_unit.code AS cur_unit_code, cur_unit.name AS cur_unit_name
  FROM ${source}
  LEFT JOIN assignment cur ON cur.cadre_id = c.id AND cur.to_date IS NULL
  LEFT JOIN post cur_post ON cur_post.id = cur.post_id
  LEFT JOIN unit cur_unit ON cur_unit.id = cur.unit_id`;

export const CADRE_SELECT = CADRE_COLUMNS_OVER('cadre c');

/** Stable order of every cadre listing (and the export's keyset): folded name, then id. */
export const CADRE_ORDER = 'ORDER BY c.search_name, c.id';

export interface CadreRow {
  id: string;
  code: string;
  full_name: string;
  search_name: string;
  gender: Gender;
  birth_date: string;
  hometown_locality_code: string;
  ethnicity: string;
  education: EducationLevel;
  political_theory: PoliticalTheoryLevel;
  state_management: StateManagementLevel;
  party_member: boolean;
  status: CadreStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  cur_id: string | null;
  cur_kind: AssignmentKind | null;
  cur_from: string | null;
  cur_post_code: string | null;
  cur_post_title: string | null;
  cur_unit_code: string | null;
  cur_unit_name: string | null;
}

export function toCadreView(r: CadreRow): CadreView {
  return {
    id: r.id,
    code: r.code,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: r.birth_date,
    hometownLocalityCode: r.hometown_locality_code,
    ethnicity: r.ethnicity,
    education: r.education,
    politicalTheory: r.political_theory,
    stateManagement: r.state_management,
    partyMember: r.party_member,
    status: r.status,
    currentPost: r.cur_id
      ? {
          assignmentId: r.cur_id,
          kind: r.cur_kind as AssignmentKind,
          postCode: r.cur_post_code as string,
          postTitle: r.cur_post_title as string,
          unitCode: r.cur_unit_code as string,
          unitName: r.cur_unit_name as string,
          fromDate: r.cur_from as string,
        }
      : null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * WHERE conditions of a cadre filter, using the trigram indexes for `q`; the unit scope too unless
 * `scope: false` (a search applies it itself, to as few matches as its page and capped count need).
 */
export function cadreConditions(filter: CadreFilter, p: Params, options = { scope: true }): string[] {
  const where: string[] = [];
  if (filter.q?.trim()) {
    const name = `c.search_name LIKE ${p.add(containsPattern(filter.q))}`;
    // A code prefix through ix_cadre_code_prefix (a range of the btree; codes are ASCII, so lower() is
    // ILIKE's folding), asked only when the text could start a code: each match is rechecked per row.
    where.push(
      mayStartACode(filter.q)
        ? `(lower(c.code) LIKE ${p.add(prefixPattern(filter.q).toLowerCase())} OR ${name})`
        : name,
    );
  }
  if (filter.status) where.push(`c.status = ${p.add(filter.status)}`);
  if (filter.unitCode) where.push(`cur_unit.code = ${p.add(filter.unitCode)}`);
  if (filter.postCode) where.push(`cur_post.code = ${p.add(filter.postCode)}`);
  if (filter.gender) where.push(`c.gender = ${p.add(filter.gender)}`);
  if (filter.hometownLocalityCode)
    where.push(`c.hometown_locality_code = ${p.add(filter.hometownLocalityCode)}`);
  const scope = options.scope ? scopeCondition(filter, p) : undefined;
  if (scope) where.push(scope);
  return where;
}
