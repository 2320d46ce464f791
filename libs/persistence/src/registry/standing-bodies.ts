import type { DataSource, EntityManager } from 'typeorm';
import type { StandingBodyKind, StandingBodyMember, StandingBodyView } from '@personnel/contracts';
import {
  invalid,
  RegistryConflictError,
  RegistryNotFoundError,
  staleVersion,
  uniqueViolation,
} from './errors';
import { idOrCodeCondition, Params } from './sql';

export interface StandingBodyFilter {
  /** Only bodies of these units (a user's scope); absent: every unit. */
  unitCodes?: readonly string[];
  kind?: StandingBodyKind;
  active?: boolean;
}

export interface StandingBodyInput {
  code: string;
  name: string;
  unitCode: string;
  kind: StandingBodyKind;
  members: readonly StandingBodyMember[];
}

export interface StandingBodyChanges {
  name: string;
  kind: StandingBodyKind;
  members: readonly StandingBodyMember[];
  active: boolean;
}

interface BodyRow {
  id: string;
  code: string;
  name: string;
  unit_code: string;
  unit_name: string;
  kind: StandingBodyKind;
  members: StandingBodyMember[] | null;
  active: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT b.id, b.code, b.name, u.code AS unit_code, u.name AS unit_name, b.kind, b.active, b.version,
         b.created_at, b.updated_at,
         (SELECT json_agg(json_build_object('userId', m.user_id, 'role', m.role) ORDER BY m.position)
            FROM standing_body_member m WHERE m.body_id = b.id) AS members
  FROM standing_body b JOIN unit u ON u.id = b.unit_id`;

function toView(r: BodyRow): StandingBodyView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    kind: r.kind,
    members: r.members ?? [],
    active: r.active,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Standing bodies of the registry: named groups of users a procedure summons as one conference body. */
export class StandingBodiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: StandingBodyFilter = {}): Promise<StandingBodyView[]> {
    const p = new Params();
    const where: string[] = [];
    if (filter.unitCodes) where.push(`u.code = ANY(${p.add([...filter.unitCodes])})`);
    if (filter.kind) where.push(`b.kind = ${p.add(filter.kind)}`);
    if (filter.active !== undefined) where.push(`b.active = ${p.add(filter.active)}`);
    const rows: BodyRow[] = await this.dataSource.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.code, b.code`,
      p.values,
    );
    return rows.map(toView);
  }

  /** The active bodies of a unit and of every unit above it, the unit's own first, then upwards. */
  async forUnitChain(unitCode: string): Promise<StandingBodyView[]> {
    const rows: BodyRow[] = await this.dataSource.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id, 0 AS depth FROM unit WHERE code = $1
         UNION
         SELECT u.id, u.parent_id, c.depth + 1 FROM unit u JOIN chain c ON u.id = c.parent_id
       )
       ${SELECT} JOIN chain c ON c.id = b.unit_id
       WHERE b.active ORDER BY c.depth, b.code`,
      [unitCode],
    );
    return rows.map(toView);
  }

  async get(idOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<StandingBodyView> {
    const p = new Params();
    const rows: BodyRow[] = await manager.query(
      `${SELECT} WHERE ${idOrCodeCondition('b', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No standing body ${idOrCode}`);
    return toView(rows[0]);
  }

  async create(input: StandingBodyInput): Promise<StandingBodyView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [unit]: { id: string }[] = await manager.query(`SELECT id FROM unit WHERE code = $1`, [
          input.unitCode,
        ]);
        if (!unit)
          throw invalid('unitCode', `names no unit of the registry (${input.unitCode})`, 'unknown_unit', {
            unit: input.unitCode,
          });
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO standing_body (code, name, unit_id, kind) VALUES ($1, $2, $3, $4) RETURNING id`,
          [input.code, input.name, unit.id, input.kind],
        );
        await insertMembers(manager, id, input.members);
        return this.get(id, manager);
      });
    } catch (error) {
      if (uniqueViolation(error) === 'uq_standing_body_code')
        throw new RegistryConflictError(
          `A standing body with code ${input.code} already exists`,
          'duplicate',
          { record: 'standing_body', code: input.code },
        );
      throw error;
    }
  }

  /** Replaces name, kind, members and active together, if the body still has the version read. */
  async replace(idOrCode: string, version: number, changes: StandingBodyChanges): Promise<StandingBodyView> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.get(idOrCode, manager);
      // A CTE, so the driver answers the rows changed (a bare UPDATE answers [rows, count]).
      const updated: unknown[] = await manager.query(
        `WITH changed AS (UPDATE standing_body SET name = $3, kind = $4, active = $5, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING id)
         SELECT id FROM changed`,
        [body.id, version, changes.name, changes.kind, changes.active],
      );
      if (updated.length === 0) throw staleVersion(`Standing body ${body.code}`, body.version, version);
      await manager.query(`DELETE FROM standing_body_member WHERE body_id = $1`, [body.id]);
      await insertMembers(manager, body.id, changes.members);
      return this.get(body.id, manager);
    });
  }
}

async function insertMembers(
  manager: EntityManager,
  bodyId: string,
  members: readonly StandingBodyMember[],
): Promise<void> {
  if (members.length === 0) return;
  await manager.query(
    `INSERT INTO standing_body_member (body_id, position, user_id, role)
     SELECT $1, m.position, m.user_id, m.role
     FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS m(user_id, role, position)`,
    [bodyId, members.map((m) => m.userId), members.map((m) => m.role)],
  );
}
