import type { DataSource } from 'typeorm';

/** Registry names of a page's codes, in three indexed lookups (the read models keep codes only). */
export interface RegistryNames {
  cadre: Map<string, string>;
  post: Map<string, string>;
  unit: Map<string, string>;
}

export async function registryNames(
  dataSource: DataSource,
  rows: { subject_cadre_ids: string[]; post_id: string | null; unit_code: string }[],
): Promise<RegistryNames> {
  if (rows.length === 0) return { cadre: new Map(), post: new Map(), unit: new Map() };
  const [cadres, posts, units]: [
    { code: string; full_name: string }[],
    { code: string; title: string }[],
    { code: string; name: string }[],
  ] = await Promise.all([
    dataSource.query('SELECT code, full_name FROM cadre WHERE code = ANY($1)', [
      [...new Set(rows.flatMap((r) => r.subject_cadre_ids))],
    ]),
    dataSource.query('SELECT code, title FROM post WHERE code = ANY($1)', [
      [...new Set(rows.flatMap((r) => (r.post_id === null ? [] : [r.post_id])))],
    ]),
    dataSource.query('SELECT code, name FROM unit WHERE code = ANY($1)', [
      [...new Set(rows.map((r) => r.unit_code))],
    ]),
  ]);
  return {
    cadre: new Map(cadres.map((c) => [c.code, c.full_name])),
    post: new Map(posts.map((p) => [p.code, p.title])),
    unit: new Map(units.map((u) => [u.code, u.name])),
  };
}

export const postTitleOf = (names: RegistryNames, postId: string | null): string | null =>
  postId === null ? null : (names.post.get(postId) ?? null);
