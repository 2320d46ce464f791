import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblemDetail } from '@personnel/contracts';
import { cadreRow, type CadreInput } from './cadres';
import { CadreEntity } from './entities';

export type ImportMode = 'all-or-nothing' | 'valid-rows';
export const IMPORT_MODES: readonly ImportMode[] = ['all-or-nothing', 'valid-rows'];

/** A row of an import file: `row` is its 1-based number among the data rows (the header excluded). */
export interface ImportRow {
  row: number;
  input: CadreInput;
}

/** One rejected row's problem: its field, the English words, and its code and params (contracts FieldProblemCode). */
export interface RowProblem extends FieldProblemDetail {
  row: number;
}

/** A cadre code already in the registry (found before the insert, or taken meanwhile). */
const codeTaken = (row: number, code: string): RowProblem => ({
  row,
  field: 'code',
  problem: `a cadre with code ${code} already exists`,
  code: 'cadre_code_taken',
  params: { code },
});

export interface ImportReport {
  imported: number;
  rejected: RowProblem[];
}

const CHUNK = 1000;

class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

/**
 * Imports cadres in one transaction. `rejected` are the rows the caller already found invalid; a code
 * that exists already, or twice in the file, rejects its row too. `all-or-nothing` imports nothing when
 * any row is rejected; `valid-rows` imports every row that is not. A code inserted concurrently by
 * someone else is caught by the insert itself (ON CONFLICT DO NOTHING) and reported the same way.
 */
export async function importCadres(
  dataSource: DataSource,
  rows: ImportRow[],
  rejected: RowProblem[],
  mode: ImportMode,
): Promise<ImportReport> {
  const problems = [...rejected, ...duplicatesInFile(rows)];
  try {
    return await dataSource.transaction(async (manager) => {
      problems.push(...(await existingCodes(manager, rows)));
      const bad = new Set(problems.map((p) => p.row));
      if (mode === 'all-or-nothing' && bad.size > 0) return { imported: 0, rejected: sorted(problems) };
      const toInsert = rows.filter((r) => !bad.has(r.row));
      const lost = await insertAll(manager, toInsert);
      problems.push(...lost);
      const report = { imported: toInsert.length - lost.length, rejected: sorted(problems) };
      if (mode === 'all-or-nothing' && lost.length > 0) throw new RolledBack({ ...report, imported: 0 });
      return report;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

function duplicatesInFile(rows: ImportRow[]): RowProblem[] {
  const first = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const { row, input } of rows) {
    const seen = first.get(input.code);
    if (seen === undefined) first.set(input.code, row);
    else
      problems.push({
        row,
        field: 'code',
        problem: `repeats the code ${input.code} of row ${seen}`,
        code: 'repeated_row_code',
        params: { code: input.code, row: seen },
      });
  }
  return problems;
}

async function existingCodes(manager: EntityManager, rows: ImportRow[]): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  for (let i = 0; i < rows.length; i += CHUNK * 10) {
    const slice = rows.slice(i, i + CHUNK * 10);
    const found: { code: string }[] = await manager.query(`SELECT code FROM cadre WHERE code = ANY($1)`, [
      slice.map((r) => r.input.code),
    ]);
    const taken = new Set(found.map((f) => f.code));
    for (const r of slice) if (taken.has(r.input.code)) problems.push(codeTaken(r.row, r.input.code));
  }
  return problems;
}

/** Inserts in chunks; returns the rows whose code was taken meanwhile. */
async function insertAll(manager: EntityManager, rows: ImportRow[]): Promise<RowProblem[]> {
  const lost: RowProblem[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CadreEntity)
      .values(chunk.map((r) => cadreRow(r.input)))
      .orIgnore()
      .returning(['code'])
      .execute();
    const inserted = new Set((result.raw as { code: string }[]).map((r) => r.code));
    for (const r of chunk) if (!inserted.has(r.input.code)) lost.push(codeTaken(r.row, r.input.code));
  }
  return lost;
}

function sorted(problems: RowProblem[]): RowProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}
