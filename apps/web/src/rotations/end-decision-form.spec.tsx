import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EndEarlyRequest, EndOfTermRequest } from '../api/rotation-types';
import { DESTINATION, page } from '../test/rotation-fixtures';
import { renderPanel } from '../test/render';
import { EndDecisionForm } from './end-decision-form';
import { toEndOfTermRequest } from './end-of-term-logic';

const ID = 'rotation/CB-0007/1';
const FORMER = { code: 'DH-QA-CT-UBND', label: 'Chủ tịch UBND · Xã Quảng An' };
const searchPosts = () => Promise.resolve(page([DESTINATION]));

function endOfTerm(submit = vi.fn((_id: string, _body: EndOfTermRequest) => Promise.resolve({}))) {
  const onDone = vi.fn();
  renderPanel(
    <EndDecisionForm
      mode="end_of_term"
      rotationId={ID}
      lastDay="31/05/2029"
      former={FORMER}
      searchPosts={searchPosts}
      submit={submit}
      onDone={onDone}
    />,
  );
  return { submit, onDone, user: userEvent.setup() };
}

async function decision(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Số quyết định'), ' 88/QĐ-UBND ');
  await user.type(screen.getByLabelText('Ngày hiệu lực (dd/mm/yyyy)'), '01/06/2029');
}

describe('the end-of-rotation decision', () => {
  it('returns the cadre to the former post in one click, with the decision’s number and date', async () => {
    const { submit, onDone, user } = endOfTerm();
    expect(screen.getByText(/kết thúc ngày 31\/05\/2029/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ký quyết định' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Vui lòng chọn chức danh.',
      'Vui lòng nhập số quyết định.',
      'Ngày không hợp lệ (dd/mm/yyyy).',
    ]);
    await user.click(screen.getByRole('button', { name: 'Chọn chức danh cũ' }));
    await decision(user);
    await user.click(screen.getByRole('button', { name: 'Ký quyết định' }));
    expect(submit).toHaveBeenCalledWith(ID, {
      choice: 'return',
      postId: 'DH-QA-CT-UBND',
      number: '88/QĐ-UBND',
      effectiveDate: '2029-06-01',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã ký quyết định kết thúc luân chuyển.'));
  });

  it('reassigns to a post found by the picker, and extends only by whole months', async () => {
    const { submit, user } = endOfTerm();
    await user.click(screen.getByRole('radio', { name: 'Bố trí công tác khác' }));
    expect(screen.queryByRole('button', { name: 'Chọn chức danh cũ' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Tìm chức danh' }));
    await user.click(await screen.findByRole('button', { name: 'Chọn: Chủ tịch UBND (DH-QL-CT-UBND)' }));
    await decision(user);
    await user.click(screen.getByRole('button', { name: 'Ký quyết định' }));
    expect(submit).toHaveBeenLastCalledWith(ID, {
      choice: 'reassign',
      postId: 'DH-QL-CT-UBND',
      number: '88/QĐ-UBND',
      effectiveDate: '2029-06-01',
    });

    await user.click(screen.getByRole('radio', { name: 'Kéo dài thời gian luân chuyển' }));
    const months = screen.getByLabelText('Số tháng kéo dài');
    await user.clear(months);
    await user.type(months, '1.5');
    await user.click(screen.getByRole('button', { name: 'Ký quyết định' }));
    expect(screen.getByRole('alert').textContent).toBe('Số tháng phải là số nguyên dương.');
    await user.clear(months);
    await user.type(months, '12');
    await user.click(screen.getByRole('button', { name: 'Ký quyết định' }));
    expect(submit).toHaveBeenLastCalledWith(ID, {
      choice: 'extend',
      months: 12,
      number: '88/QĐ-UBND',
      effectiveDate: '2029-06-01',
    });
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('keeps the cadre where they are without a post', () => {
    expect(
      toEndOfTermRequest({
        choice: 'keep',
        postId: '',
        months: '',
        number: '9/QĐ',
        effectiveDate: '1/6/2029',
        reason: '',
      }),
    ).toEqual({ body: { choice: 'keep', number: '9/QĐ', effectiveDate: '2029-06-01' } });
  });

  it('ends early only with a reason, returning or reassigning', async () => {
    const submit = vi.fn((_id: string, _body: EndEarlyRequest) => Promise.resolve({}));
    const onDone = vi.fn();
    renderPanel(
      <EndDecisionForm
        mode="early"
        rotationId={ID}
        former={FORMER}
        searchPosts={searchPosts}
        submit={submit}
        onDone={onDone}
      />,
    );
    const user = userEvent.setup();
    expect(screen.queryByRole('radio', { name: 'Kéo dài thời gian luân chuyển' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Chọn chức danh cũ' }));
    await decision(user);
    await user.click(screen.getByRole('button', { name: 'Ký quyết định kết thúc' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Vui lòng nêu lý do.');
    await user.type(screen.getByLabelText('Lý do kết thúc trước thời hạn'), 'Yêu cầu công tác');
    await user.click(screen.getByRole('button', { name: 'Ký quyết định kết thúc' }));
    expect(submit).toHaveBeenCalledWith(ID, {
      choice: 'return',
      postId: 'DH-QA-CT-UBND',
      reason: 'Yêu cầu công tác',
      number: '88/QĐ-UBND',
      effectiveDate: '2029-06-01',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã kết thúc luân chuyển trước thời hạn.'));
  });
});
