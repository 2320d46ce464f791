import { containsPattern, prefixPattern, type Params } from '../registry/sql';

/**
 * The inbox's free-text search over `procedure_task t`: a candidate's name (folded, so "nguyen van"
 * finds "Nguyễn Văn") or code, the post's title or code, the unit's name or code, or the task's label.
 * Codes are matched on the procedure's row (by prefix); names, which the read model does not keep, in
 * the registry by key. The search term is folded in TypeScript (containsPattern); the label, the post's
 * title and the unit's name were folded when their rows were written (`search_label`, `search_title`,
 * `search_name`: migration 1766000000000), so no row is folded here. The procedure is read by key, only
 * for the tasks whose label does not match already.
 */
export function inboxSearchSql(p: Params, q: string): string {
  const text = p.add(containsPattern(q));
  const code = p.add(prefixPattern(q));
  return `(t.search_label LIKE ${text} OR EXISTS (SELECT 1 FROM procedure p WHERE p.id = t.workflow_id AND (
          p.post_id ILIKE ${code} OR p.unit_code ILIKE ${code}
          OR EXISTS (SELECT 1 FROM unnest(p.subject_cadre_ids) s(code) WHERE s.code ILIKE ${code})
          OR EXISTS (SELECT 1 FROM cadre c WHERE c.code = ANY(p.subject_cadre_ids) AND c.search_name LIKE ${text})
          OR p.post_id IN (SELECT po.code FROM post po WHERE po.search_title LIKE ${text})
          OR p.unit_code IN (SELECT u.code FROM unit u WHERE u.search_name LIKE ${text}))))`;
}
