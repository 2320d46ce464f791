import type { DataSource, EntityManager } from 'typeorm';
import type { Page, PostLevel, PostRankGroup, PostStandards, UnitLevel } from '@personnel/contracts';
import { PostEntity } from './entities';
import {
  invalid,
  type FieldProblem,
  RegistryConflictError,
  RegistryInvalidError,
  RegistryNotFoundError,
  uniqueViolation,
} from './errors';
import { containsPattern, foldedSql, idOrCodeCondition, Params, prefixPattern } from './sql';
import { updateVersioned } from './versioned';
import type { PostView } from '@personnel/contracts';

export interface PostFilter {
  unitCode?: string;
  level?: PostLevel;
  isHead?: boolean;
  active?: boolean;
  /** Code prefix, or a part of the title with or without diacritics. */
  q?: string;
  limit: number;
  offset: number;
}

export interface PostInput {
  code: string;
  title: string;
  unitCode: string;
  /** Default: the unit's level, or for an agency the level of the nearest non-agency unit above it. */
  level?: PostLevel;
  /** Default: the head of a body for a head post, staff otherwise. */
  rankGroup?: PostRankGroup;
  isHead?: boolean;
  requiresNonLocal?: boolean;
  standards: PostStandards;
}

export type PostChanges = Partial<Omit<PostInput, 'code' | 'unitCode'>> & { active?: boolean };

