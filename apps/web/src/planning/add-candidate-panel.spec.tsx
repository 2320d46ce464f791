import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { AddPlanCandidateRequest, PlanCandidateCheck, PlanView } from '../api/plan-types';
import type { CadreView, RuleCheck } from '../api/types';
import { renderPanel } from '../test/render';
import { planView } from '../test/plan-fixtures';
import { page } from '../test/rotation-fixtures';
import { PlanBoard, type BoardCommands } from './plan-board';

const MINH = { code: 'CB-0042', fullName: 'Phan Văn Minh', currentPost: null } as unknown as CadreView;
const rule = (rule: string, passed: boolean, detail: string, citation: string): RuleCheck => ({
  rule,
  passed,
  detail,
  citation,
  parameters: {},
});
const FAILING: PlanCandidateCheck = {
  admissible: false,
  checks: [
    rule('active_status', true, 'The cadre is in service.', 'QĐ 50-QĐ/TW, Điều 4'),
    rule(
      'planned_posts_limit',
      false,
      'The cadre is planned for 3 posts at commune level; at most 3 are allowed.',
      'QĐ 50-QĐ/TW, Điều 5, khoản 2',
    ),
  ],
};
const PASSING: PlanCandidateCheck = {
  admissible: true,
  checks: FAILING.checks.map((c) => ({ ...c, passed: true })),
};

function setup(check: BoardCommands['check'], add?: BoardCommands['add']) {
  const commands: BoardCommands = {
    searchCadres: vi.fn(() => Promise.resolve(page([MINH]))),
    check: vi.fn(check),
    add: vi.fn(add ?? (() => Promise.resolve(planView()))),
    remove: vi.fn(),
  };
  const onDone = vi.fn();
  renderPanel(<PlanBoard plan={planView()} compose commands={commands} onDone={onDone} />);
  return { commands, onDone, user: userEvent.setup() };
}

async function pickMinh(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Thêm người vào quy hoạch Phó Chủ tịch UBND' }));
  const panel = screen.getByTestId('add-candidate');
  await user.type(within(panel).getByRole('searchbox'), 'Minh');
  await user.click(within(panel).getByRole('button', { name: 'Tìm cán bộ' }));
  await user.click(await within(panel).findByRole('button', { name: 'Chọn Phan Văn Minh' }));
  return panel;
}

describe('adding a candidate to a post', () => {
  it('checks the cadre as soon as they are picked, shows the failed rule with its citation and keeps Add disabled', async () => {
    const { commands, user } = setup(() => Promise.resolve(FAILING));
    const panel = await pickMinh(user);
    expect(commands.check).toHaveBeenCalledWith(
      'plan/DH-QA/2025-2030',
      { postCode: 'DH-QA-PCT-UBND', cadreId: 'CB-0042' },
      expect.any(AbortSignal),
    );
    const checks = await within(panel).findByTestId('candidate-checks');
    expect(checks.textContent).toContain('Chưa đủ điều kiện');
    const failed = within(checks)
      .getAllByRole('listitem')
      .find((li) => li.className.includes('check-fail')) as HTMLElement;
    expect(failed.textContent).toContain('Số chức danh quy hoạch');
    expect(failed.textContent).toContain('Không đạt');
    expect(failed.textContent).toContain('Căn cứ: QĐ 50-QĐ/TW, Điều 5, khoản 2');
    expect(within(panel).getByRole('button', { name: 'Thêm vào quy hoạch' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(commands.add).not.toHaveBeenCalled();
  });

  it('shows progress while checking, then adds an admissible cadre with the note', async () => {
    let answer: (c: PlanCandidateCheck) => void = () => undefined;
    const { commands, onDone, user } = setup(() => new Promise((resolve) => (answer = resolve)));
    const panel = await pickMinh(user);
    expect(within(panel).getByRole('status').textContent).toContain('Đang kiểm tra các điều kiện');
    const add = within(panel).getByRole('button', { name: 'Thêm vào quy hoạch' });
    expect(add).toHaveProperty('disabled', true);
    answer(PASSING);
    await waitFor(() => expect(add).toHaveProperty('disabled', false));
    await user.type(within(panel).getByLabelText('Ghi chú (không bắt buộc)'), 'Trưởng thành từ cơ sở');
    await user.click(add);
    expect(commands.add).toHaveBeenCalledWith('plan/DH-QA/2025-2030', {
      postCode: 'DH-QA-PCT-UBND',
      cadreId: 'CB-0042',
      reason: 'Trưởng thành từ cơ sở',
    } satisfies AddPlanCandidateRequest);
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Đã đưa Phan Văn Minh vào quy hoạch Phó Chủ tịch UBND.'),
    );
  });

  it('says which rule refused the addition and what to do next', async () => {
    const refusal = new ApiError(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'candidates_per_post: post DH-QA-PCT-UBND has 4 planned candidate(s); at most 3 are allowed.',
    });
    const { onDone, user } = setup(
      () => Promise.resolve(PASSING),
      () => Promise.reject<PlanView>(refusal),
    );
    const panel = await pickMinh(user);
    const add = within(panel).getByRole('button', { name: 'Thêm vào quy hoạch' });
    await waitFor(() => expect(add).toHaveProperty('disabled', false));
    await user.click(add);
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Không thêm được: một điều kiện không đạt.');
    expect(alert.textContent).toContain('candidates_per_post');
    expect(within(panel).getByTestId('plan-error-next').textContent).toContain(
      'chọn người hoặc chức danh khác',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('forgets the check when the cadre is changed', async () => {
    const { user } = setup(() => Promise.resolve(PASSING));
    const panel = await pickMinh(user);
    await within(panel).findByTestId('candidate-checks');
    await user.click(within(panel).getByRole('button', { name: 'Đổi cán bộ' }));
    expect(within(panel).queryByTestId('candidate-checks')).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Thêm vào quy hoạch' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
