import type { DataSource, EntityManager } from 'typeorm';
import type { AssignmentKind, CadreStatus, DisciplineForm, EvaluationRating } from '@personnel/contracts';
import {
  AssignmentEntity,
  DisciplineEntity,
  EvaluationEntity,
  PlanningEntryEntity,
  TrainingCompletionEntity,
} from './entities';
import { invalid, RegistryConflictError, uniqueViolation } from './errors';
import { dayBefore } from './sql';
import type {
  AssignmentView,
  DisciplineView,
  EvaluationView,
  PlanningEntryView,
  TrainingCompletionView,
} from './views';

export interface AssignmentInput {
  kind: AssignmentKind;
  postCode: string;
  fromDate: string;
  /** Absent for the new current assignment: the previous current one then ends the day before. */
  toDate?: string | null;
  decisionRef?: string | null;
}

export interface PlanningEntryInput {
  postCode: string;
  term: string;
  fromDate: string;
  toDate?: string | null;
}

type LockedCadre = { id: string; code: string; status: CadreStatus };
type Lock = (manager: EntityManager, idOrCode: string) => Promise<LockedCadre>;

const d = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const ts = (value: Date) => value.toISOString();

/**
 * The records of one cadre. Every write locks the cadre row first, so two writes for the same cadre
 * (two new current assignments, say) happen one after the other and see each other's result.
 */
export class CadreRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lock: Lock,
  ) {}

  async assignments(
    cadreId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssignmentView[]> {
    const rows = await manager.query(
      `SELECT a.id, a.kind, p.code AS post_code, p.title AS post_title, u.code AS unit_code, u.name AS unit_name,
              ${d('a.from_date')} AS from_date, ${d('a.to_date')} AS to_date, a.decision_ref, a.created_at
       FROM assignment a JOIN post p ON p.id = a.post_id JOIN unit u ON u.id = a.unit_id
       WHERE a.cadre_id = $1 ORDER BY a.from_date DESC, a.created_at DESC`,
      [cadreId],
    );
    return rows.map((r: Record<string, never>) => ({
      id: r.id,
      kind: r.kind,
      postCode: r.post_code,
      postTitle: r.post_title,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      fromDate: r.from_date,
      toDate: r.to_date,
      decisionRef: r.decision_ref,
      current: r.to_date === null,
      createdAt: ts(r.created_at),
    }));
  }

  /**
   * Records an assignment. A new current one (no `toDate`) ends the cadre's current assignment the day
   * before it starts, in the same transaction; no two assignments of a cadre may overlap.
   */
  async addAssignment(idOrCode: string, input: AssignmentInput): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      const post = await findPost(manager, input.postCode);
      const toDate = input.toDate ?? null;
      if (toDate === null) {
        if (cadre.status !== 'active')
          throw new RegistryConflictError(
            `Cadre ${cadre.code} is ${cadre.status}; only an active cadre can take up a post`,
            'inactive_cadre',
          );
        if (!post.active) throw invalid('postCode', `post ${input.postCode} is deactivated`);
        const [current] = await manager.query(
          `SELECT a.id, ${d('a.from_date')} AS from_date, p.code AS post_code
           FROM assignment a JOIN post p ON p.id = a.post_id WHERE a.cadre_id = $1 AND a.to_date IS NULL`,
          [cadre.id],
        );
        if (current && current.from_date >= input.fromDate)
          throw invalid(
            'fromDate',
            `must be after ${current.from_date}, when the current assignment (post ${current.post_code}) began`,
          );
        await refuseOverlap(manager, cadre, input.fromDate, null, current?.id);
        if (current)
          await manager.update(AssignmentEntity, { id: current.id }, { toDate: dayBefore(input.fromDate) });
      } else {
        if (toDate < input.fromDate) throw invalid('toDate', 'must not be before fromDate');
        await refuseOverlap(manager, cadre, input.fromDate, toDate);
      }
      const { identifiers } = await manager.insert(AssignmentEntity, {
        cadreId: cadre.id,
        kind: input.kind,
        unitId: post.unitId,
        postId: post.id,
        fromDate: input.fromDate,
        toDate,
        decisionRef: input.decisionRef ?? null,
      });
      const all = await this.assignments(cadre.id, manager);
      return all.find((a) => a.id === identifiers[0].id) as AssignmentView;
    });
  }

  async evaluations(
    cadreId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvaluationView[]> {
    const rows: EvaluationEntity[] = await manager.find(EvaluationEntity, {
      where: { cadreId },
      order: { year: 'DESC' },
    });
    return rows.map((r) => ({ id: r.id, year: r.year, rating: r.rating, createdAt: ts(r.createdAt) }));
  }

  async addEvaluation(
    idOrCode: string,
    input: { year: number; rating: EvaluationRating },
  ): Promise<EvaluationView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      try {
        await manager.insert(EvaluationEntity, { cadreId: cadre.id, year: input.year, rating: input.rating });
      } catch (error) {
        if (uniqueViolation(error) === 'uq_evaluation_cadre_year')
          throw new RegistryConflictError(
            `Cadre ${cadre.code} already has an evaluation for ${input.year}`,
            'duplicate',
          );
        throw error;
      }
      return (await this.evaluations(cadre.id, manager)).find((e) => e.year === input.year) as EvaluationView;
    });
  }

  async disciplines(
    cadreId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DisciplineView[]> {
    const rows: DisciplineEntity[] = await manager.find(DisciplineEntity, {
      where: { cadreId },
      order: { decidedAt: 'DESC', createdAt: 'DESC' },
    });
    return rows.map((r) => ({
      id: r.id,
      form: r.form,
      decidedAt: r.decidedAt,
      reason: r.reason,
      createdAt: ts(r.createdAt),
    }));
  }

  async addDiscipline(
    idOrCode: string,
    input: { form: DisciplineForm; decidedAt: string; reason: string },
  ): Promise<DisciplineView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      const { identifiers } = await manager.insert(DisciplineEntity, { cadreId: cadre.id, ...input });
      return (await this.disciplines(cadre.id, manager)).find(
        (x) => x.id === identifiers[0].id,
      ) as DisciplineView;
    });
  }

  async trainingCompletions(
    cadreId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TrainingCompletionView[]> {
    const rows = await manager.query(
      `SELECT t.id, c.code AS course_code, c.title AS course_title, ${d('t.completed_at')} AS completed_at, t.created_at
       FROM training_completion t JOIN training_course c ON c.id = t.course_id
       WHERE t.cadre_id = $1 ORDER BY t.completed_at DESC, c.code`,
      [cadreId],
    );
    return rows.map((r: Record<string, never>) => ({
      id: r.id,
      courseCode: r.course_code,
      courseTitle: r.course_title,
      completedAt: r.completed_at,
      createdAt: ts(r.created_at),
    }));
  }

  async addTrainingCompletion(
    idOrCode: string,
    input: { courseCode: string; completedAt: string },
  ): Promise<TrainingCompletionView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      const [course] = await manager.query(`SELECT id FROM training_course WHERE code = $1`, [
        input.courseCode,
      ]);
      if (!course) throw invalid('courseCode', `no training course has code ${input.courseCode}`);
      try {
        await manager.insert(TrainingCompletionEntity, {
          cadreId: cadre.id,
          courseId: course.id,
          completedAt: input.completedAt,
        });
      } catch (error) {
        if (uniqueViolation(error) === 'uq_training_completion')
          throw new RegistryConflictError(
            `Cadre ${cadre.code} has already completed course ${input.courseCode}`,
            'duplicate',
          );
        throw error;
      }
      const all = await this.trainingCompletions(cadre.id, manager);
      return all.find((t) => t.courseCode === input.courseCode) as TrainingCompletionView;
    });
  }

  async planningEntries(
    cadreId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanningEntryView[]> {
    const rows = await manager.query(
      `SELECT e.id, p.code AS post_code, p.title AS post_title, e.term, ${d('e.from_date')} AS from_date,
              ${d('e.to_date')} AS to_date, e.created_at
       FROM planning_entry e JOIN post p ON p.id = e.post_id
       WHERE e.cadre_id = $1 ORDER BY e.term DESC, p.code`,
      [cadreId],
    );
    return rows.map((r: Record<string, never>) => ({
      id: r.id,
      postCode: r.post_code,
      postTitle: r.post_title,
      term: r.term,
      fromDate: r.from_date,
      toDate: r.to_date,
      createdAt: ts(r.created_at),
    }));
  }

  async addPlanningEntry(idOrCode: string, input: PlanningEntryInput): Promise<PlanningEntryView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      const post = await findPost(manager, input.postCode);
      if (input.toDate && input.toDate < input.fromDate)
        throw invalid('toDate', 'must not be before fromDate');
      try {
        const { identifiers } = await manager.insert(PlanningEntryEntity, {
          cadreId: cadre.id,
          postId: post.id,
          term: input.term,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
        });
        return (await this.planningEntries(cadre.id, manager)).find(
          (e) => e.id === identifiers[0].id,
        ) as PlanningEntryView;
      } catch (error) {
        if (uniqueViolation(error) === 'uq_planning_entry')
          throw new RegistryConflictError(
            `Cadre ${cadre.code} is already in the planning of post ${input.postCode} for term ${input.term}`,
            'duplicate',
          );
        throw error;
      }
    });
  }
}

