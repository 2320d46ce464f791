import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ImportMode, ImportReport, ImportRow, RowProblem } from '@personnel/persistence';
import type {
  CadreView,
  FieldProblemCode,
  FieldProblemDetail,
  FieldProblemParams,
} from '@personnel/contracts';
import type { CadreFilter } from '@personnel/persistence';
import { badRequest, fieldProblems } from '../../http/validation.pipe';
import { RegistryProvider } from '../common/registry.provider';
import { CreateCadreDto } from './cadres.dto';
import { csvLine, CsvSyntaxError, parseCsv, type CsvRecord } from './csv';

/** The columns of an import file, in the export's order. */
export const CADRE_CSV_COLUMNS = [
  'code',
  'fullName',
  'gender',
  'birthDate',
  'hometownLocalityCode',
  'ethnicity',
  'education',
  'politicalTheory',
  'stateManagement',
  'partyMember',
  'status',
] as const;
const OPTIONAL = new Set<string>(['status']);
/** Added by the export (from the current assignment); accepted and ignored on import. */
export const CADRE_EXPORT_EXTRA_COLUMNS = ['currentUnitCode', 'currentPostCode'] as const;

const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

@Injectable()
export class CadreCsvService {
  constructor(private readonly registry: RegistryProvider) {}

  /** Checks every row like a POST /cadres body, then imports in one transaction (see the modes). */
  async import(text: string, mode: ImportMode): Promise<ImportReport> {
    let records: CsvRecord[];
    try {
      records = parseCsv(text);
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw badRequest([
          {
            field: 'body',
            problem: `is not valid CSV: ${error.message}`,
            code: 'not_csv',
            params: { line: error.line },
          },
        ]);
      throw error;
    }
    const header = checkHeader(records[0]);
    const rows: ImportRow[] = [];
    const rejected: RowProblem[] = [];
    for (let r = 1; r < records.length; r++) {
      const fields = records[r].fields;
      if (fields.every((f) => f.trim() === '')) continue;
      if (fields.length !== header.length) {
        rejected.push({
          row: r,
          field: 'row',
          problem: `row has ${fields.length} fields, the header has ${header.length}`,
          code: 'row_field_count',
          params: { fields: fields.length, expected: header.length },
        });
        continue;
      }
      const outcome = await readRow(header, fields);
      if ('problems' in outcome) rejected.push(...outcome.problems.map((p) => ({ row: r, ...p })));
      else rows.push({ row: r, input: outcome.input });
    }
    return (await this.registry.get()).importCadres(rows, rejected, mode);
  }

  /** The export's CSV, a batch of rows at a time: the import columns plus the current unit and post. */
  async *export(filter: CadreFilter): AsyncGenerator<string> {
    const batches = (await this.registry.get()).cadres.exportBatches(filter);
    const first = await batches.next(); // before the header: a failing query is still an HTTP error
    yield `\uFEFF${csvLine([...CADRE_CSV_COLUMNS, ...CADRE_EXPORT_EXTRA_COLUMNS])}`;
    if (first.done) return;
    yield first.value.map(exportLine).join('');
    for await (const batch of batches) yield batch.map(exportLine).join('');
  }
}

function exportLine(c: CadreView): string {
  return csvLine([
    c.code,
    c.fullName,
    c.gender,
    c.birthDate,
    c.hometownLocalityCode,
    c.ethnicity,
    c.education,
    c.politicalTheory,
    c.stateManagement,
    String(c.partyMember),
    c.status,
    c.currentPost?.unitCode ?? '',
    c.currentPost?.postCode ?? '',
  ]);
}

/** A problem of the header line, coded with the column it names. */
function headerProblem(
  problem: string,
  code: FieldProblemCode,
  params: FieldProblemParams = {},
): FieldProblemDetail {
  return { field: 'header', problem, code, params };
}

function checkHeader(record: CsvRecord | undefined): string[] {
  if (!record || record.fields.every((f) => f.trim() === ''))
    throw badRequest([
      headerProblem(
        `is missing: the first line must name the columns (${CADRE_CSV_COLUMNS.join(',')})`,
        'header_missing',
        { columns: [...CADRE_CSV_COLUMNS] },
      ),
    ]);
  const header = record.fields.map((f) => f.trim());
  const known = new Set<string>([...CADRE_CSV_COLUMNS, ...CADRE_EXPORT_EXTRA_COLUMNS]);
  const problems = [
    ...CADRE_CSV_COLUMNS.filter((c) => !OPTIONAL.has(c) && !header.includes(c)).map((column) =>
      headerProblem(`lacks the column ${column}`, 'missing_column', { column }),
    ),
    ...header
      .filter((c) => !known.has(c))
      .map((column) => headerProblem(`has an unknown column "${column}"`, 'unknown_column', { column })),
    ...header
      .filter((c, i) => header.indexOf(c) !== i)
      .map((column) => headerProblem(`repeats the column ${column}`, 'repeated_column', { column })),
  ];
  if (header.length === 1 && header[0].includes(';'))
    problems.unshift(headerProblem('separates columns with ";": use commas', 'semicolon_separated'));
  if (problems.length > 0) throw badRequest(problems);
  return header;
}

/** One data row → the same checks as POST /cadres, each problem naming its column. */
async function readRow(
  header: string[],
  fields: string[],
): Promise<{ input: CreateCadreDto } | { problems: FieldProblemDetail[] }> {
  const plain: Record<string, unknown> = {};
  const problems: FieldProblemDetail[] = [];
  header.forEach((column, i) => {
    if (!(CADRE_CSV_COLUMNS as readonly string[]).includes(column)) return;
    const value = fields[i].trim();
    if (value === '') {
      if (!OPTIONAL.has(column))
        problems.push({ field: column, problem: `${column} is required`, code: 'required', params: {} });
      return;
    }
    if (column === 'partyMember') {
      const parsed = BOOLEANS[value.toLowerCase()];
      if (parsed === undefined)
        problems.push({
          field: column,
          problem: `${column} must be true or false`,
          code: 'not_boolean',
          params: {},
        });
      else plain[column] = parsed;
      return;
    }
    plain[column] = value;
  });
  const dto = plainToInstance(CreateCadreDto, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const named = new Set(problems.map((p) => p.field));
  problems.push(...fieldProblems(errors).filter((p) => !named.has(p.field)));
  return problems.length > 0 ? { problems } : { input: dto };
}
