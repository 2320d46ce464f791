import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { RotationView, StartRotationRequest } from '../api/rotation-types';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import {
  CADRE,
  DESTINATION,
  fillParties,
  fillPartiesBesidesCollective,
  KEY_CADRES,
  page,
  PARTIES,
  STANDING_COMMITTEE,
  USERS,
} from '../test/rotation-fixtures';
import { renderPanel } from '../test/render';
import { RotationProposalForm } from './rotation-proposal-form';

const started = () =>
  vi.fn((_body: StartRotationRequest) => Promise.resolve({ id: 'rotation/CB-0007/1' } as RotationView));

function setup(start = started(), standingBodies: readonly StandingBodyView[] = []) {
  const onStarted = vi.fn();
  const searchCadres = vi.fn(() => Promise.resolve(page([CADRE])));
  const searchPosts = vi.fn(() => Promise.resolve(page([DESTINATION])));
  renderPanel(
    <RotationProposalForm
      users={USERS}
      standingBodies={standingBodies}
      proposer="U-HR-01"
      searchCadres={searchCadres}
      searchPosts={searchPosts}
      start={start}
      onStarted={onStarted}
    />,
  );
  return { start, onStarted, searchCadres, user: userEvent.setup() };
}

async function chooseMove(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('searchbox', { name: 'Tìm cán bộ theo tên hoặc mã' }), 'nguyen van an');
  await user.click(screen.getByRole('button', { name: 'Tìm cán bộ' }));
  await user.click(await screen.findByRole('button', { name: 'Chọn Nguyễn Văn An' }));
  await user.click(screen.getByRole('button', { name: 'Tìm chức danh' }));
  await user.click(await screen.findByRole('button', { name: 'Chọn: Chủ tịch UBND (DH-QL-CT-UBND)' }));
  await user.click(screen.getByRole('radio', { name: 'Bố trí bí thư, chủ tịch không là người địa phương' }));
}

