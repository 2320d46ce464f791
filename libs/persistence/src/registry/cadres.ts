import type { DataSource, EntityManager } from 'typeorm';
import {
  foldVietnamese,
  type CadreStatus,
  type EducationLevel,
  type Gender,
  LIST_TOTAL_CAP,
  type CursorPage,
  type PoliticalTheoryLevel,
  type StateManagementLevel,
} from '@personnel/contracts';
import {
  CADRE_COLUMNS_OVER,
  CADRE_ORDER,
  CADRE_SELECT,
  filterFrom,
  cadreConditions,
  toCadreView,
  type CadreFilter,
  type CadreRow,
} from './cadre-rows';
import { CadreRecords } from './cadre-records';
import { CadreEntity } from './entities';
import {
  afterCondition,
  cursorPage,
  decodeCadreCursor,
  whereOf,
  type CadreKey,
  type CadrePageRequest,
} from './cadre-cursor';
import { invalid, RegistryConflictError, RegistryNotFoundError, uniqueViolation } from './errors';
import { idOrCodeCondition, Params } from './sql';
import { updateVersioned } from './versioned';
import type { CadreDetail, CadreView } from '@personnel/contracts';

export interface CadreInput {
  code: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  hometownLocalityCode: string;
  ethnicity: string;
  education: EducationLevel;
  politicalTheory: PoliticalTheoryLevel;
  stateManagement: StateManagementLevel;
  partyMember: boolean;
  /** Default `active`. */
  status?: CadreStatus;
}

export type CadreChanges = Partial<Omit<CadreInput, 'code'>>;

/** Names are kept as NFC (one code point per accented letter) so folding in SQL and in TS agree. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The row to insert for a cadre: the folded search key is derived here, never sent by a client. */
export function cadreRow(input: CadreInput): Partial<CadreEntity> {
  const fullName = normaliseName(input.fullName);
  return {
    code: input.code,
    fullName,
    searchName: foldVietnamese(fullName),
    gender: input.gender,
    birthDate: input.birthDate,
    hometownLocalityCode: input.hometownLocalityCode,
    ethnicity: input.ethnicity,
    education: input.education,
    politicalTheory: input.politicalTheory,
    stateManagement: input.stateManagement,
    partyMember: input.partyMember,
    status: input.status ?? 'active',
  };
}

/** Cadres: list and search, detail with their records, create, update, change of status. */
export class CadresRepository {
  readonly records: CadreRecords;

  constructor(private readonly dataSource: DataSource) {
    this.records = new CadreRecords(dataSource, (manager, idOrCode) => this.lock(manager, idOrCode));
  }

