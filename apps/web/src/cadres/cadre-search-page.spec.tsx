import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadreView, CursorPage } from '../api/types';
import { renderPanel } from '../test/render';
import { CadreSearchPage } from './cadre-search-page';

function cadre(n: number): CadreView {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    code: `CB-${String(n).padStart(5, '0')}`,
    fullName: `Nguyễn Văn Cán Bộ ${n}`,
    gender: 'male',
    birthDate: '1980-01-01',
    hometownLocalityCode: 'QN-DH-QA',
    ethnicity: 'Kinh',
    education: 'bachelor',
    politicalTheory: 'intermediate',
    stateManagement: 'specialist',
    partyMember: true,
    status: 'active',
    currentPost: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  } as CadreView;
}

const page = (from: number, count: number, rest: Partial<CursorPage<CadreView>>): CursorPage<CadreView> => ({
  items: Array.from({ length: count }, (_, i) => cadre(from + i)),
  total: 1000,
  totalCapped: true,
  limit: 20,
  offset: 0,
  nextCursor: null,
  ...rest,
});

const api = {
  searchCadres: vi.fn(
    (_query: { q?: string; limit: number; offset?: number; after?: string }, _signal?: AbortSignal) =>
      Promise.resolve(page(1, 20, { nextCursor: 'cursor-after-20' })),
  ),
};
vi.mock('../auth/auth', () => ({ useAuth: () => ({ api }) }));

describe('the cadre search page', () => {
  beforeEach(() => {
    api.searchCadres.mockClear();
  });

  it('shows a capped total as "more than 1,000", with no last page to name', async () => {
    renderPanel(<CadreSearchPage />, { path: '/cadres?q=nguyen' });
    expect(await screen.findByText('Hơn 1.000 kết quả')).toBeTruthy();
    expect(screen.getByText('Trang 1')).toBeTruthy();
    expect(api.searchCadres).toHaveBeenCalledWith({ q: 'nguyen', limit: 20, offset: 0 }, expect.anything());
  });

  it('says the same in English', async () => {
    renderPanel(<CadreSearchPage />, { locale: 'en', path: '/cadres' });
    expect(await screen.findByText('More than 1,000 results')).toBeTruthy();
  });

  it('reads the next page by the cursor the first one answered, and stops on the last', async () => {
    const user = userEvent.setup();
    renderPanel(<CadreSearchPage />, { path: '/cadres?q=nguyen' });
    await screen.findByText('Nguyễn Văn Cán Bộ 20');
    api.searchCadres.mockImplementationOnce(() =>
      Promise.resolve(page(21, 5, { total: 25, totalCapped: false, nextCursor: null })),
    );
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    await screen.findByText('Nguyễn Văn Cán Bộ 25');
    expect(api.searchCadres).toHaveBeenLastCalledWith(
      { q: 'nguyen', limit: 20, after: 'cursor-after-20' },
      expect.anything(),
    );
    expect(screen.getByText('25 kết quả')).toBeTruthy();
    expect(screen.getByText('Trang 2 / 2')).toBeTruthy();
    expect((screen.getByRole('button', { name: /Trang sau/ }) as HTMLButtonElement).disabled).toBe(true);
    // Back to the first page: no cursor, offset 0.
    await user.click(screen.getByRole('button', { name: /Trang trước/ }));
    await waitFor(() =>
      expect(api.searchCadres).toHaveBeenLastCalledWith(
        { q: 'nguyen', limit: 20, offset: 0 },
        expect.anything(),
      ),
    );
  });

  it('moves the focus to the count of the page read after "next", not to the page’s body', async () => {
    const user = userEvent.setup();
    renderPanel(<CadreSearchPage />, { path: '/cadres?q=nguyen' });
    await screen.findByText('Nguyễn Văn Cán Bộ 20');
    api.searchCadres.mockImplementationOnce(() =>
      Promise.resolve(page(21, 5, { total: 25, totalCapped: false, nextCursor: null })),
    );
    await user.click(screen.getByRole('button', { name: /Trang sau/ }));
    await screen.findByText('Nguyễn Văn Cán Bộ 25');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    expect(screen.getByRole('status').textContent).toBe('25 kết quả · Trang 2');
  });
});
