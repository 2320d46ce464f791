import type { DataSource } from 'typeorm';

/** A post as a procedure's start checks it: does it exist, is it active, and which unit owns it. */
export interface PostForStart {
  code: string;
  active: boolean;
  unit_code: string;
}

export async function findPostForStart(
  dataSource: DataSource,
  code: string,
): Promise<PostForStart | undefined> {
  const [post]: PostForStart[] = await dataSource.query(
    `SELECT p.code, p.active, u.code AS unit_code FROM post p JOIN unit u ON u.id = p.unit_id WHERE p.code = $1`,
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
