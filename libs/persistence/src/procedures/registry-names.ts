import type { EntityManager } from 'typeorm';

/** Registry names of a page's codes, three indexed lookups in one statement (the read models keep codes only). */
export interface RegistryNames {
  cadre: Map<string, string>;
  post: Map<string, string>;
  unit: Map<string, string>;
}

export async function registryNames(
  db: EntityManager,
  rows: { subject_cadre_ids: string[]; post_id: string | null; unit_code: string }[],
): Promise<RegistryNames> {
  if (rows.length === 0) return { cadre: new Map(), post: new Map(), unit: new Map() };
  // One statement: a page inside a read snapshot holds one connection, where parallel queries only queue.
  const found: { k: 'cadre' | 'post' | 'unit'; code: string; name: string }[] = await db.query(
    `SELECT 'cadre' AS k, code, full_name AS name FROM cadre WHERE code = ANY($1)
     UNION ALL SELECT 'post', code, title FROM post WHERE code = ANY($2)
     UNION ALL SELECT 'unit', code, name FROM unit WHERE code = ANY($3)`,
    [
      [...new Set(rows.flatMap((r) => r.subject_cadre_ids))],
      [...new Set(rows.flatMap((r) => (r.post_id === null ? [] : [r.post_id])))],
      [...new Set(rows.map((r) => r.unit_code))],
    ],
  );
  const names: RegistryNames = { cadre: new Map(), post: new Map(), unit: new Map() };
  for (const { k, code, name } of found) names[k].set(code, name);
  return names;
}

export const postTitleOf = (names: RegistryNames, postId: string | null): string | null =>
  postId === null ? null : (names.post.get(postId) ?? null);
