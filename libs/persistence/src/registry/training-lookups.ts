import type { DataSource } from 'typeorm';

export interface TraineeCandidate {
  cadreId: string;
  fullName: string;
  status: string;
  /** Unit of the cadre's current post; null without one. */
  unitCode: string | null;
}

/** What the API resolves before enrolling cadres in a class: who they are, who completed the course. */
export class TrainingLookups {
  constructor(private readonly dataSource: DataSource) {}

  /** One cadre by code (or id), with the unit of the current post; undefined when unknown. */
  async cadre(idOrCode: string): Promise<TraineeCandidate | undefined> {
    const rows: TraineeCandidate[] = await this.dataSource.query(
      `SELECT c.code AS "cadreId", c.full_name AS "fullName", c.status, u.code AS "unitCode"
       FROM cadre c
            LEFT JOIN assignment a ON a.cadre_id = c.id AND a.to_date IS NULL
            LEFT JOIN unit u ON u.id = a.unit_id
       WHERE c.code = $1 OR c.id::text = $1`,
      [idOrCode],
    );
    return rows[0];
  }

  /** Every active cadre currently assigned in the unit itself (not its sub-units), by name. */
  async cadresOfUnit(unitCode: string): Promise<TraineeCandidate[]> {
    return this.dataSource.query(
      `SELECT c.code AS "cadreId", c.full_name AS "fullName", c.status, u.code AS "unitCode"
       FROM assignment a JOIN unit u ON u.id = a.unit_id JOIN cadre c ON c.id = a.cadre_id
       WHERE u.code = $1 AND a.to_date IS NULL AND c.status = 'active'
       ORDER BY c.search_name, c.code`,
      [unitCode],
    );
  }

  /** Of the cadres, those holding a completion of the course. */
  async completedCourse(courseCode: string, cadreIds: readonly string[]): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT c.code FROM training_completion t JOIN cadre c ON c.id = t.cadre_id
       JOIN training_course tc ON tc.id = t.course_id
       WHERE tc.code = $1 AND c.code = ANY($2::text[]) ORDER BY c.code`,
      [courseCode, [...cadreIds]],
    );
    return rows.map((r) => r.code);
  }

  /** The unit by code, when it exists. */
  async unit(unitCode: string): Promise<{ code: string; name: string } | undefined> {
    const [row] = await this.dataSource.query(`SELECT code, name FROM unit WHERE code = $1`, [unitCode]);
    return row;
  }

  /** The course by code, when it exists. */
  async course(courseCode: string): Promise<{ code: string; title: string; active: boolean } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT code, title, active FROM training_course WHERE code = $1`,
      [courseCode],
    );
    return row;
  }
}
