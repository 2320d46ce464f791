import { parseCsv } from '../src/registry/cadres/csv';
import { cadreBody, fields, seedOrganisation, startRegistryApi, type RegistryApi } from './registry-fixtures';

const HEADER =
  'code,fullName,gender,birthDate,hometownLocalityCode,ethnicity,education,politicalTheory,stateManagement,partyMember,status';

const line = (values: Record<string, string>) =>
  [
    values.code,
    values.fullName ?? 'Nguyễn Văn An',
    values.gender ?? 'male',
    values.birthDate ?? '1980-05-17',
    values.hometownLocalityCode ?? 'QN-DH-QL',
    values.ethnicity ?? 'Kinh',
    values.education ?? 'bachelor',
    values.politicalTheory ?? 'intermediate',
    values.stateManagement ?? 'specialist',
    values.partyMember ?? 'true',
    values.status ?? '',
  ].join(',');

describe('registry API: cadre CSV import and export', () => {
  let api: RegistryApi;
  const importCsv = (
    text: string | Buffer,
    mode?: string,
    type = 'text/csv; charset=utf-8',
    language?: string,
  ) => {
    const req = api.http().post('/api/v1/cadres/import').set('content-type', type);
    if (mode) void req.query({ mode });
    if (language) void req.set('accept-language', language);
    return req.send(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  };
  const count = async (prefix: string) =>
    (
      await api.db.dataSource.query(`SELECT count(*)::int AS n FROM cadre WHERE code LIKE $1`, [`${prefix}%`])
    )[0].n;

  beforeAll(async () => {
    api = await startRegistryApi('registry_csv');
    await seedOrganisation(api);
  }, 60_000);
  afterAll(() => api?.close());

  it('imports a UTF-8 file with a BOM, quoted commas, quotes and line breaks, and CRLF line ends', async () => {
    const text =
      `\uFEFF${HEADER}\r\n` +
      `${line({ code: 'IM-1', fullName: 'Đặng Thị Đào' })}\r\n` +
      `${line({ code: 'IM-2', fullName: '"Trần Văn ""Tí"", Bé"', status: 'retired' })}\r\n` +
      `${line({ code: 'IM-3', fullName: 'Hoàng Văn Thụ', ethnicity: '"Tày\nNùng"', partyMember: 'FALSE' })}\r\n`;
    const res = await importCsv(text);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 3, rejected: [] });
    expect((await api.http().get('/api/v1/cadres/IM-2')).body).toMatchObject({
      fullName: 'Trần Văn "Tí", Bé',
      status: 'retired',
    });
    expect((await api.http().get('/api/v1/cadres/IM-3')).body).toMatchObject({
      ethnicity: 'Tày\nNùng',
      partyMember: false,
      status: 'active',
    });
    const found = await api.http().get('/api/v1/cadres').query({ q: 'dang thi dao' });
    expect(found.body.items.map((c: { code: string }) => c.code)).toEqual(['IM-1']);
  });

  describe('bad rows', () => {
    const file = () =>
      `${HEADER}\n` +
      `${line({ code: 'BR-1' })}\n` +
      `${line({ code: 'BR-2', gender: 'x', birthDate: '1980-02-30' })}\n` +
      `\n` +
      `${line({ code: 'IM-1' })}\n` +
      `${line({ code: 'BR-1', fullName: 'Lê Văn Lặp' })}\n` +
      `BR-6,too,few\n` +
      `${line({ code: 'BR-7', fullName: '', partyMember: 'maybe' })}\n` +
      `${line({ code: 'BR-8', fullName: 'Phạm Thị Tám', gender: 'female' })}\n`;

    it('all-or-nothing (the default) imports nothing and answers 422 with every bad row and field', async () => {
      const res = await importCsv(file());
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ statusCode: 422, imported: 0 });
      expect(res.body.message).toMatch(/nothing was imported/);
      expect(res.body.rejected.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
        [2, 'gender'],
        [2, 'birthDate'],
        [4, 'code'],
        [5, 'code'],
        [6, 'row'],
        [7, 'fullName'],
        [7, 'partyMember'],
      ]);
      // Each row coded with its values, for the panel to write it in the user's language.
      const codes = res.body.rejected.map((r: { code?: string; params?: unknown }) => [r.code, r.params]);
      expect(codes.slice(2)).toEqual([
        ['cadre_code_taken', { code: 'IM-1' }],
        ['repeated_row_code', { code: 'BR-1', row: 1 }],
        ['row_field_count', { fields: 3, expected: 11 }],
        ['required', {}],
        ['not_boolean', {}],
      ]);
      // The 422's rows written in the request's language too, the English words kept as `reason`.
      expect(res.body.rejected[2]).toMatchObject({
        problem: 'Đã có cán bộ mang mã IM-1 trong cơ sở dữ liệu.',
        reason: expect.stringMatching(/IM-1 already exists/),
      });
      expect(res.body.rejected[3]).toMatchObject({
        problem: 'Mã BR-1 trùng với mã ở dòng 1.',
        reason: expect.stringMatching(/of row 1/),
      });
      expect(await count('BR-')).toBe(0);
    });

    it('valid-rows imports the good rows and reports the bad ones', async () => {
      const res = await importCsv(file(), 'valid-rows');
      expect(res.status).toBe(200);
      expect(res.body.imported).toBe(2);
      expect(new Set(res.body.rejected.map((r: { row: number }) => r.row))).toEqual(new Set([2, 4, 5, 6, 7]));
      expect(await count('BR-')).toBe(2);
      expect((await api.http().get('/api/v1/cadres/BR-8')).body.fullName).toBe('Phạm Thị Tám');
      const again = await importCsv(file(), 'valid-rows');
      expect(again.body.imported).toBe(0);
      // A 200's rows written in the request's language like a 400's details: Vietnamese by default.
      expect(again.body.rejected.filter((r: { row: number }) => r.row === 1)).toEqual([
        {
          row: 1,
          field: 'code',
          problem: 'Đã có cán bộ mang mã BR-1 trong cơ sở dữ liệu.',
          reason: 'a cadre with code BR-1 already exists',
          code: 'cadre_code_taken',
          params: { code: 'BR-1' },
        },
      ]);
      const inEnglish = await importCsv(file(), 'valid-rows', undefined, 'en');
      expect(inEnglish.body.rejected.filter((r: { row: number }) => r.row <= 2)).toEqual([
        {
          row: 1,
          field: 'code',
          problem: 'a cadre with code BR-1 already exists',
          reason: 'a cadre with code BR-1 already exists',
          code: 'cadre_code_taken',
          params: { code: 'BR-1' },
        },
        expect.objectContaining({ row: 2, field: 'gender', code: 'not_one_of' }),
        expect.objectContaining({ row: 2, field: 'birthDate', code: 'not_past_date' }),
      ]);
      expect(inEnglish.body.rejected.find((r: { row: number }) => r.row === 6)).toMatchObject({
        code: 'row_field_count',
        params: { fields: 3, expected: 11 },
        problem: 'row has 3 fields, the header has 11',
      });
      const inVietnamese = await importCsv(file(), 'valid-rows');
      expect(inVietnamese.body.rejected.find((r: { row: number }) => r.row === 6)).toMatchObject({
        code: 'row_field_count',
        problem: 'Dòng có 3 cột, dòng tiêu đề có 11 cột.',
      });
    });
  });

  it.each([
    ['', 'header'],
    ['code,fullName\nX,Y\n', 'header'],
    [`${HEADER},shoeSize\n`, 'header'],
    [`${HEADER.replace(/,/g, ';')}\n`, 'header'],
    [`${HEADER}\n"IM-9,unterminated\n`, 'body'],
  ])('answers 400 for a bad file (%#), naming %s, and imports nothing', async (text, field) => {
    const res = await importCsv(text);
    expect(res.status).toBe(400);
    expect(fields(res.body)).toContain(field);
    expect(await count('IM-9')).toBe(0);
  });

  it('codes each problem of the header with the column it names, in Vietnamese by default and in English', async () => {
    const header = (res: { body: { details: unknown[] } }) => res.body.details;
    expect(header(await importCsv(''))).toEqual([
      {
        field: 'header',
        code: 'header_missing',
        params: { columns: HEADER.split(',') },
        problem: `Tệp thiếu dòng tiêu đề: dòng đầu tiên phải nêu tên các cột (${HEADER.split(',').join(', ')}).`,
        reason: `is missing: the first line must name the columns (${HEADER})`,
      },
    ]);
    const bad = `${HEADER.replace('gender,', '')},shoeSize,code\n`;
    expect(header(await importCsv(bad))).toEqual([
      expect.objectContaining({
        code: 'missing_column',
        params: { column: 'gender' },
        problem: 'Dòng tiêu đề thiếu cột gender.',
        reason: 'lacks the column gender',
      }),
      expect.objectContaining({
        code: 'unknown_column',
        params: { column: 'shoeSize' },
        problem: 'Dòng tiêu đề có cột "shoeSize" không thuộc tệp nhập.',
      }),
      expect.objectContaining({
        code: 'repeated_column',
        params: { column: 'code' },
        problem: 'Dòng tiêu đề nêu cột code hai lần.',
      }),
    ]);
    const inEnglish = await importCsv(bad, undefined, undefined, 'en');
    expect(header(inEnglish)).toEqual([
      expect.objectContaining({ code: 'missing_column', problem: 'lacks the column gender' }),
      expect.objectContaining({ code: 'unknown_column', problem: 'has an unknown column "shoeSize"' }),
      expect.objectContaining({ code: 'repeated_column', problem: 'repeats the column code' }),
    ]);
    const semicolons = header(await importCsv(`${HEADER.replace(/,/g, ';')}\n`));
    expect(semicolons[0]).toMatchObject({
      code: 'semicolon_separated',
      params: {},
      problem: 'Các cột được ngăn cách bằng dấu ";": hãy lưu tệp với dấu phẩy (CSV UTF-8).',
    });
    const unclosed = await importCsv(`${HEADER}\n"IM-9,unterminated\n`, undefined, undefined, 'en');
    expect(unclosed.body.details).toEqual([
      expect.objectContaining({ field: 'body', code: 'not_csv', params: { line: 2 } }),
    ]);
    expect(unclosed.body.details[0].problem).toMatch(
      /^is not valid CSV: line 2: a quoted field is never closed/,
    );
    expect((await importCsv(`${HEADER}\n"IM-9,unterminated\n`)).body.details[0].problem).toBe(
      'Tệp không đúng định dạng CSV từ dòng 2.',
    );
  });

  it('refuses a body that is not text/csv (415), not UTF-8 (400), a bad mode (400), or too large (413)', async () => {
    const json = await importCsv(`${HEADER}\n`, undefined, 'application/json');
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({
      code: 'csv_only',
      params: { type: 'application/json' },
      message: 'Hãy gửi tệp dạng text/csv (UTF-8), không phải application/json.',
      reason: 'Send the file as text/csv (UTF-8), not application/json',
    });
    const charset = await importCsv(`${HEADER}\n`, undefined, 'text/csv; charset=windows-1258', 'en');
    expect(charset.status).toBe(415);
    expect(charset.body).toMatchObject({
      code: 'csv_charset',
      params: { charset: 'windows-1258' },
      message: 'Send the file as UTF-8, not windows-1258.',
    });
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\nIM-9,Nguy`),
      Buffer.from([0xea, 0x6e]),
      Buffer.from(',male\n'),
    ]);
    const notUtf8 = await importCsv(latin1);
    expect(notUtf8.status).toBe(400);
    expect(fields(notUtf8.body)).toEqual(['body']);
    expect(notUtf8.body.details[0]).toMatchObject({
      code: 'not_utf8',
      params: {},
      problem: 'Tệp không phải văn bản UTF-8: hãy lưu tệp dạng CSV UTF-8.',
      reason: 'is not UTF-8 text; save the file as CSV UTF-8',
    });
    const badMode = await importCsv(`${HEADER}\n`, 'some');
    expect(fields(badMode.body)).toEqual(['mode']);
    const huge = `${HEADER}\n${`${line({ code: 'IM-9' })}\n`.repeat(70_000)}`;
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
    const tooLarge = await importCsv(huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({
      code: 'file_too_large',
      params: { limitMb: 5 },
      message: 'Tệp lớn hơn 5 MB: hãy chia thành các tệp nhỏ hơn rồi nhập từng tệp.',
      reason: 'The file is larger than 5 MB; split it into smaller files and import each',
    });
    expect(await count('IM-9')).toBe(0);
  });

  it('exports the filtered list as CSV with the current unit and post, and the export imports back', async () => {
    for (const [code, fullName] of [
      ['EX-1', 'Vũ Thị "Xuân", Lan'],
      ['EX-2', 'Bùi Văn Bình'],
      ['EX-3', 'Ngô Quốc\nKhánh'],
    ]) {
      const res = await api
        .http()
        .post('/api/v1/cadres')
        .send(
          cadreBody({
            code,
            fullName,
            hometownLocalityCode: 'QN-EXPORT',
            gender: code === 'EX-1' ? 'female' : 'male',
          }),
        );
      expect(res.status).toBe(201);
    }
    await api
      .http()
      .post('/api/v1/cadres/EX-2/assignments')
      .send({ kind: 'appointment', postCode: 'QL-CT-UBND', fromDate: '2022-01-01' });

    const res = await api.http().get('/api/v1/cadres/export').query({ hometownLocalityCode: 'QN-EXPORT' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="cadres-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(res.text).map((r) => r.fields);
    expect(records[0]).toEqual([...HEADER.split(','), 'currentUnitCode', 'currentPostCode']);
    const byCode = new Map(records.slice(1).map((r) => [r[0], r]));
    expect([...byCode.keys()]).toEqual(['EX-2', 'EX-3', 'EX-1']);
    expect(byCode.get('EX-1')).toEqual([
      'EX-1',
      'Vũ Thị "Xuân", Lan',
      'female',
      '1980-05-17',
      'QN-EXPORT',
      'Kinh',
      'bachelor',
      'intermediate',
      'specialist',
      'true',
      'active',
      '',
      '',
    ]);
    expect(byCode.get('EX-2')?.slice(-2)).toEqual(['DH-QL', 'QL-CT-UBND']);
    const filtered = await api
      .http()
      .get('/api/v1/cadres/export')
      .query({ hometownLocalityCode: 'QN-EXPORT', gender: 'female' });
    expect(parseCsv(filtered.text)).toHaveLength(2);

    // Round trip: the exported file, with new codes, imports to the same cadres.
    const copy = res.text.replace(/^EX-/gm, 'RT-');
    const imported = await importCsv(copy);
    expect(imported.body).toEqual({ imported: 3, rejected: [] });
    for (const code of ['1', '2', '3']) {
      const original = (await api.http().get(`/api/v1/cadres/EX-${code}`)).body;
      const copied = (await api.http().get(`/api/v1/cadres/RT-${code}`)).body;
      const strip = ({
        id: _i,
        code: _c,
        createdAt: _a,
        updatedAt: _u,
        currentPost: _p,
        assignments: _s,
        ...rest
      }: Record<string, unknown>) => rest;
      expect(strip(copied)).toEqual(strip(original));
    }
    const bad = await api.http().get('/api/v1/cadres/export').query({ status: 'gone' });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['status']);
  });

  it('exports more rows than one batch, each once, in the list order', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      line({
        code: `BULK-${String(i).padStart(4, '0')}`,
        fullName: `Cán Bộ Số ${i}`,
        hometownLocalityCode: 'QN-BULK',
      }),
    );
    const imported = await importCsv(`${HEADER}\n${rows.join('\n')}\n`);
    expect(imported.body).toEqual({ imported: 2500, rejected: [] });
    const res = await api.http().get('/api/v1/cadres/export').query({ hometownLocalityCode: 'QN-BULK' });
    const codes = parseCsv(res.text)
      .slice(1)
      .map((r) => r.fields[0]);
    expect(codes).toHaveLength(2500);
    expect(new Set(codes).size).toBe(2500);
    const listed = await api
      .http()
      .get('/api/v1/cadres')
      .query({ hometownLocalityCode: 'QN-BULK', limit: 100, offset: 1200 });
    expect(codes.slice(1200, 1300)).toEqual(listed.body.items.map((c: { code: string }) => c.code));
  });
});