interface PostRow {
  id: string;
  code: string;
  title: string;
  unit_code: string;
  unit_name: string;
  level: PostLevel;
  rank_group: PostRankGroup;
  is_head: boolean;
  requires_non_local: boolean;
  standards: PostStandards;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const FROM = `FROM post p JOIN unit u ON u.id = p.unit_id`;
const SELECT = `SELECT p.id, p.code, p.title, u.code AS unit_code, u.name AS unit_name, p.level, p.rank_group,
                       p.is_head, p.requires_non_local, p.standards, p.active, p.version, p.created_at, p.updated_at ${FROM}`;

function toView(r: PostRow): PostView {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    level: r.level,
    rankGroup: r.rank_group,
    isHead: r.is_head,
    requiresNonLocal: r.requires_non_local,
    standards: r.standards,
    active: r.active,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Posts (chức danh) of the units, each with its standards (tiêu chuẩn). */
export class PostsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: PostFilter): Promise<Page<PostView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.unitCode) where.push(`u.code = ${p.add(filter.unitCode)}`);
    if (filter.level) where.push(`p.level = ${p.add(filter.level)}`);
    if (filter.isHead !== undefined) where.push(`p.is_head = ${p.add(filter.isHead)}`);
    if (filter.active !== undefined) where.push(`p.active = ${p.add(filter.active)}`);
    if (filter.q)
      where.push(
        `(p.code ILIKE ${p.add(prefixPattern(filter.q))} OR ${foldedSql('p.title', p)} LIKE ${p.add(containsPattern(filter.q))})`,
      );
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total ${FROM} ${clause}`,
      p.values,
    );
    const rows: PostRow[] = await this.dataSource.query(
      `${SELECT} ${clause} ORDER BY p.code LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    return { items: rows.map(toView), total, limit: filter.limit, offset: filter.offset };
  }

  async get(idOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<PostView> {
    const p = new Params();
    const rows: PostRow[] = await manager.query(
      `${SELECT} WHERE ${idOrCodeCondition('p', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No post ${idOrCode}`);
    return toView(rows[0]);
  }

  async create(input: PostInput): Promise<PostView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.unitOf(manager, input.unitCode);
      const level = input.level ?? unit.postLevel;
      if (!level)
        throw invalid(
          'level',
          `is required: unit ${input.unitCode} is an agency without a parent level`,
          'level_required',
          { unit: input.unitCode },
        );
      if (unit.postLevel && level !== unit.postLevel)
        throw invalid(
          'level',
          `must be ${unit.postLevel}, the level of unit ${input.unitCode}`,
          'level_of_unit',
          {
            level: unit.postLevel,
            unit: input.unitCode,
          },
        );
      await checkRequiredCourses(manager, input.standards);
      try {
        const { identifiers } = await manager.insert(PostEntity, {
          code: input.code,
          title: input.title,
          unitId: unit.id,
          level,
          rankGroup: input.rankGroup ?? (input.isHead ? 'body_head' : 'staff'),
          isHead: input.isHead ?? false,
          // A head post has one holder; other posts of one seat are registered as such by the seed.
          singleHolder: input.isHead ?? false,
          requiresNonLocal: input.requiresNonLocal ?? false,
          standards: input.standards,
        });
        return this.get(identifiers[0].id as string, manager);
      } catch (error) {
        if (uniqueViolation(error) === 'uq_post_code')
          throw new RegistryConflictError(`A post with code ${input.code} already exists`, 'duplicate', {
            record: 'post',
            code: input.code,
          });
        throw error;
      }
    });
  }

  async update(idOrCode: string, version: number, changes: PostChanges): Promise<PostView> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.get(idOrCode, manager);
      if (changes.level !== undefined && changes.level !== post.level) {
        const unit = await this.unitOf(manager, post.unitCode);
        if (unit.postLevel && changes.level !== unit.postLevel)
          throw invalid(
            'level',
            `must be ${unit.postLevel}, the level of unit ${post.unitCode}`,
            'level_of_unit',
            {
              level: unit.postLevel,
              unit: post.unitCode,
            },
          );
      }
      if (changes.standards) await checkRequiredCourses(manager, changes.standards);
      if (changes.active === false) await refuseHeld(manager, post);
      await updateVersioned(
        manager,
        PostEntity,
        { column: 'id', value: post.id },
        version,
        { ...changes },
        `Post ${post.code}`,
      );
      return this.get(post.id, manager);
    });
  }

  /** Soft delete; refused while someone holds the post. */
  async deactivate(idOrCode: string): Promise<PostView> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.get(idOrCode, manager);
      if (!post.active) return post;
      await refuseHeld(manager, post);
      await manager.update(PostEntity, { id: post.id }, { active: false });
      return this.get(post.id, manager);
    });
  }

  /** The unit, and the level its posts have (walking up past agencies). */
  private async unitOf(
    manager: EntityManager,
    unitCode: string,
  ): Promise<{ id: string; postLevel: PostLevel | undefined }> {
    const rows: { id: string; level: UnitLevel; active: boolean; depth: number }[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, level, active, 0 AS depth FROM unit WHERE code = $1
         UNION ALL SELECT u.id, u.parent_id, u.level, u.active, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
           WHERE up.level = 'agency' AND up.depth < 50)
       SELECT id, level, active, depth FROM up ORDER BY depth`,
      [unitCode],
    );
    if (rows.length === 0)
      throw invalid('unitCode', `no unit has code ${unitCode}`, 'unknown_unit', { unit: unitCode });
    if (!rows[0].active)
      throw invalid('unitCode', `unit ${unitCode} is deactivated`, 'inactive_unit', { unit: unitCode });
    const levelled = rows.find((r) => r.level !== 'agency');
    return { id: rows[0].id, postLevel: levelled?.level as PostLevel | undefined };
  }
}

/** Every required course must exist and be active; a bad one is named by its index. */
async function checkRequiredCourses(manager: EntityManager, standards: PostStandards): Promise<void> {
  const codes = standards.requiredCourseCodes;
  if (codes.length === 0) return;
  const rows: { code: string; active: boolean }[] = await manager.query(
    `SELECT code, active FROM training_course WHERE code = ANY($1)`,
    [codes],
  );
  const found = new Map(rows.map((r) => [r.code, r.active]));
  const problems = codes.flatMap((code, i): FieldProblem[] => {
    const field = `standards.requiredCourseCodes[${i}]`;
    if (!found.has(code))
      return [
        {
          field,
          problem: `no training course has code ${code}`,
          code: 'unknown_course',
          params: { course: code },
        },
      ];
    if (!found.get(code))
      return [
        {
          field,
          problem: `training course ${code} is deactivated`,
          code: 'inactive_course',
          params: { course: code },
        },
      ];
    if (codes.indexOf(code) !== i)
      return [{ field, problem: `repeats ${code}`, code: 'repeated_value', params: { value: code } }];
    return [];
  });
  if (problems.length > 0) throw new RegistryInvalidError(problems);
}

async function refuseHeld(manager: EntityManager, post: PostView): Promise<void> {
  const holders: { code: string; full_name: string }[] = await manager.query(
    `SELECT c.code, c.full_name FROM assignment a JOIN cadre c ON c.id = a.cadre_id WHERE a.post_id = $1 AND a.to_date IS NULL ORDER BY c.code`,
    [post.id],
  );
  if (holders.length > 0)
    throw new RegistryConflictError(
      `Post ${post.code} is held by ${holders.map((h) => h.code).join(', ')}; end the assignment first`,
      'in_use',
      { post: post.code, holders: holders.map((h) => h.code), holderNames: holders.map((h) => h.full_name) },
    );
}
