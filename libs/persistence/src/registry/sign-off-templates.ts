import type { DataSource, EntityManager } from 'typeorm';
import type { SignOffMode, SignOffStepInput, SignOffTemplateView } from '@personnel/contracts';
import {
  invalid,
  RegistryConflictError,
  RegistryNotFoundError,
  staleVersion,
  uniqueViolation,
} from './errors';
import { idOrCodeCondition, Params } from './sql';

export interface SignOffTemplateInput {
  code: string;
  name: string;
  unitCode: string;
  /** Exactly one of the two: one post, or the unit's posts with this title. */
  postCode: string | null;
  postTitle: string | null;
  signOffMode: SignOffMode;
  steps: readonly SignOffStepInput[];
  signerId: string;
}

export interface SignOffTemplateChanges {
  name: string;
  signOffMode: SignOffMode;
  steps: readonly SignOffStepInput[];
  signerId: string;
  active: boolean;
}

interface TemplateRow {
  id: string;
  code: string;
  name: string;
  unit_code: string;
  post_code: string | null;
  post_title: string | null;
  sign_off_mode: SignOffMode;
  steps: SignOffStepInput[];
  signer_id: string;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT t.id, t.code, t.name, u.code AS unit_code, p.code AS post_code, t.post_title, t.sign_off_mode,
         t.steps, t.signer_id, t.active, t.version, t.created_at, t.updated_at
  FROM sign_off_template t JOIN unit u ON u.id = t.unit_id LEFT JOIN post p ON p.id = t.post_id`;

function toView(r: TemplateRow): SignOffTemplateView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unitCode: r.unit_code,
    postCode: r.post_code,
    postTitle: r.post_title,
    signOffMode: r.sign_off_mode,
    steps: r.steps,
    signerId: r.signer_id,
    active: r.active,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const IN_FORCE = ['uq_sign_off_template_post', 'uq_sign_off_template_title'];

/** Sign-off templates: the chain of a post (or of a post title in a unit) its appointments use by default. */
export class SignOffTemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    filter: { unitCodes?: readonly string[]; active?: boolean } = {},
  ): Promise<SignOffTemplateView[]> {
    const p = new Params();
    const where: string[] = [];
    if (filter.unitCodes) where.push(`u.code = ANY(${p.add([...filter.unitCodes])})`);
    if (filter.active !== undefined) where.push(`t.active = ${p.add(filter.active)}`);
    const rows: TemplateRow[] = await this.dataSource.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.code, t.code`,
      p.values,
    );
    return rows.map(toView);
  }

  async get(
    idOrCode: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SignOffTemplateView> {
    const p = new Params();
    const rows: TemplateRow[] = await manager.query(
      `${SELECT} WHERE ${idOrCodeCondition('t', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No sign-off template ${idOrCode}`);
    return toView(rows[0]);
  }

  /** The template in force for a post: its own, else the one for its title in its unit; null if none. */
  async forPost(postCode: string): Promise<SignOffTemplateView | null> {
    const rows: TemplateRow[] = await this.dataSource.query(
      `${SELECT}, post target
       WHERE target.code = $1 AND t.active
         AND (t.post_id = target.id OR (t.unit_id = target.unit_id AND t.post_title = target.title))
       ORDER BY (t.post_id IS NULL) LIMIT 1`,
      [postCode],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async create(input: SignOffTemplateInput): Promise<SignOffTemplateView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [unit]: { id: string }[] = await manager.query(`SELECT id FROM unit WHERE code = $1`, [
          input.unitCode,
        ]);
        if (!unit)
          throw invalid('unitCode', `names no unit of the registry (${input.unitCode})`, 'unknown_unit', {
            unit: input.unitCode,
          });
        let postId: string | null = null;
        if (input.postCode !== null) {
          const [post]: { id: string; unit_id: string }[] = await manager.query(
            `SELECT id, unit_id FROM post WHERE code = $1`,
            [input.postCode],
          );
          if (!post)
            throw invalid('postCode', `names no post of the registry (${input.postCode})`, 'unknown_post', {
              post: input.postCode,
            });
          if (post.unit_id !== unit.id)
            throw invalid(
              'postCode',
              `names a post of another unit than ${input.unitCode}`,
              'post_of_other_unit',
              {
                post: input.postCode,
                unit: input.unitCode,
              },
            );
          postId = post.id;
        }
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO sign_off_template (code, name, unit_id, post_id, post_title, sign_off_mode, steps, signer_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) RETURNING id`,
          [
            input.code,
            input.name,
            unit.id,
            postId,
            input.postTitle,
            input.signOffMode,
            JSON.stringify(input.steps),
            input.signerId,
          ],
        );
        return this.get(id, manager);
      });
    } catch (error) {
      throw conflictOf(error, input.code);
    }
  }

  async replace(
    idOrCode: string,
    version: number,
    changes: SignOffTemplateChanges,
  ): Promise<SignOffTemplateView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const template = await this.get(idOrCode, manager);
        // A CTE, so the driver answers the rows changed (a bare UPDATE answers [rows, count]).
        const updated: unknown[] = await manager.query(
          `WITH changed AS (UPDATE sign_off_template
           SET name = $3, sign_off_mode = $4, steps = $5::jsonb, signer_id = $6, active = $7,
               version = version + 1, updated_at = now()
           WHERE id = $1 AND version = $2 RETURNING id)
         SELECT id FROM changed`,
          [
            template.id,
            version,
            changes.name,
            changes.signOffMode,
            JSON.stringify(changes.steps),
            changes.signerId,
            changes.active,
          ],
        );
        if (updated.length === 0)
          throw staleVersion(`Sign-off template ${template.code}`, template.version, version);
        return this.get(template.id, manager);
      });
    } catch (error) {
      throw conflictOf(error, idOrCode);
    }
  }
}

function conflictOf(error: unknown, code: string): unknown {
  const constraint = uniqueViolation(error);
  if (constraint === 'uq_sign_off_template_code')
    return new RegistryConflictError(`A sign-off template with code ${code} already exists`, 'duplicate', {
      record: 'sign_off_template',
      code,
    });
  if (constraint !== undefined && IN_FORCE.includes(constraint))
    return new RegistryConflictError(
      `Another active sign-off template already covers this post: deactivate it first`,
      'duplicate',
      { record: 'sign_off_template_in_force' },
    );
  return error;
}
