import type { DataSource, EntityManager } from 'typeorm';
import type { Page, UnitLevel } from '@personnel/contracts';
import { UnitEntity } from './entities';
import { invalid, RegistryConflictError, RegistryNotFoundError, uniqueViolation } from './errors';
import { containsPattern, foldedSql, idOrCodeCondition, Params, prefixPattern } from './sql';
import { updateVersioned } from './versioned';
import type { UnitTreeNode, UnitView } from '@personnel/contracts';

export interface UnitFilter {
  level?: UnitLevel;
  /** Direct children of this unit. */
  parentCode?: string;
  active?: boolean;
  /** Code prefix, or a part of the name with or without diacritics. */
  q?: string;
  limit: number;
  offset: number;
}

export interface UnitInput {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode?: string | null;
  localityCode: string;
}

export type UnitChanges = Partial<Omit<UnitInput, 'code'>> & { active?: boolean };

interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parent_code: string | null;
  locality_code: string;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT u.id, u.code, u.name, u.level, parent.code AS parent_code, u.locality_code, u.active,
                       u.version, u.created_at, u.updated_at
                FROM unit u LEFT JOIN unit parent ON parent.id = u.parent_id`;

function toView(r: UnitRow): UnitView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    localityCode: r.locality_code,
    active: r.active,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Units: the organisation tree (province → district → commune, agencies under any of them). */
export class UnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: UnitFilter): Promise<Page<UnitView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.level) where.push(`u.level = ${p.add(filter.level)}`);
    if (filter.active !== undefined) where.push(`u.active = ${p.add(filter.active)}`);
    if (filter.parentCode) where.push(`parent.code = ${p.add(filter.parentCode)}`);
    if (filter.q)
      where.push(
        `(u.code ILIKE ${p.add(prefixPattern(filter.q))} OR ${foldedSql('u.name', p)} LIKE ${p.add(containsPattern(filter.q))})`,
      );
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM unit u LEFT JOIN unit parent ON parent.id = u.parent_id ${clause}`,
      p.values,
    );
    const rows: UnitRow[] = await this.dataSource.query(
      `${SELECT} ${clause} ORDER BY u.code LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    return { items: rows.map(toView), total, limit: filter.limit, offset: filter.offset };
  }

  async get(idOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<UnitView> {
    const p = new Params();
    const rows: UnitRow[] = await manager.query(
      `${SELECT} WHERE ${idOrCodeCondition('u', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No unit ${idOrCode}`);
    return toView(rows[0]);
  }

  async children(idOrCode: string): Promise<UnitView[]> {
    const unit = await this.get(idOrCode);
    const rows: UnitRow[] = await this.dataSource.query(`${SELECT} WHERE u.parent_id = $1 ORDER BY u.code`, [
      unit.id,
    ]);
    return rows.map(toView);
  }

  /** The whole tree (or the subtree under `rootCode`), children ordered by code. */
  async tree(options: { rootCode?: string; includeInactive?: boolean } = {}): Promise<UnitTreeNode[]> {
    const root = options.rootCode ? await this.get(options.rootCode) : undefined;
    const rows: UnitRow[] = await this.dataSource.query(
      `${SELECT} ${options.includeInactive ? '' : 'WHERE u.active'} ORDER BY u.code`,
    );
    const nodes = new Map(rows.map((r) => [r.code, { ...toView(r), children: [] as UnitTreeNode[] }]));
    const roots: UnitTreeNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    if (!root) return roots;
    const subtree = nodes.get(root.code);
    return subtree ? [subtree] : [];
  }

  async create(input: UnitInput): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const parentId = input.parentCode ? await this.activeParentId(manager, input.parentCode) : null;
      try {
        const { identifiers } = await manager.insert(UnitEntity, {
          code: input.code,
          name: input.name,
          level: input.level,
          parentId,
          localityCode: input.localityCode,
        });
        return this.get(identifiers[0].id as string, manager);
      } catch (error) {
        if (uniqueViolation(error) === 'uq_unit_code')
          throw new RegistryConflictError(`A unit with code ${input.code} already exists`, 'duplicate', {
            record: 'unit',
            code: input.code,
          });
        throw error;
      }
    });
  }

  async update(idOrCode: string, version: number, changes: UnitChanges): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.get(idOrCode, manager);
      const { parentCode, ...rest } = changes;
      const set: Record<string, unknown> = { ...rest };
      if (parentCode !== undefined) {
        // One tree change at a time, so two concurrent moves cannot close a cycle between them.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('unit_tree'))`);
        set.parentId = parentCode === null ? null : await this.activeParentId(manager, parentCode);
        if (set.parentId) await this.refuseCycle(manager, unit, set.parentId as string);
      }
      if (changes.active === false) await this.refuseInUse(manager, unit);
      await updateVersioned(
        manager,
        UnitEntity,
        { column: 'id', value: unit.id },
        version,
        set,
        `Unit ${unit.code}`,
      );
      return this.get(unit.id, manager);
    });
  }

  /** Soft delete: the unit stays for history (assignments point at it) but is no longer offered. */
  async deactivate(idOrCode: string): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.get(idOrCode, manager);
      if (!unit.active) return unit;
      await this.refuseInUse(manager, unit);
      await manager.update(UnitEntity, { id: unit.id }, { active: false });
      return this.get(unit.id, manager);
    });
  }

  private async activeParentId(manager: EntityManager, parentCode: string): Promise<string> {
    const parent = await manager.findOneBy(UnitEntity, { code: parentCode });
    if (!parent)
      throw invalid('parentCode', `no unit has code ${parentCode}`, 'unknown_unit', { unit: parentCode });
    if (!parent.active)
      throw invalid('parentCode', `unit ${parentCode} is deactivated`, 'inactive_unit', { unit: parentCode });
    return parent.id;
  }

  private async refuseCycle(manager: EntityManager, unit: UnitView, parentId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM unit WHERE id = $1
         UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2`,
      [parentId, unit.id],
    );
    if (rows.length > 0)
      throw invalid(
        'parentCode',
        `would place unit ${unit.code} under itself or one of its own sub-units`,
        'unit_under_itself',
        { unit: unit.code },
      );
  }

  private async refuseInUse(manager: EntityManager, unit: UnitView): Promise<void> {
    const [{ children, posts }] = await manager.query(
      `SELECT (SELECT count(*)::int FROM unit WHERE parent_id = $1 AND active) AS children,
              (SELECT count(*)::int FROM post WHERE unit_id = $1 AND active) AS posts`,
      [unit.id],
    );
    if (children > 0 || posts > 0)
      throw new RegistryConflictError(
        `Unit ${unit.code} still has ${children} active sub-unit(s) and ${posts} active post(s); deactivate them first`,
        'in_use',
        { unit: unit.code, children, posts },
      );
  }
}
