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

function fakeApi() {
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
    if (url.pathname === '/api/v1/cadres/import')
      return reply(422, { statusCode: 422, message: 'Nothing imported', imported: 0, rejected: REJECTED });
    return reply(404, { statusCode: 404, message: 'Not found' });
  }) as typeof fetch;
}

async function importFile() {
  writeSession('token-U-HR-01', 3600);
  render(
    <MemoryRouter initialEntries={['/imports/cadres']}>
      <Providers fetchFn={fakeApi()}>
        <AppRoutes />
      </Providers>
    </MemoryRouter>,
  );
  const user = userEvent.setup();
  const file = await screen.findByLabelText('Tệp CSV', {}, { timeout: 8_000 });
  await user.upload(file, new File(['code,fullName\n'], 'cadres.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Nhập' }));
  const report = await screen.findByTestId('import-report');
  return within(report)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
}

afterEach(() => sessionStorage.clear());

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
