import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRoutes, Providers } from '../app/app';
import { writeSession } from '../auth/session';

const HR = { username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' };

/** The import's 422 as the API answers it: each rejected row coded, its English words as `problem`. */
const REJECTED = [
  {
    row: 2,
    field: 'code',
    problem: 'repeats the code IM-1 of row 1',
    code: 'repeated_row_code',
    params: { code: 'IM-1', row: 1 },
  },
  {
    row: 3,
    field: 'code',
    problem: 'a cadre with code CB-0001 already exists',
    code: 'cadre_code_taken',
    params: { code: 'CB-0001' },
  },
  {
    row: 4,
    field: 'row',
    problem: 'row has 3 fields, the header has 11',
    code: 'row_field_count',
    params: { fields: 3, expected: 11 },
  },
  { row: 5, field: 'ethnicity', problem: 'an older server’s own words' },
];

/** A file refused whole (400): its header's problems coded, the API's English words as `problem`. */
const BAD_HEADER = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'Invalid request: header lacks the column gender; …',
  code: 'invalid_request',
  params: { fields: ['header'] },
  details: [
    {
      field: 'header',
      problem: 'lacks the column gender',
      code: 'missing_column',
      params: { column: 'gender' },
    },
    {
      field: 'header',
      problem: 'has an unknown column "shoeSize"',
      code: 'unknown_column',
      params: { column: 'shoeSize' },
    },
    {
      field: 'header',
      problem: 'repeats the column code',
      code: 'repeated_column',
      params: { column: 'code' },
    },
    { field: 'body', problem: 'is not UTF-8 text; save the file as CSV UTF-8', code: 'not_utf8', params: {} },
  ],
};

type Reply = { status: number; body: unknown };
const ROWS_REFUSED: Reply = {
  status: 422,
  body: { statusCode: 422, message: 'Nothing imported', imported: 0, rejected: REJECTED },
};

function fakeApi(answer: Reply) {
  const reply = (status: number, json: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } }),
    );
  return ((input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://panel.test');
    if (url.pathname === '/api/v1/auth/config') return reply(200, { local: true, oidc: null });
    if (url.pathname === '/api/v1/auth/me') return reply(200, HR);
    if (url.pathname === '/api/v1/users') return reply(200, []);
    if (url.pathname === '/api/v1/tasks/counts')
      return reply(200, { mine: 0, claimable: 0, all: 0, done: 0 });
    if (url.pathname === '/api/v1/cadres/import') return reply(answer.status, answer.body);
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
}

async function submitFile(answer: Reply) {
  writeSession('token-U-HR-01', 3600);
  render(
    <MemoryRouter initialEntries={['/imports/cadres']}>
      <Providers fetchFn={fakeApi(answer)}>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
  const user = userEvent.setup();
  const english = localStorage.getItem('personnel.locale') === 'en';
  const file = await screen.findByLabelText(english ? 'CSV file' : 'Tệp CSV', {}, { timeout: 8_000 });
  await user.upload(file, new File(['code,fullName\n'], 'cadres.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: english ? 'Import' : 'Nhập' }));
}

async function importFile() {
  await submitFile(ROWS_REFUSED);
  const report = await screen.findByTestId('import-report');
  return within(report)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
}

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

async function fileProblems(): Promise<(string | null)[]> {
  await submitFile({ status: 400, body: BAD_HEADER });
  const list = await screen.findByTestId('import-file-problems');
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('a file the import refused whole', () => {
  it('lists its header’s problems from their codes in Vietnamese', async () => {
    expect(await fileProblems()).toEqual([
      'Dòng tiêu đề thiếu cột gender.',
      'Dòng tiêu đề có cột “shoeSize” không thuộc tệp nhập.',
      'Dòng tiêu đề nêu cột code hai lần.',
      'Tệp không phải văn bản UTF-8: hãy lưu tệp dạng CSV UTF-8.',
    ]);
  });

  it('lists them in English for an English user', async () => {
    localStorage.setItem('personnel.locale', 'en');
    expect(await fileProblems()).toEqual([
      'The header lacks the column gender.',
      'The header names “shoeSize”, which is no column of the import.',
      'The header names the column code twice.',
      'The file is not UTF-8 text: save it as CSV UTF-8.',
    ]);
  });
});

describe('the rows a cadre import refused', () => {
  it('are written from their codes in Vietnamese, an unknown code in the server’s words', async () => {
    expect(await importFile()).toEqual([
      '2codeMã IM-1 trùng với mã ở dòng 1.',
      '3codeĐã có cán bộ mang mã CB-0001 trong cơ sở dữ liệu.',
      '4rowDòng có 3 cột, dòng tiêu đề có 11 cột.',
      '5ethnicityan older server’s own words',
    ]);
  });
});