describe('the rotation proposal form', () => {
  it('prefills the current post, offers to replace the holder of a head post, and sends the right body', async () => {
    const { start, onStarted, searchCadres, user } = setup();
    await chooseMove(user);
    expect(searchCadres).toHaveBeenCalledWith({ q: 'nguyen van an', limit: 8, offset: 0 });
    expect(screen.getByTestId('from-post').textContent).toContain('Chủ tịch UBND · Xã Quảng An');
    expect(screen.getByText('Xã Quảng Lâm', { selector: 'strong' })).toBeTruthy();
    expect((screen.getByLabelText('Thời gian luân chuyển (tháng)') as HTMLInputElement).value).toBe('36');
    await user.click(screen.getByRole('checkbox', { name: 'Thay người đang giữ chức danh này' }));
    await fillParties(user);
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));

    expect(start).toHaveBeenCalledWith({
      cadreId: 'CB-0007',
      fromPostId: 'DH-QA-CT-UBND',
      toUnitCode: 'DH-QL',
      toPostId: 'DH-QL-CT-UBND',
      reason: 'non_local_rule',
      months: 36,
      replaceHolder: true,
      legalBasis: 'QD65-2022',
      ...PARTIES,
    });
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
  });

  it('checks before sending: every missing field at once, a rotation shorter than 36 months, the cadre among those who vote', async () => {
    const { start, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    expect(start).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Cán bộ luân chuyển: Bắt buộc.');
    expect(summary.textContent).toContain('Lý do luân chuyển: Bắt buộc.');
    expect(summary.textContent).toContain('Người của đơn vị nhận: Cần ít nhất một người/bước.');

    await chooseMove(user);
    await user.clear(screen.getByLabelText('Thời gian luân chuyển (tháng)'));
    await user.type(screen.getByLabelText('Thời gian luân chuyển (tháng)'), '24');
    await fillParties(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Người ký quyết định/ }), 'U-CB-0007');
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    expect(start).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Thời gian luân chuyển: Ít nhất 36 tháng.');
    expect(screen.getByRole('alert').textContent).toContain(
      'Người ký quyết định: Cán bộ được luân chuyển không được tham gia biểu quyết hay ký duyệt.',
    );
    expect(screen.getByLabelText('Thời gian luân chuyển (tháng)').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API’s field problems of a 400 at their fields', async () => {
    const start = vi.fn((_body: StartRotationRequest): Promise<RotationView> =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          details: [
            {
              field: 'toPostId',
              problem: 'the post is held by CB-0011: tick replaceHolder or rotate the holder out',
            },
            { field: 'receivingIds[0]', problem: 'U-QL-01 is not a user of the receiving unit DH-QL' },
          ],
        }),
      ),
    );
    const { onStarted, user } = setup(start);
    await chooseMove(user);
    await fillParties(user);
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Chức danh ở đơn vị nhận: the post is held by CB-0011: tick replaceHolder or rotate the holder out',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Người của đơn vị nhận: U-QL-01 is not a user of the receiving unit DH-QL',
    );
    const receiving = screen.getByRole('group', {
      name: 'Người của đơn vị nhận (tiếp nhận, đánh giá hằng năm)',
    });
    expect(receiving.querySelector('select')?.getAttribute('aria-invalid')).toBe('true');
    expect(receiving.querySelector('.field-error')?.textContent).toBe(
      'U-QL-01 is not a user of the receiving unit DH-QL',
    );
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('writes the API’s coded field problems in Vietnamese, people, cadres, posts and units by name', async () => {
    const start = vi.fn((_body: StartRotationRequest): Promise<RotationView> =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu chưa hợp lệ ở trường: toPostId, receivingIds.',
          details: [
            {
              field: 'toPostId',
              problem: 'Chức danh DH-QL-CT-UBND thuộc đơn vị DH-QL, không phải DH-QA.',
              reason: 'is a post of unit DH-QL, not of DH-QA',
              code: 'post_of_other_unit',
              params: { post: 'DH-QL-CT-UBND', postUnit: 'DH-QL', unit: 'DH-QA' },
            },
            {
              field: 'receivingIds[0]',
              problem: 'U-QL-01 thuộc đơn vị DH-QA, không xem và xử lý được hồ sơ của đơn vị DH-QL.',
              reason: 'names U-QL-01 of unit DH-QA, who can neither see nor act in unit DH-QL',
              code: 'user_out_of_reach',
              params: { user: 'U-QL-01', userUnit: 'DH-QA', unit: 'DH-QL' },
            },
            {
              field: 'cadreId',
              problem: 'Cán bộ CB-0007 đã nghỉ hưu.',
              code: 'cadre_not_active',
              params: { cadre: 'CB-0007', status: 'retired' },
            },
          ],
        }),
      ),
    );
    const { user } = setup(start);
    await chooseMove(user);
    await fillParties(user);
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Chức danh ở đơn vị nhận: Chức danh Chủ tịch UBND thuộc Xã Quảng Lâm, không thuộc Xã Quảng An.',
      ),
    );
    const summary = screen.getByRole('alert').textContent;
    expect(summary).toContain(
      'Người của đơn vị nhận: Đỗ Thị Nhận (U-QL-01) thuộc Xã Quảng An, không xem và xử lý được hồ sơ của Xã Quảng Lâm.',
    );
    expect(summary).toContain('Cán bộ Nguyễn Văn An đã nghỉ hưu.');
    expect(summary).not.toContain('CB-0007');
  });

  it('takes the collective from the only standing committee at once, and from another body in one pick', async () => {
    const { start, user } = setup(started(), [KEY_CADRES, STANDING_COMMITTEE]);
    const collective = screen.getByRole('group', { name: 'Tập thể lãnh đạo xem xét, biểu quyết' });
    const pick = within(collective).getByRole('combobox', { name: 'Chọn tập thể' });
    await waitFor(() => expect((pick as HTMLSelectElement).value).toBe('body-btv'));
    await chooseMove(user);
    await fillPartiesBesidesCollective(user);
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    expect(start.mock.calls[0][0].collective).toEqual({
      summonedIds: ['U-BT-01', 'U-PBT-01', 'U-TCNV-01'],
      secretaryId: 'U-PBT-01',
      headId: 'U-BT-01',
    });

    await user.selectOptions(pick, 'body-cc');
    await user.click(screen.getByRole('button', { name: 'Gửi đề xuất luân chuyển' }));
    expect(start.mock.calls[1][0].collective).toEqual({
      summonedIds: ['U-CT-01', 'U-QL-01'],
      secretaryId: 'U-QL-01',
      headId: 'U-CT-01',
    });
  });

  it('leaves the collective to HR when they pick no body, and chooses none where there are two committees', async () => {
    const other = { ...STANDING_COMMITTEE, id: 'body-btv-2', code: 'DH-BTV-2' };
    const { user } = setup(started(), [STANDING_COMMITTEE, other]);
    const collective = screen.getByRole('group', { name: 'Tập thể lãnh đạo xem xét, biểu quyết' });
    const pick = within(collective).getByRole('combobox', { name: 'Chọn tập thể' }) as HTMLSelectElement;
    expect(pick.value).toBe('');
    await user.selectOptions(pick, 'body-btv');
    await user.selectOptions(pick, '');
    expect(pick.value).toBe('');
    expect(within(collective).getByRole('combobox', { name: 'Thành phần triệu tập' })).toBeTruthy();
  });
});
