import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { ErrorMessage } from './errors';

const failure = (status: number) => new ApiError(status, { statusCode: status, error: 'x', message: 'no' });

describe('trying again', () => {
  it.each([400, 403, 404, 422])('is not offered after a %i: trying again would not change it', (status) => {
    renderPanel(<ErrorMessage error={failure(status)} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  it.each([0, 500, 503])('is offered after a %i, which may pass', (status) => {
    renderPanel(<ErrorMessage error={failure(status)} onRetry={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});
