import { containsPattern, foldedSql, prefixPattern, type Params } from '../registry/sql';

/**
 * The inbox's free-text search over `procedure_task t JOIN procedure p`: a candidate's name (folded, so
 * "nguyen van" finds "Nguyễn Văn") or code, the post's title or code, the unit's name or code, or the
 * task's label. Codes are matched on the read model itself (by prefix); names, which the read model does
 * not keep, in the registry by key.
 */
export function inboxSearchSql(p: Params, q: string): string {
  const text = p.add(containsPattern(q));
  const code = p.add(prefixPattern(q));
  return `(p.post_id ILIKE ${code} OR p.unit_code ILIKE ${code}
        OR EXISTS (SELECT 1 FROM unnest(p.subject_cadre_ids) s(code) WHERE s.code ILIKE ${code})
        OR EXISTS (SELECT 1 FROM cadre c WHERE c.code = ANY(p.subject_cadre_ids) AND c.search_name LIKE ${text})
        OR EXISTS (SELECT 1 FROM post po WHERE po.code = p.post_id AND ${foldedSql('po.title', p)} LIKE ${text})
        OR EXISTS (SELECT 1 FROM unit u WHERE u.code = p.unit_code AND ${foldedSql('u.name', p)} LIKE ${text})
        OR ${foldedSql('t.label', p)} LIKE ${text})`;
}
