import type { DataSource, EntityManager } from 'typeorm';
import type { DisciplineForm, EvaluationRating } from '@personnel/contracts';
import {
  findPost,
  insertAssignment,
  listAssignments,
  type AssignmentInput,
  type LockedCadre,
} from './assignments';
import {
  DisciplineEntity,
  EvaluationEntity,
  PlanningEntryEntity,
  TrainingCompletionEntity,
} from './entities';
import { planningImportContext, type PlanningImportContext } from '../planning/planning-import';
import { invalid, RegistryConflictError, uniqueViolation } from './errors';
import type {
  AssignmentView,
  DisciplineView,
  EvaluationView,
  PlanningEntryView,
  TrainingCompletionView,
} from '@personnel/contracts';

export interface PlanningEntryInput {
  postCode: string;
  term: string;
  fromDate: string;
  toDate?: string | null;
  approvedBy: string;
  decisionRef: string;
}

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
    return listAssignments(manager, cadreId);
  }

  /**
   * Records an assignment. A new current one (no `toDate`) ends the cadre's current assignment the day
   * before it starts, in the same transaction; no two assignments of a cadre may overlap.
   */
  async addAssignment(idOrCode: string, input: AssignmentInput): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) =>
      insertAssignment(manager, await this.lock(manager, idOrCode), input),
    );
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
            { record: 'evaluation', cadre: cadre.code, year: input.year },
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
      `SELECT t.id, c.code AS course_code, c.title AS course_title, ${d('t.completed_at')} AS completed_at, t.created_at,
              t.workflow_id, t.certificate_number, t.certificate_document_id
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
      classId: r.workflow_id ?? null,
      certificateNumber: r.certificate_number ?? null,
      certificateDocumentId: r.certificate_document_id ?? null,
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
      if (!course)
        throw invalid('courseCode', `no training course has code ${input.courseCode}`, 'unknown_course', {
          course: input.courseCode,
        });
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
            { record: 'completion', cadre: cadre.code, course: input.courseCode },
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
              ${d('e.to_date')} AS to_date, e.plan_id, e.approved_by, e.decision_ref, e.removed_reason, e.created_at
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
      planId: r.plan_id,
      approvedBy: r.approved_by,
      decisionRef: r.decision_ref,
      removedReason: r.removed_reason,
      createdAt: ts(r.created_at),
    }));
  }

  /**
   * A planning entry imported into the registry: `admit` applies the planning rules to what the
   * registry holds (it throws to refuse), inside the transaction and after the post is locked, so two
   * imports for one post count each other.
   */
  async addPlanningEntry(
    idOrCode: string,
    input: PlanningEntryInput,
    admit: (context: PlanningImportContext) => void,
  ): Promise<PlanningEntryView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      const post = await findPost(manager, input.postCode);
      if (input.toDate && input.toDate < input.fromDate)
        throw invalid('toDate', 'must not be before fromDate', 'before_start', { startField: 'fromDate' });
      await manager.query(`SELECT id FROM post WHERE id = $1 FOR UPDATE`, [post.id]);
      admit(
        await planningImportContext(manager, {
          cadreId: cadre.code,
          postCode: input.postCode,
          term: input.term,
          asOf: input.fromDate,
        }),
      );
      try {
        const { identifiers } = await manager.insert(PlanningEntryEntity, {
          cadreId: cadre.id,
          postId: post.id,
          term: input.term,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
          approvedBy: input.approvedBy,
          decisionRef: input.decisionRef,
        });
        return (await this.planningEntries(cadre.id, manager)).find(
          (e) => e.id === identifiers[0].id,
        ) as PlanningEntryView;
      } catch (error) {
        if (uniqueViolation(error) === 'uq_planning_entry')
          throw new RegistryConflictError(
            `Cadre ${cadre.code} is already in the planning of post ${input.postCode} for term ${input.term}`,
            'duplicate',
            { record: 'planning', cadre: cadre.code, post: input.postCode, term: input.term },
          );
        throw error;
      }
    });
  }
}
