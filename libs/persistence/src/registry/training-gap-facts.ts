import type { DataSource } from 'typeorm';
import type { CadreFacts, PostFacts } from '@personnel/contracts';
import { loadCadreFacts, postFactsFromRow, POST_FACT_COLUMNS, type PostFactRow } from './eligibility-facts';

export interface TrainingGapFacts {
  cadre: CadreFacts;
  /** Facts of every post the cadre has a planning entry for (the rules pick those active on the day). */
  posts: PostFacts[];
  postTitles: Map<string, string>;
  unitNames: Map<string, string>;
  /** Titles of the courses those posts require. */
  courseTitles: Map<string, string>;
}

/** What the training-gaps read needs, from one snapshot; undefined for an unknown cadre. */
export async function loadTrainingGapFacts(
  dataSource: DataSource,
  cadreIdOrCode: string,
  asOf: string,
): Promise<TrainingGapFacts | undefined> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const cadre = await loadCadreFacts(manager, cadreIdOrCode, asOf);
    if (!cadre) return undefined;
    const codes = [...new Set(cadre.planning.map((p) => p.postCode))];
    const rows: (PostFactRow & { title: string; unit_name: string })[] = await manager.query(
      `SELECT ${POST_FACT_COLUMNS}, p.title, u.name AS unit_name
       FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = ANY($1::text[]) ORDER BY p.code`,
      [codes],
    );
    const posts = rows.map(postFactsFromRow);
    const courseCodes = [...new Set(posts.flatMap((p) => p.standards.requiredCourseCodes))];
    const courses: { code: string; title: string }[] = await manager.query(
      `SELECT code, title FROM training_course WHERE code = ANY($1::text[])`,
      [courseCodes],
    );
    return {
      cadre,
      posts,
      postTitles: new Map(rows.map((r) => [r.code, r.title])),
      unitNames: new Map(rows.map((r) => [r.unit_code, r.unit_name])),
      courseTitles: new Map(courses.map((c) => [c.code, c.title])),
    };
  });
}
