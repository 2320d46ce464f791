import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { EvaluateRotationRequest } from '../api/rotation-types';
import { renderPanel } from '../test/render';
import { EvaluationForm } from './evaluation-form';
import { evaluationYearOf } from './rotation-task-keys';

const ID = 'rotation/CB-0007/1';

function setup(
  submit = vi.fn((_id: string, _body: EvaluateRotationRequest) => Promise.resolve({})),
  locale: 'vi' | 'en' = 'vi',
) {
  const onDone = vi.fn();
  renderPanel(<EvaluationForm rotationId={ID} year={2} submit={submit} onDone={onDone} />, { locale });
  return { submit, onDone, user: userEvent.setup() };
}

describe('the yearly evaluation form', () => {
  it('reads the year from the task key', () => {
    expect(evaluationYearOf('evaluation-3')).toBe(3);
    expect(evaluationYearOf('end-of-term-1')).toBeNull();
  });

  it('needs a rating in words and a comment, then sends the year, the rating and the trimmed comment', async () => {
    const { submit, onDone, user } = setup();
    expect(screen.getByRole('heading', { name: 'Đánh giá cán bộ luân chuyển, năm thứ 2' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đánh giá' }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Vui lòng chọn xếp loại.',
      'Vui lòng nhập nhận xét.',
    ]);

    await user.click(screen.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' }));
    await user.type(screen.getByLabelText('Nhận xét'), '  Nắm chắc địa bàn, điều hành tốt.  ');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đánh giá' }));
    expect(submit).toHaveBeenCalledWith(ID, {
      year: 2,
      rating: 'good',
      comment: 'Nắm chắc địa bàn, điều hành tốt.',
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã ghi nhận đánh giá.'));
  });

  it('says a refusal in words, in English too', async () => {
    const submit = vi.fn((_id: string, _body: EvaluateRotationRequest) =>
      Promise.reject(
        new ApiError(409, {
          statusCode: 409,
          error: 'Conflict',
          message: 'year 2 is already evaluated',
          code: 'task_closed',
        }),
      ),
    );
    const { onDone, user } = setup(submit, 'en');
    await user.click(screen.getByRole('radio', { name: /excellent/i }));
    await user.type(screen.getByLabelText('Comment'), 'Strong year.');
    await user.click(screen.getByRole('button', { name: 'Record the evaluation' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('already'));
    expect(onDone).not.toHaveBeenCalled();
  });
});
