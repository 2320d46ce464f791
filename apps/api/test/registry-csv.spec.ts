import { csvField, csvLine, CsvSyntaxError, parseCsv } from '../src/registry/cadres/csv';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields, with CRLF, LF or CR line ends and no record for the last line end', () => {
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('keeps empty fields, and blank lines as one empty field', () => {
    expect(fieldsOf('a,,c\n,\n\nx')).toEqual([['a', '', 'c'], ['', ''], [''], ['x']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their line', () => {
    const records = parseCsv('"Nguyễn, Văn ""An""","dòng 1\r\ndòng 2",x\r\n"",y,"z"\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['Nguyễn, Văn "An"', 'dòng 1\r\ndòng 2', 'x'] },
      { line: 3, fields: ['', 'y', 'z'] },
    ]);
  });

  it('skips a byte-order mark', () => {
    expect(fieldsOf('\uFEFFcode,name\n1,2')[0]).toEqual(['code', 'name']);
  });

  it.each([
    ['a,"unterminated\nb,c', 1, /never closed/],
    ['a,b\nx"y,z', 2, /quote inside an unquoted field/],
    ['a,"b"c\n', 1, /followed by a comma/],
  ])('refuses %p naming line %p', (text, line, message) => {
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
  });

  it('writes fields that read back the same', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', ' padded ', '', 'Đầm Hà'];
    expect(csvField('with "quotes"')).toBe('"with ""quotes"""');
    expect(csvField('plain')).toBe('plain');
    // A spreadsheet would run these as formulas: guarded, and read back as they were.
    for (const formula of ['=HYPERLINK("http://x")', '+84 912', '-cmd', '@SUM(A1)', '\tx'])
      expect(fieldsOf(csvLine([formula]))).toEqual([[formula]]);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(fieldsOf(csvLine(values) + csvLine(values))).toEqual([values, values]);
  });
});
