import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@personnel/contracts';
import { TrainingCourseEntity } from './entities';
import { RegistryConflictError, RegistryNotFoundError, uniqueViolation } from './errors';
import { containsPattern, foldedSql, idOrCodeCondition, Params, prefixPattern } from './sql';
import { updateVersioned } from './versioned';
import type { TrainingCourseView } from '@personnel/contracts';

export interface TrainingCourseFilter {
  active?: boolean;
  /** Code prefix, or a part of the title with or without diacritics. */
  q?: string;
  limit: number;
  offset: number;
}

export interface TrainingCourseInput {
  code: string;
  title: string;
  hours?: number | null;
}

export type TrainingCourseChanges = Partial<Omit<TrainingCourseInput, 'code'>> & { active?: boolean };

interface CourseRow {
  id: string;
  code: string;
  title: string;
  hours: number | null;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT c.id, c.code, c.title, c.hours, c.active, c.version, c.created_at, c.updated_at
                FROM training_course c`;

function toView(r: CourseRow): TrainingCourseView {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    hours: r.hours,
    active: r.active,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Training courses (bồi dưỡng) that post standards require and cadres complete. */
export class TrainingCoursesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: TrainingCourseFilter): Promise<Page<TrainingCourseView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.active !== undefined) where.push(`c.active = ${p.add(filter.active)}`);
    if (filter.q)
      where.push(
        `(c.code ILIKE ${p.add(prefixPattern(filter.q))} OR ${foldedSql('c.title', p)} LIKE ${p.add(containsPattern(filter.q))})`,
      );
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM training_course c ${clause}`,
      p.values,
    );
    const rows: CourseRow[] = await this.dataSource.query(
      `${SELECT} ${clause} ORDER BY c.code LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    return { items: rows.map(toView), total, limit: filter.limit, offset: filter.offset };
  }

  async get(idOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<TrainingCourseView> {
    const p = new Params();
    const rows: CourseRow[] = await manager.query(
      `${SELECT} WHERE ${idOrCodeCondition('c', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No training course ${idOrCode}`);
    return toView(rows[0]);
  }

  async create(input: TrainingCourseInput): Promise<TrainingCourseView> {
    try {
      const { identifiers } = await this.dataSource.manager.insert(TrainingCourseEntity, {
        code: input.code,
        title: input.title,
        hours: input.hours ?? null,
      });
      return await this.get(identifiers[0].id as string);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_training_course_code')
        throw new RegistryConflictError(
          `A training course with code ${input.code} already exists`,
          'duplicate',
          { record: 'training_course', code: input.code },
        );
      throw error;
    }
  }

  async update(
    idOrCode: string,
    version: number,
    changes: TrainingCourseChanges,
  ): Promise<TrainingCourseView> {
    return this.dataSource.transaction(async (manager) => {
      const course = await this.get(idOrCode, manager);
      await updateVersioned(
        manager,
        TrainingCourseEntity,
        { column: 'id', value: course.id },
        version,
        { ...changes },
        `Training course ${course.code}`,
      );
      return this.get(course.id, manager);
    });
  }

  /** Soft delete: completions keep pointing at it; new post standards can no longer require it. */
  async deactivate(idOrCode: string): Promise<TrainingCourseView> {
    const course = await this.get(idOrCode);
    if (!course.active) return course;
    await this.dataSource.manager.update(TrainingCourseEntity, { id: course.id }, { active: false });
    return this.get(course.id);
  }
}
