import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { RotationBatchView, StartRotationBatchRequest } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import {
  fillParties,
  fillPartiesBesidesCollective,
  PARTIES,
  PLAN,
  STANDING_COMMITTEE,
  USERS,
} from '../test/rotation-fixtures';
import { renderPanel } from '../test/render';
import { PlanAcceptForm } from './plan-accept-form';
import { planMoveCounts } from './planner-logic';

function setup(
  startBatch = vi.fn((_body: StartRotationBatchRequest) =>
    Promise.resolve({ id: 'b-1' } as RotationBatchView),
  ),
  standingBodies: readonly StandingBodyView[] = [],
) {
  const onStarted = vi.fn();
  renderPanel(
    <PlanAcceptForm
      plan={PLAN}
      users={USERS}
      standingBodies={standingBodies}
      proposer="U-HR-01"
      startBatch={startBatch}
      onStarted={onStarted}
      onCancel={() => undefined}
    />,
  );
  return { startBatch, onStarted, user: userEvent.setup() };
}

describe('accepting a rotation plan', () => {
  it('starts one batch of exactly the plan’s moves, with the parties chosen and a fresh idempotency key', async () => {
    const { startBatch, onStarted, user } = setup();
    await fillParties(user);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu 2 quy trình luân chuyển' }));
    expect(startBatch).toHaveBeenCalledTimes(1);
    const body = startBatch.mock.calls[0][0];
    expect(body).toEqual({
      idempotencyKey: expect.stringMatching(/^plan-.+/),
      parties: PARTIES,
      legalBasis: 'QD65-2022',
      rotations: PLAN.moves.map((m) => m.move),
    });
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith({ id: 'b-1' }));
  });

  it('sends the same key again when the first answer was lost, and shows a 400 on the parties’ fields', async () => {
    const startBatch = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(0, { message: 'Failed to fetch' }))
      .mockRejectedValueOnce(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [{ field: 'parties.signerId', problem: 'names no active user of the directory' }],
        }),
      );
    const { user } = setup(startBatch);
    await fillParties(user);
    const send = screen.getByRole('button', { name: 'Bắt đầu 2 quy trình luân chuyển' });
    await user.click(send);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Không kết nối được'));
    await user.click(send);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Người ký quyết định: names no active user of the directory',
      ),
    );
    const [first, second] = startBatch.mock.calls.map(
      (c) => (c[0] as StartRotationBatchRequest).idempotencyKey,
    );
    expect(second).toBe(first);
  });

  it('keeps the rotated cadres out of the collective', async () => {
    const { startBatch, user } = setup();
    await fillParties(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Người ký quyết định/ }), 'U-CB-0007');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu 2 quy trình luân chuyển' }));
    expect(startBatch).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Cán bộ được luân chuyển không được tham gia');
  });

  it('takes the collective of every rotation of the plan from the only standing committee', async () => {
    const { startBatch, user } = setup(undefined, [STANDING_COMMITTEE]);
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Chọn tập thể' }) as HTMLSelectElement).value).toBe(
        'body-btv',
      ),
    );
    await fillPartiesBesidesCollective(user);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu 2 quy trình luân chuyển' }));
    expect(startBatch.mock.calls[0][0].parties.collective).toEqual({
      summonedIds: ['U-BT-01', 'U-PBT-01', 'U-TCNV-01'],
      secretaryId: 'U-PBT-01',
      headId: 'U-BT-01',
    });
  });

  it('draws the moves unit to unit for the Sankey, a swap as two bands', () => {
    expect(planMoveCounts(PLAN, []).map((m) => [m.from?.unitName, m.to.unitName, m.count])).toEqual([
      ['Xã Quảng An', 'Xã Quảng Lâm', 1],
      ['Xã Quảng Lâm', 'Xã Quảng An', 1],
    ]);
  });
});
