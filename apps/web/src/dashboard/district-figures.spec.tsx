import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FigureReport } from '../api/report-endpoints';
import { NON_LOCAL, ROTATIONS, STANDARDS } from '../test/report-fixtures';
import { renderPanel } from '../test/render';
import { DistrictFigures } from './district-figures';

function setup(locale: 'vi' | 'en' = 'vi') {
  const onDownload = vi.fn((_report: FigureReport) => undefined);
  const view = renderPanel(
    <DistrictFigures
      data={{ rotations: ROTATIONS, nonLocal: NON_LOCAL, standards: STANDARDS }}
      onDownload={onDownload}
    />,
    { locale },
  );
  return { onDownload, view, user: userEvent.setup() };
}

const movesTable = () =>
  screen.getByRole('table', { name: 'Bảng luân chuyển: từ đơn vị, đến đơn vị, số lượt' });
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe("the district's figures on the dashboard", () => {
  it('states the three figures in words, with the period and the day', () => {
    setup();
    expect(
      screen.getByText('4 lượt luân chuyển từ 01/01/2021 đến 31/12/2025, liên quan 2 xã, thị trấn.'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '1/2 bí thư đảng ủy, chủ tịch UBND xã, thị trấn ngày 01/01/2026 không phải người địa phương.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('1/2 người đứng đầu ngày 01/01/2026 đạt mọi tiêu chuẩn của chức danh.'),
    ).toBeTruthy();
    expect(screen.getAllByText('50%')).toHaveLength(2);
  });

  it('names the post held by a local cadre and the head short of a standard, by name', () => {
    setup();
    expect(screen.getByText('Chủ tịch UBND, Xã Quảng Lâm: Trần Thị Bình')).toBeTruthy();
    expect(
      screen.getByText('Chánh Văn phòng, Văn phòng HĐND và UBND: Lê Văn Cường — bồi dưỡng bắt buộc'),
    ).toBeTruthy();
  });

  it('gives the picture of the moves a table of from → to → count, with names and no codes', () => {
    const { view } = setup();
    expect(rowsOf(movesTable())).toEqual([
      ['Xã Quảng An', 'Xã Quảng Lâm', '2'],
      ['Văn phòng HĐND và UBND', 'Xã Quảng An', '1'],
      ['Xã Quảng Lâm', 'Xã Quảng An', '1'],
    ]);
    expect(view.container.textContent).not.toMatch(/DH-/);
    const picture = screen.getByTestId('moves-picture');
    expect(picture.getAttribute('aria-hidden')).toBe('true');
    expect(picture.querySelectorAll('path')).toHaveLength(3);
    expect(picture.textContent).toContain('Văn phòng HĐND và UBND (1)');
  });

  it('shows the table on request and one year of moves when chosen', async () => {
    const { user } = setup();
    expect(movesTable().className).toContain('visually-hidden');
    await user.click(screen.getByRole('button', { name: 'Hiện bảng số liệu' }));
    expect(movesTable().className).not.toContain('visually-hidden');
    await user.selectOptions(screen.getByLabelText('Năm'), '2021');
    expect(rowsOf(movesTable())).toEqual([
      ['Xã Quảng An', 'Xã Quảng Lâm', '1'],
      ['Xã Quảng Lâm', 'Xã Quảng An', '1'],
    ]);
    expect(screen.getByText('2 lượt luân chuyển theo 2 hướng.')).toBeTruthy();
  });

  it('downloads each figure as CSV', async () => {
    const { user, onDownload } = setup();
    await user.click(screen.getByRole('button', { name: 'Tải CSV: Luân chuyển cán bộ' }));
    await user.click(
      screen.getByRole('button', { name: 'Tải CSV: Người đứng đầu đạt đủ tiêu chuẩn chức danh' }),
    );
    expect(onDownload.mock.calls).toEqual([['rotations'], ['head-standards']]);
  });

  it('speaks English too', () => {
    setup('en');
    expect(
      screen.getByText('4 rotations from 01/01/2021 to 31/12/2025, involving 2 communes and towns.'),
    ).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Rotations: from unit, to unit, count' })).toBeTruthy();
  });
});
