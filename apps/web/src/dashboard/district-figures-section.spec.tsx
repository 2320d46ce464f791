import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DateRange, FigureQuery, FigureReport } from '../api/report-endpoints';
import { NON_LOCAL, ROTATIONS, STANDARDS } from '../test/report-fixtures';
import { renderPanel } from '../test/render';
import { DistrictFiguresSection } from './district-figures-section';
import { figurePeriod } from './figure-period';

const api = {
  rotationReport: vi.fn((_range: DateRange, _signal?: AbortSignal) => Promise.resolve(ROTATIONS)),
  nonLocalHeadsReport: vi.fn((_asOf: string, _signal?: AbortSignal) => Promise.resolve(NON_LOCAL)),
  headStandardsReport: vi.fn((_asOf: string, _range: DateRange, _signal?: AbortSignal) =>
    Promise.resolve(STANDARDS),
  ),
  figureCsv: vi.fn((_report: FigureReport, _query: FigureQuery) =>
    Promise.resolve(new Blob(['\uFEFFyear\r\n'])),
  ),
};
vi.mock('../auth/auth', () => ({ useAuth: () => ({ api }) }));

describe('the district figures section', () => {
  it('asks for the last five full years and today, as the API defaults them', async () => {
    renderPanel(<DistrictFiguresSection />);
    await screen.findByText('4 lượt luân chuyển từ 01/01/2021 đến 31/12/2025, liên quan 2 xã, thị trấn.');
    const { fromYear, toYear } = figurePeriod(new Date().toISOString().slice(0, 10));
    expect(api.rotationReport).toHaveBeenLastCalledWith(
      { from: `${fromYear}-01-01`, to: `${toYear}-12-31` },
      expect.anything(),
    );
    expect(api.headStandardsReport.mock.lastCall?.[1]).toEqual({
      from: `${fromYear}-01-01`,
      to: `${toYear}-12-31`,
    });
  });

  it('reloads for another period and another day, and refuses a day that is no date', async () => {
    const user = userEvent.setup();
    renderPanel(<DistrictFiguresSection />);
    await screen.findByText(/lượt luân chuyển từ/);
    await user.selectOptions(screen.getByLabelText('Từ năm'), String(new Date().getFullYear() - 3));
    await waitFor(() =>
      expect(api.rotationReport.mock.lastCall?.[0]).toMatchObject({
        from: `${new Date().getFullYear() - 3}-01-01`,
      }),
    );
    const asOf = screen.getByLabelText('Tính đến ngày (dd/mm/yyyy)');
    await user.clear(asOf);
    await user.type(asOf, '31/02/2025');
    expect(screen.getByText('Ngày không hợp lệ: nhập dd/mm/yyyy.')).toBeTruthy();
    await user.clear(asOf);
    await user.type(asOf, '30/06/2025');
    await waitFor(() =>
      expect(api.nonLocalHeadsReport).toHaveBeenLastCalledWith('2025-06-30', expect.anything()),
    );
  });

  it('downloads the CSV of a figure for the chosen period', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:figures');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPanel(<DistrictFiguresSection />);
    await user.click(await screen.findByRole('button', { name: 'Tải CSV: Luân chuyển cán bộ' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.figureCsv.mock.lastCall?.[0]).toBe('rotations');
    expect(api.figureCsv.mock.lastCall?.[1]).toMatchObject({ from: expect.stringMatching(/-01-01$/) });
  });
});
