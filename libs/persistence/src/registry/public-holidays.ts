import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@personnel/contracts';
import { PublicHolidayEntity } from './entities';
import { RegistryConflictError, RegistryNotFoundError, staleVersion, uniqueViolation } from './errors';
import { Params } from './sql';
import { updateVersioned } from './versioned';
import type { CalendarDayKind, PublicHolidayView } from '@personnel/contracts';

export interface PublicHolidayFilter {
  year?: number;
  kind?: CalendarDayKind;
  /** Inclusive range of dates. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

interface HolidayRow {
  date: string;
  name: string;
  kind: CalendarDayKind;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT to_char(h.date, 'YYYY-MM-DD') AS date, h.name, h.kind, h.version, h.created_at, h.updated_at
                FROM public_holiday h`;

function toView(r: HolidayRow): PublicHolidayView {
  return {
    date: r.date,
    name: r.name,
    kind: r.kind,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * The working-day calendar, kept as data: days off (ngày nghỉ lễ) that working-day counts skip, and
 * weekend days worked in a swap (ngày làm bù) that they count. Whether a kind fits its date (a worked day
 * is a Saturday or Sunday) is the domain's rule, asked by the API; the table's check holds it too.
 */
export class PublicHolidaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: PublicHolidayFilter): Promise<Page<PublicHolidayView>> {
    const p = new Params();
    const where: string[] = [];
    if (filter.year !== undefined) where.push(`extract(year FROM h.date) = ${p.add(filter.year)}`);
    if (filter.from) where.push(`h.date >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`h.date <= ${p.add(filter.to)}`);
    if (filter.kind) where.push(`h.kind = ${p.add(filter.kind)}`);
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

  async create(input: { date: string; name: string; kind?: CalendarDayKind }): Promise<PublicHolidayView> {
    try {
      await this.dataSource.manager.insert(PublicHolidayEntity, {
        date: input.date,
        name: input.name,
        kind: input.kind ?? 'day_off',
      });
    } catch (error) {
      if (uniqueViolation(error) === 'public_holiday_pkey')
        throw new RegistryConflictError(`${input.date} is already in the calendar`, 'duplicate', {
          record: 'holiday',
          date: input.date,
        });
      throw error;
    }
    return this.get(input.date);
  }

  async update(
    date: string,
    version: number,
    changes: { name?: string; kind?: CalendarDayKind },
  ): Promise<PublicHolidayView> {
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
