/**
 * CSV as RFC 4180 has it: comma-separated fields, records ended by CRLF (LF or CR alone accepted), a field
 * quoted with `"` may hold commas, line breaks and doubled quotes (`""`). A leading byte-order mark is
 * skipped. Small and strict on purpose: a stray quote is an error naming its line, never a silent guess.
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvRecord {
  /** Physical line the record starts on (1-based). */
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let closed = false; // a quoted field just closed: only a separator may follow
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(unguarded(field));
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    closed = false;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        closed = true;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === ',') {
      fields.push(unguarded(field));
      field = '';
      closed = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (closed) {
      throw new CsvSyntaxError(line, 'a quoted field must be followed by a comma or the end of the line');
    } else if (c === '"') {
      if (field !== '')
        throw new CsvSyntaxError(
          line,
          'a quote inside an unquoted field: quote the whole field and double the quote',
        );
      quoted = true;
      quoteLine = line;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed');
  if (closed || field !== '' || fields.length > 0) endRecord();
  return records;
}

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One field, quoted when it holds a comma, a quote, a line break or surrounding spaces. A text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is guarded with a leading `'`,
 * which spreadsheets show as text and parseCsv takes off again; a plain number is left as it is.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A field as written by csvField: the formula guard taken off. */
function unguarded(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}

/** One record, CRLF-terminated as RFC 4180 has it. */
export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
