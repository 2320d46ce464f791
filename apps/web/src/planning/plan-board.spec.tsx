import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PlanView } from '../api/plan-types';
import { renderPanel } from '../test/render';
import { composeTask, planView } from '../test/plan-fixtures';
import { PlanBoard, type BoardCommands } from './plan-board';
import { mayCompose } from './plan-permissions';
import { PlanStructure } from './plan-structure';

const commands = (): BoardCommands => ({
  searchCadres: vi.fn(),
  check: vi.fn(),
  add: vi.fn(),
  remove: vi.fn(),
});

function board(plan: PlanView, locale: 'vi' | 'en' = 'vi') {
  renderPanel(<PlanBoard plan={plan} compose={mayCompose(plan)} commands={commands()} onDone={vi.fn()} />, {
    locale,
  });
  return screen.getByTestId('plan-board');
}

describe('the planning board', () => {
  it('groups the posts by unit and shows names, the count against the cited max and each entry’s standing', () => {
    const table = board(planView());
    const groups = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(groups).toEqual(expect.arrayContaining(['Xã Quảng An', 'Thôn 1']));

    const chair = screen.getByTestId('plan-post-DH-QA-CT-UBND');
    expect(within(chair).getByRole('rowheader').textContent).toContain('Chủ tịch UBND');
    expect(within(chair).getByTestId('post-count').textContent).toBe('2/3');
    expect(within(chair).getByLabelText('2 trên tối đa 3 người')).toBeTruthy();
    const entries = within(chair).getAllByTestId('plan-entry');
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringContaining('Hoàng Văn Cường'),
      expect.stringContaining('Lê Thị Hoa'),
    ]);
    expect(within(entries[0]).getByTestId('entry-status').textContent).toBe('Đề xuất');

    const vice = screen.getByTestId('plan-post-DH-QA-PCT-UBND');
    expect(within(vice).getByTestId('post-count').textContent).toBe('0/3');
    expect(within(vice).getByText('Chưa có ai')).toBeTruthy();

    const removed = within(screen.getByTestId('plan-post-DH-QA-T1-BT')).getByTestId('plan-entry');
    expect(within(removed).getByTestId('entry-status').textContent).toBe('Đưa ra khỏi quy hoạch');
    expect(within(removed).getByTestId('removed-reason').textContent).toContain('Chuyển công tác');
  });

  it('speaks English when switched', () => {
    board(planView(), 'en');
    const chair = screen.getByTestId('plan-post-DH-QA-CT-UBND');
    expect(within(chair).getAllByTestId('entry-status')[0].textContent).toBe('Proposed');
    expect(within(chair).getByText('· Commune level')).toBeTruthy();
  });

  it('offers add and take-out to the HR officer holding the drawing-up task, never on a removed entry', () => {
    board(planView());
    expect(screen.getByRole('button', { name: 'Thêm người vào quy hoạch Chủ tịch UBND' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thêm người vào quy hoạch Phó Chủ tịch UBND' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Đưa Hoàng Văn Cường ra khỏi quy hoạch Chủ tịch UBND' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Đưa Trần Văn Bình/ })).toBeNull();
  });

  it('offers no add on a full post', () => {
    const plan = planView();
    plan.posts[0] = { ...plan.posts[0], count: 3 };
    board(plan);
    expect(screen.queryByRole('button', { name: 'Thêm người vào quy hoạch Chủ tịch UBND' })).toBeNull();
    expect(within(screen.getByTestId('plan-post-DH-QA-CT-UBND')).getByText(/Đã đủ số lượng/)).toBeTruthy();
  });

  it.each([
    ['another user (the task gives them no action)', planView({ tasks: [composeTask({ actions: [] })] })],
    ['HR once the pool is at the votes', planView({ stage: 'key_cadre_vote' })],
    ['HR when the task is done', planView({ tasks: [composeTask({ status: 'done' })] })],
    ['anyone when the plan has no revision task', planView({ tasks: [] })],
  ])('offers nothing to change to %s', (_who, plan) => {
    board(plan);
    expect(screen.queryByRole('button', { name: /Thêm người|Đưa .* ra khỏi/ })).toBeNull();
    expect(screen.getByText(/Danh sách chỉ xem/)).toBeTruthy();
  });

  it('offers additions again during a yearly review', () => {
    board(planView({ stage: 'review', state: 'in_force', tasks: [composeTask({ stage: 'review' })] }));
    expect(screen.getAllByRole('button', { name: /Thêm người vào quy hoạch/ })).toHaveLength(3);
  });
});

describe('the structure figures', () => {
  it('warns of a missed target, with its citation, and shows every figure', () => {
    renderPanel(<PlanStructure structure={planView().structure} />);
    const warning = screen.getByTestId('structure-warning');
    expect(warning.textContent).toContain('1 mục tiêu cơ cấu chưa đạt');
    expect(warning.textContent).toContain('Tỷ lệ nữ trong quy hoạch');
    expect(warning.textContent).toContain('QĐ 50-QĐ/TW, Điều 4');
    const figures = within(screen.getByTestId('structure'))
      .getAllByRole('listitem')
      .map((l) => l.textContent);
    expect(figures[0]).toContain('Đạt mục tiêu: 1/2 người (50 %) · mục tiêu ít nhất 15 %');
    expect(figures[1]).toContain('Chưa đạt mục tiêu: 0/2 người (0 %) · mục tiêu ít nhất 25 %');
    expect(figures[2]).toContain('3 nhóm tuổi (mỗi nhóm 5 năm) · mục tiêu ít nhất 3 nhóm');
  });

  it('shows no warning when every target is met', () => {
    const structure = planView().structure.map((c) => ({ ...c, passed: true }));
    renderPanel(<PlanStructure structure={structure} />);
    expect(screen.queryByTestId('structure-warning')).toBeNull();
  });
});
