import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { renderPanel } from '../test/render';
import { ErrorMessage } from './errors';
import { twoUserDirectory as directory } from '../test/name-fixtures';
import { NameProvider, withUserLabels } from './names';

/** A refusal as the API writes it in the user's language from its code and params. */
const refusal = (message: string, params: Record<string, string | string[]>, reason: string) =>
  new ApiError(403, { statusCode: 403, error: 'Forbidden', code: 'not_assignee', message, params, reason });

describe('refusals name people, not user ids', () => {
  it.each([
    {
      locale: 'vi' as const,
      message: 'Nhiệm vụ này giao cho U-TCNV-01 hoặc U-PBT-01, không phải bạn.',
      named: 'Nhiệm vụ này giao cho Trần Văn Tổ (U-TCNV-01) hoặc Lê Văn Phó (U-PBT-01), không phải bạn.',
    },
    {
      locale: 'en' as const,
      message: 'This task is for U-TCNV-01 or U-PBT-01, not you.',
      named: 'This task is for Trần Văn Tổ (U-TCNV-01) or Lê Văn Phó (U-PBT-01), not you.',
    },
  ])('writes the holders of the task by name ($locale)', async ({ locale, message, named }) => {
    const error = refusal(message, { assignees: ['U-TCNV-01', 'U-PBT-01'] }, 'not an assignee');
    renderPanel(
      <NameProvider cache={directory()}>
        <ErrorMessage error={error} />
      </NameProvider>,
      { locale },
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(named));
  });

  it('keeps an id the directory does not know, and replaces whole ids only', () => {
    const label = (id: string) => (id === 'U-BT-01' ? 'Trần Văn Bình (U-BT-01)' : id);
    expect(withUserLabels('U-BT-01, U-BT-010, U-GONE', ['U-BT-01', 'U-GONE'], label)).toBe(
      'Trần Văn Bình (U-BT-01), U-BT-010, U-GONE',
    );
  });
});
