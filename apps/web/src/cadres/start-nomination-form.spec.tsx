import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { StartNominationRequest, StartNominationResponse } from '../api/types';
import { renderPanel } from '../test/render';
import { StartNominationForm } from './start-nomination-form';

const cadre = { code: 'CB-0001', fullName: 'Hoàng Văn Cường' };
const post = { code: 'DH-QA-CT-UBND', title: 'Chủ tịch UBND xã Quảng An', unitCode: 'DH-QA' };
const started: StartNominationResponse = {
  id: 'nomination/CB-0001/DH-QA-CT-UBND/1',
  state: 'pending',
  runId: 'run-1',
  recorded: true,
};

function setup(start: (body: StartNominationRequest) => Promise<StartNominationResponse>, withPost = true) {
  const onStarted = vi.fn();
  renderPanel(
    <StartNominationForm
      cadre={cadre}
      post={withPost ? post : null}
      proposer="U-HR-01"
      start={start}
      onStarted={onStarted}
    />,
  );
  return { onStarted, user: userEvent.setup() };
}

const approverInput = () => screen.getByLabelText('Mã người phê duyệt');

describe('the start-nomination form', () => {
  it('takes the chosen post and unit, the approvers in order, and sends them', async () => {
    const start = vi.fn(() => Promise.resolve(started));
    const { onStarted, user } = setup(start);
    expect((screen.getByLabelText('Mã chức danh') as HTMLInputElement).value).toBe('DH-QA-CT-UBND');
    expect((screen.getByLabelText('Mã đơn vị (không bắt buộc)') as HTMLInputElement).value).toBe('DH-QA');
    await user.type(approverInput(), 'U-BT-01{Enter}');
    await user.type(approverInput(), 'U-TCNV-01');
    await user.click(screen.getByRole('button', { name: 'Thêm' }));
    // Move U-TCNV-01 before U-BT-01.
    await user.click(screen.getByRole('button', { name: 'Lên: U-TCNV-01' }));
    const list = screen.getByRole('list', { name: 'Người phê duyệt, theo thứ tự' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Thứ 1U-TCNV-01'), expect.stringContaining('Thứ 2U-BT-01')]);
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    expect(start).toHaveBeenCalledWith({
      cadreId: 'CB-0001',
      postId: 'DH-QA-CT-UBND',
      unitCode: 'DH-QA',
      approverIds: ['U-TCNV-01', 'U-BT-01'],
    });
    const done = await screen.findByTestId('nomination-started');
    expect(done.textContent).toContain('Đã khởi tạo hồ sơ nomination/CB-0001/DH-QA-CT-UBND/1.');
    expect(within(done).getByRole('link', { name: 'Mở hồ sơ' }).getAttribute('href')).toBe(
      '/nominations/nomination/CB-0001/DH-QA-CT-UBND/1',
    );
    expect(onStarted).toHaveBeenCalledWith(started);
  });

  it('refuses, as it is typed, an approver twice, the nominee and the proposer', async () => {
    const { user } = setup(vi.fn());
    await user.type(approverInput(), 'U-TCNV-01{Enter}');
    for (const [code, message] of [
      ['U-TCNV-01', 'U-TCNV-01 đã có trong danh sách.'],
      ['CB-0001', 'Cán bộ được đề nghị không được tự phê duyệt hồ sơ của mình.'],
      ['U-HR-01', 'Người đề xuất không được phê duyệt hồ sơ mình đề xuất.'],
      ['U TCNV', 'Chỉ gồm chữ, số, dấu “.”, “_” hoặc “-”, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự.'],
    ]) {
      await user.clear(approverInput());
      await user.type(approverInput(), `${code}{Enter}`);
      expect(screen.getByRole('alert').textContent).toBe(message);
      expect(approverInput().getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getAllByText(/^Thứ \d$/)).toHaveLength(1);
  });

  it('lists every problem before sending anything, and moves focus to the list', async () => {
    const start = vi.fn();
    const { user } = setup(start, false);
    await user.type(screen.getByLabelText('Mã đơn vị (không bắt buộc)'), 'bad unit');
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Hồ sơ chưa hợp lệ');
    expect(summary.textContent).toContain('postId: Bắt buộc nhập.');
    expect(summary.textContent).toContain('approverIds: Cần ít nhất một người phê duyệt.');
    expect(summary.textContent).toContain('unitCode: Chỉ gồm chữ');
    await vi.waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByLabelText('Mã chức danh').getAttribute('aria-invalid')).toBe('true');
    expect(start).not.toHaveBeenCalled();
  });

  it("shows the API's 400 details beside their fields", async () => {
    const start = vi.fn(() =>
      Promise.reject(
        new ApiError(400, {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request',
          details: [{ field: 'postId', problem: 'no post DH-QA-CT-UBND is open for nomination' }],
        }),
      ),
    );
    const { user } = setup(start);
    await user.type(approverInput(), 'U-TCNV-01{Enter}');
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'postId: no post DH-QA-CT-UBND is open for nomination',
    );
    const postInput = screen.getByLabelText('Mã chức danh');
    expect(postInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = postInput.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'no post DH-QA-CT-UBND is open for nomination',
    );
  });

  it('shows a refusal that is not about a field (a 403) as an error', async () => {
    const start = vi.fn(() => Promise.reject(new ApiError(403, { message: 'needs role hr_officer' })));
    const { user } = setup(start);
    await user.type(approverInput(), 'U-TCNV-01{Enter}');
    await user.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bạn không có quyền thực hiện thao tác này.');
    expect(alert.textContent).toContain('needs role hr_officer');
  });
});
