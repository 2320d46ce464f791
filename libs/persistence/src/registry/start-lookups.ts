import type { DataSource } from 'typeorm';
import type { PostIncumbent } from '@personnel/contracts';

/**
 * A post as a procedure's start checks it: does it exist, is it active, which unit owns it; for a
 * single-holder post, who holds it now and which procedure is already filling it.
 */
export interface PostForStart {
  code: string;
  active: boolean;
  unit_code: string;
  single_holder: boolean;
  holder: PostIncumbent | null;
  /** An appointment or rotation in progress towards this post. */
  being_filled_by: string | null;
}

export async function findPostForStart(
  dataSource: DataSource,
  code: string,
): Promise<PostForStart | undefined> {
  const [post]: PostForStart[] = await dataSource.query(
    `SELECT p.code, p.active, u.code AS unit_code, p.single_holder,
            (SELECT json_build_object('cadreId', c.code, 'fullName', c.full_name,
                                      'since', to_char(a.from_date, 'YYYY-MM-DD'))
               FROM assignment a JOIN cadre c ON c.id = a.cadre_id
              WHERE a.post_id = p.id AND a.to_date IS NULL ORDER BY a.from_date LIMIT 1) AS holder,
            (SELECT pr.id FROM procedure pr
              WHERE pr.post_id = p.code AND pr.kind IN ('appointment', 'rotation') AND pr.state = 'in_progress'
              ORDER BY pr.proposed_at LIMIT 1) AS being_filled_by
       FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = $1`,
    [code],
  );
  return post;
}

/** The registry status of each listed cadre code that exists (`active`, `retired`, …). */
export async function cadreStatuses(
  dataSource: DataSource,
  codes: readonly string[],
): Promise<{ code: string; status: string }[]> {
  return dataSource.query(`SELECT code, status FROM cadre WHERE code = ANY($1)`, [[...codes]]);
}
