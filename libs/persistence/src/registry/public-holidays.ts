import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@personnel/contracts';
import { PublicHolidayEntity } from './entities';
import { RegistryConflictError, RegistryNotFoundError, staleVersion, uniqueViolation } from './errors';
import { Params } from './sql';
import { updateVersioned } from './versioned';
import type { PublicHolidayView } from '@personnel/contracts';

export interface PublicHolidayFilter {
  year?: number;
  /** Inclusive range of dates. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

interface HolidayRow {
  date: string;
  name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT to_char(h.date, 'YYYY-MM-DD') AS date, h.name, h.version, h.created_at, h.updated_at
                FROM public_holiday h`;

function toView(r: HolidayRow): PublicHolidayView {
  return {
    date: r.date,
    name: r.name,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The public-holiday calendar (ngày nghỉ lễ) that working-day counts skip, kept as data. */
export class PublicHolidaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: PublicHolidayFilter): Promise<Page<PublicHolidayView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.year !== undefined) where.push(`extract(year FROM h.date) = ${p.add(filter.year)}`);
    if (filter.from) where.push(`h.date >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`h.date <= ${p.add(filter.to)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM public_holiday h ${clause}`,
      p.values,
    );
    const rows: HolidayRow[] = await this.dataSource.query(
      `${SELECT} ${clause} ORDER BY h.date LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset)}`,
      p.values,
    );
    return { items: rows.map(toView), total, limit: filter.limit, offset: filter.offset };
  }

  async get(date: string, manager: EntityManager = this.dataSource.manager): Promise<PublicHolidayView> {
    const rows: HolidayRow[] = await manager.query(`${SELECT} WHERE h.date = $1`, [date]);
    if (!rows[0]) throw new RegistryNotFoundError(`No public holiday on ${date}`);
    return toView(rows[0]);
  }

  async create(input: { date: string; name: string }): Promise<PublicHolidayView> {
    try {
      await this.dataSource.manager.insert(PublicHolidayEntity, { date: input.date, name: input.name });
    } catch (error) {
      if (uniqueViolation(error) === 'public_holiday_pkey')
        throw new RegistryConflictError(`${input.date} is already a public holiday`, 'duplicate');
      throw error;
    }
    return this.get(input.date);
  }

  async update(date: string, version: number, changes: { name?: string }): Promise<PublicHolidayView> {
    return this.dataSource.transaction(async (manager) => {
      await updateVersioned(
        manager,
        PublicHolidayEntity,
        { column: 'date', value: date },
        version,
        { ...changes },
        `The public holiday on ${date}`,
      );
      return this.get(date, manager);
    });
  }

  /** Hard delete (a holiday entered by mistake); with `version`, only if nobody changed it since. */
  async remove(date: string, version?: number): Promise<void> {
    const [rows]: [{ date: string }[], number] = await this.dataSource.query(
      `DELETE FROM public_holiday WHERE date = $1 AND ($2::int IS NULL OR version = $2) RETURNING date`,
      [date, version ?? null],
    );
    if (rows.length > 0) return;
    const current = await this.get(date);
    throw staleVersion(`The public holiday on ${date}`, current.version, version ?? 0);
  }
}
