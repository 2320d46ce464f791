import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { FocusedError } from './focused-error';

const refusal = (message: string) =>
  new ApiError(409, { statusCode: 409, error: 'Conflict', code: 'tally_entered', message });

/** A form's button that is refused each time it is pressed, with a new answer. */
function Refused() {
  const [error, setError] = useState<unknown>(null);
  const [n, setN] = useState(0);
  return (
    <>
      <button type="button" onClick={() => (setN(n + 1), setError(refusal(`refused ${n + 1}`)))}>
        Gửi
      </button>
      {error !== null && <FocusedError error={error} testId="refused" />}
    </>
  );
}

describe('a refusal of what was sent takes the focus', () => {
  it('when it appears, and again when the next answer is refused too', async () => {
    renderPanel(<Refused />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('refused')));
    expect(screen.getByRole('alert').textContent).toContain('Kết quả kiểm phiếu đã được nhập.');
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('refused')));
  });
});
