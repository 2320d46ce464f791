import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlanView } from '../api/plan-types';
import { renderPanel } from '../test/render';
import { candidate, composeTask, planView, post } from '../test/plan-fixtures';
import { PlanReviewSection } from './plan-review-section';

/** The first yearly review: two published entries proposed for removal (age, discipline). */
function reviewPlan(overrides: Partial<PlanView> = {}): PlanView {
  return planView({
    state: 'in_force',
    stage: 'review',
    posts: [
      post({
        candidates: [
          candidate({ status: 'published', publishedFrom: '2026-03-01' }),
          candidate({
            cadreId: 'CB-0002',
            cadreName: 'Lê Thị Hoa',
            status: 'published',
            publishedFrom: '2026-03-01',
          }),
        ],
        count: 2,
      }),
    ],
    reviews: [
      {
        year: 1,
        openedAt: '2027-03-01T01:00:00.000Z',
        proposals: [],
        structure: [],
        submittedAt: null,
        approval: null,
      },
    ],
    proposals: [
      {
        postCode: 'DH-QA-CT-UBND',
        cadreId: 'CB-0001',
        cadreName: 'Hoàng Văn Cường',
        reason: 'age',
        check: {
          rule: 'planning_age',
          passed: false,
          detail: 'Less than a full term of service left before retirement.',
          citation: 'QĐ 50-QĐ/TW, Điều 5',
          parameters: {},
        },
      },
      {
        postCode: 'DH-QA-CT-UBND',
        cadreId: 'CB-0002',
        cadreName: 'Lê Thị Hoa',
        reason: 'discipline',
        check: {
          rule: 'planning_discipline',
          passed: false,
          detail: 'A reprimand was decided on 2026-11-02, after the cadre entered the plan on 2026-03-01.',
          citation: 'QĐ 50-QĐ/TW, Điều 9',
          parameters: {},
        },
      },
    ],
    tasks: [composeTask({ taskKey: 'review-1', stage: 'review' })],
    ...overrides,
  });
}

function setup(plan: PlanView, { compose = true, locale = 'vi' as 'vi' | 'en' } = {}) {
  const remove = vi.fn(() => Promise.resolve(plan));
  const onDone = vi.fn();
  renderPanel(<PlanReviewSection plan={plan} compose={compose} remove={remove} onDone={onDone} />, {
    locale,
  });
  return { remove, onDone, user: userEvent.setup() };
}

describe('the yearly review', () => {
  it('lists each proposal with the cadre’s name, the post, the reason and the rule’s detail and citation', () => {
    setup(reviewPlan());
    const rows = screen.getAllByTestId('plan-proposal');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Hoàng Văn Cường');
    expect(rows[0].textContent).toContain('Chủ tịch UBND · Xã Quảng An');
    expect(within(rows[0]).getByText('Tuổi')).toBeTruthy();
    expect(rows[0].textContent).toContain('Tuổi quy hoạch');
    expect(rows[0].textContent).toContain('Căn cứ: QĐ 50-QĐ/TW, Điều 5');
    expect(within(rows[1]).getByText('Kỷ luật')).toBeTruthy();
    expect(rows[1].textContent).toContain('Bị kỷ luật sau khi vào quy hoạch');
    expect(screen.getByText('Rà soát năm thứ 1')).toBeTruthy();
  });

  it('takes the cadre out with the proposal as the reason when HR accepts it', async () => {
    const { remove, onDone, user } = setup(reviewPlan());
    await user.click(screen.getByRole('button', { name: 'Chấp nhận đưa Hoàng Văn Cường ra khỏi quy hoạch' }));
    expect(remove).toHaveBeenCalledWith('plan/DH-QA/2025-2030', {
      postCode: 'DH-QA-CT-UBND',
      cadreId: 'CB-0001',
      reason: 'Rà soát: Tuổi — Less than a full term of service left before retirement.',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã đưa Hoàng Văn Cường ra khỏi quy hoạch.'));
  });

  it('keeps a cadre without sending anything, and lets HR reconsider', async () => {
    const { remove, user } = setup(reviewPlan());
    await user.click(screen.getByRole('button', { name: 'Giữ Lê Thị Hoa trong quy hoạch' }));
    const row = screen.getAllByTestId('plan-proposal')[1];
    expect(within(row).getByText('Giữ lại')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Chấp nhận/ })).toBeNull();
    expect(remove).not.toHaveBeenCalled();
    await user.click(within(row).getByRole('button', { name: 'Xem lại' }));
    expect(
      within(row).getByRole('button', { name: 'Chấp nhận đưa Lê Thị Hoa ra khỏi quy hoạch' }),
    ).toBeTruthy();
  });

  it('shows a proposal already accepted as taken out', () => {
    const plan = reviewPlan();
    plan.posts[0].candidates[0] = { ...plan.posts[0].candidates[0], status: 'removed' };
    setup(plan);
    const row = screen.getAllByTestId('plan-proposal')[0];
    expect(within(row).getByText('Đã đưa ra')).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('offers no choice to someone who does not hold the review task', () => {
    setup(reviewPlan(), { compose: false });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the reasons in English when switched', () => {
    setup(reviewPlan(), { locale: 'en' });
    const rows = screen.getAllByTestId('plan-proposal');
    expect(within(rows[0]).getByText('Age')).toBeTruthy();
    expect(within(rows[1]).getByText('Discipline')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Accept taking Hoàng Văn Cường out of the plan' }),
    ).toBeTruthy();
  });
});