  /**
   * A page of the list in CADRE_ORDER, by offset or by key (`after`, a nextCursor this list answered).
   * The total is counted up to LIST_TOTAL_CAP only: past it the answer says "more than" (totalCapped).
   */
  async list(filter: CadreFilter & CadrePageRequest): Promise<CursorPage<CadreView>> {
    const after = filter.after === undefined ? undefined : decodeCadreCursor(filter.after);
    if (after && filter.offset > 0)
      throw invalid(
        'offset',
        'cannot be combined with after: the cursor already says where the page starts',
        'offset_with_cursor',
      );
    if (filter.q?.trim()) return this.search(filter, after);
    const count = new Params();
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 ${filterFrom(filter)} ${whereOf(cadreConditions(filter, count))}
        LIMIT ${count.add(LIST_TOTAL_CAP + 1)}) capped`,
      count.values,
    );
    const p = new Params();
    const where = cadreConditions(filter, p);
    if (after) where.push(afterCondition('c', after, p));
    // The page is chosen on cadre rows alone (the name index serves it, from the key on for `after`); the
    // current post is joined to those rows only. One row more than the page says whether another follows.
    const page = `(SELECT c.* ${filterFrom(filter)} ${whereOf(where)} ${CADRE_ORDER}
      LIMIT ${p.add(filter.limit + 1)} OFFSET ${p.add(filter.offset)}) c`;
    const rows: CadreRow[] = await this.dataSource.query(
      `${CADRE_COLUMNS_OVER(page)} ${CADRE_ORDER}`,
      p.values,
    );
    return cursorPage(rows, n, filter);
  }

  /**
   * A text search reads the trigram indexes once: the matches are materialised, then counted (up to
   * the cap) and paged from that set. Without the fence the planner walks the name index in order and
   * tests every row: the matches of a broad search cluster in that order ("nguyen van …" sits past half
   * of the registry), so the walk read 58,000 rows for its page. The reader's unit scope is a test on
   * the cadre row (`cadre.unit_codes`), applied with the match.
   */
  private async search(
    filter: CadreFilter & CadrePageRequest,
    after: CadreKey | undefined,
  ): Promise<CursorPage<CadreView>> {
    const p = new Params();
    const clause = whereOf(cadreConditions(filter, p));
    const from = after ? `m WHERE ${afterCondition('m', after, p)}` : 'm';
    const rows: (CadreRow & { total: number })[] = await this.dataSource.query(
      `WITH m AS MATERIALIZED (SELECT c.id, c.search_name ${filterFrom(filter)} ${clause}),
            page AS (SELECT id, search_name FROM ${from} ORDER BY search_name, id
                     LIMIT ${p.add(filter.limit + 1)} OFFSET ${p.add(filter.offset)})
       SELECT (SELECT count(*)::int FROM (SELECT 1 FROM m LIMIT ${p.add(LIST_TOTAL_CAP + 1)}) capped) AS total, x.*
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (${CADRE_COLUMNS_OVER('(SELECT c.* FROM page JOIN cadre c ON c.id = page.id) c')}) x ON true
        ORDER BY x.search_name, x.id`,
      p.values,
    );
    return cursorPage(
      rows.filter((r) => r.id !== null),
      rows[0]?.total ?? 0,
      filter,
    );
  }

  /**
   * Every cadre matching the filter, in the list's order, a batch at a time (keyset pagination, so a
   * large export never holds a connection or loads everything at once).
   */
  async *exportBatches(filter: CadreFilter, batchSize = 1000): AsyncGenerator<CadreView[]> {
    let after: CadreKey | undefined;
    for (;;) {
      const p = new Params();
      const where = cadreConditions(filter, p);
      if (after) where.push(afterCondition('c', after, p));
      const rows: CadreRow[] = await this.dataSource.query(
        `${CADRE_SELECT} ${whereOf(where)} ${CADRE_ORDER} LIMIT ${p.add(batchSize)}`,
        p.values,
      );
      if (rows.length > 0) yield rows.map(toCadreView);
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { searchName: last.search_name, id: last.id };
    }
  }

  async get(idOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<CadreView> {
    const p = new Params();
    const rows: CadreRow[] = await manager.query(
      `${CADRE_SELECT} WHERE ${idOrCodeCondition('c', idOrCode, p)}`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No cadre ${idOrCode}`);
    return toCadreView(rows[0]);
  }

  /** The cadre with the current post and every record: assignments, evaluations, discipline, training, planning. */
  async detail(idOrCode: string): Promise<CadreDetail> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cadre = await this.get(idOrCode, manager);
      const [assignments, evaluations, disciplines, trainingCompletions, planningEntries] = [
        await this.records.assignments(cadre.id, manager),
        await this.records.evaluations(cadre.id, manager),
        await this.records.disciplines(cadre.id, manager),
        await this.records.trainingCompletions(cadre.id, manager),
        await this.records.planningEntries(cadre.id, manager),
      ];
      return { ...cadre, assignments, evaluations, disciplines, trainingCompletions, planningEntries };
    });
  }

  async create(input: CadreInput): Promise<CadreView> {
    try {
      const { identifiers } = await this.dataSource.manager.insert(CadreEntity, cadreRow(input));
      return await this.get(identifiers[0].id as string);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_cadre_code')
        throw new RegistryConflictError(`A cadre with code ${input.code} already exists`, 'duplicate', {
          record: 'cadre',
          code: input.code,
        });
      throw error;
    }
  }

  async update(idOrCode: string, version: number, changes: CadreChanges): Promise<CadreView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.get(idOrCode, manager);
      const set: Record<string, unknown> = { ...changes };
      if (changes.fullName !== undefined) {
        set.fullName = normaliseName(changes.fullName);
        set.searchName = foldVietnamese(set.fullName as string);
      }
      await updateVersioned(
        manager,
        CadreEntity,
        { column: 'id', value: cadre.id },
        version,
        set,
        `Cadre ${cadre.code}`,
      );
      return this.get(cadre.id, manager);
    });
  }

  /** Soft delete: the cadre retired, left or died; the record and its history stay. */
  async deactivate(idOrCode: string, status: Exclude<CadreStatus, 'active'>): Promise<CadreView> {
    return this.dataSource.transaction(async (manager) => {
      const cadre = await this.lock(manager, idOrCode);
      if (cadre.status !== status) await manager.update(CadreEntity, { id: cadre.id }, { status });
      return this.get(cadre.id, manager);
    });
  }

  /** The cadre row locked for the transaction: writes of one cadre's records happen one at a time. */
  private async lock(
    manager: EntityManager,
    idOrCode: string,
  ): Promise<{ id: string; code: string; status: CadreStatus }> {
    const p = new Params();
    const rows: { id: string; code: string; status: CadreStatus }[] = await manager.query(
      `SELECT c.id, c.code, c.status FROM cadre c WHERE ${idOrCodeCondition('c', idOrCode, p)} FOR UPDATE`,
      p.values,
    );
    if (!rows[0]) throw new RegistryNotFoundError(`No cadre ${idOrCode}`);
    return rows[0];
  }
}
