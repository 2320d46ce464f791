import type { DataSource } from 'typeorm';
import {
  activeEnrolments,
  type TrainingClassDetail,
  type TrainingClassPage,
  type TrainingClassStage,
  type TrainingClassState,
  type TrainingClassView,
} from '@personnel/contracts';
import { readSnapshot } from './read-snapshot';
import { journalTimeline } from './journal-timeline';
import { procedurePage } from './procedure-page';
import type { ProcedureRow } from './procedure-queries';

export interface TrainingClassFilter {
  courseCode?: string;
  state?: string;
  stage?: string;
  /** Unit scope: classes organised by one of these units (undefined = the whole organisation). */
  unitCodes?: string[];
  limit: number;
  offset: number;
}

/** Training classes on the kernel's `procedure` read model (kind `training`), with the registry's names. */
export class TrainingClassQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: TrainingClassFilter): Promise<{ items: TrainingClassView[]; total: number }> {
    const { rows, total } = await procedurePage(this.dataSource, { kind: 'training', ...filter }, (p) => [
      ...(filter.courseCode ? [`r.detail->>'courseCode' = ${p.add(filter.courseCode)}`] : []),
      ...(filter.stage ? [`r.stage = ${p.add(filter.stage)}`] : []),
    ]);
    const names = await this.names(rows.map(detailOf), []);
    return { items: rows.map((r) => toView(r, names)), total };
  }

  async get(id: string): Promise<TrainingClassPage | undefined> {
    const read = await readSnapshot(this.dataSource, async (db) => {
      const [row]: ProcedureRow[] = await db.query(
        `SELECT r.* FROM procedure r WHERE r.id = $1 AND r.kind = 'training'`,
        [id],
      );
      return row ? { row, timeline: await journalTimeline(db, id) } : undefined;
    });
    if (!read) return undefined;
    const { row, timeline } = read;
    const detail = detailOf(row);
    const cadreIds = [
      ...new Set([
        ...detail.enrolments.map((e) => e.cadreId),
        ...detail.attendance.map((a) => a.cadreId),
        ...detail.results.map((r) => r.cadreId),
      ]),
    ];
    const names = await this.names([detail], cadreIds);
    return {
      ...toView(row, names),
      cadreNames: Object.fromEntries(cadreIds.map((c) => [c, names.cadre.get(c) ?? null])),
      unitNames: Object.fromEntries([...names.unit.entries()]),
      timeline,
    };
  }

  /** Course titles, and the names of the units (organising, and the enrolled cadres') and cadres. */
  private async names(details: TrainingClassDetail[], cadreIds: string[]): Promise<Names> {
    const unitCodes = [
      ...new Set(
        details.flatMap((d) => [
          d.unitCode,
          ...d.enrolments.flatMap((e) => (e.unitCode ? [e.unitCode] : [])),
        ]),
      ),
    ];
    const [courses, units, cadres]: [
      { code: string; title: string }[],
      { code: string; name: string }[],
      { code: string; full_name: string }[],
    ] = await Promise.all([
      this.dataSource.query(`SELECT code, title FROM training_course WHERE code = ANY($1::text[])`, [
        [...new Set(details.map((d) => d.courseCode))],
      ]),
      this.dataSource.query(`SELECT code, name FROM unit WHERE code = ANY($1::text[])`, [unitCodes]),
      this.dataSource.query(`SELECT code, full_name FROM cadre WHERE code = ANY($1::text[])`, [cadreIds]),
    ]);
    return {
      course: new Map(courses.map((c) => [c.code, c.title])),
      unit: new Map(units.map((u) => [u.code, u.name])),
      cadre: new Map(cadres.map((c) => [c.code, c.full_name])),
    };
  }
}

interface Names {
  course: Map<string, string>;
  unit: Map<string, string>;
  cadre: Map<string, string>;
}

const detailOf = (row: ProcedureRow) => row.detail as unknown as TrainingClassDetail;

function toView(row: ProcedureRow, names: Names): TrainingClassView {
  const detail = detailOf(row);
  return {
    ...detail,
    id: row.id,
    state: row.state as TrainingClassState,
    stage: row.stage as TrainingClassStage,
    courseTitle: names.course.get(detail.courseCode) ?? null,
    unitName: names.unit.get(detail.unitCode) ?? null,
    enrolledCount: activeEnrolments(detail).length,
    proposedAt: row.proposed_at.toISOString(),
    stageEnteredAt: row.stage_entered_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