async function findPost(
  manager: EntityManager,
  postCode: string,
): Promise<{ id: string; unitId: string; active: boolean }> {
  const [post] = await manager.query(`SELECT id, unit_id AS "unitId", active FROM post WHERE code = $1`, [
    postCode,
  ]);
  if (!post) throw invalid('postCode', `no post has code ${postCode}`);
  return post;
}

/** No two assignments of a cadre may share a day (`to` null = open-ended); `except` is being ended. */
async function refuseOverlap(
  manager: EntityManager,
  cadre: LockedCadre,
  from: string,
  to: string | null,
  except?: string,
): Promise<void> {
  const [clash] = await manager.query(
    `SELECT p.code AS post_code, ${d('a.from_date')} AS from_date, ${d('a.to_date')} AS to_date
     FROM assignment a JOIN post p ON p.id = a.post_id
     WHERE a.cadre_id = $1 AND a.id IS DISTINCT FROM $2::uuid
       AND ($3::date IS NULL OR a.from_date <= $3::date) AND (a.to_date IS NULL OR a.to_date >= $4::date)
     ORDER BY a.from_date LIMIT 1`,
    [cadre.id, except ?? null, to, from],
  );
  if (clash)
    throw new RegistryConflictError(
      `The assignment would overlap cadre ${cadre.code}'s assignment to post ${clash.post_code} ` +
        `(${clash.from_date} – ${clash.to_date ?? 'now'})`,
      'overlap',
    );
}
