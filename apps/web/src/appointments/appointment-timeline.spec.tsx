import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../api/types';
import { renderPanel } from '../test/render';
import { twoUserDirectory as directory } from '../test/name-fixtures';
import { NameProvider } from '../ui/names';
import { AppointmentTimeline } from './appointment-timeline';

const reassigned: TimelineEntry = {
  seq: 7,
  stepKey: 'task_reassigned:r1-org-office:1',
  kind: 'task_reassigned',
  actor: 'U-TCNV-01',
  payload: { taskKey: 'r1-org-office', from: 'U-TCNV-01', to: 'U-PBT-01', reason: 'Đi công tác' },
  occurredAt: '2026-03-02T03:00:00.000Z',
  recordedAt: '2026-03-02T03:00:00.000Z',
};

describe('the timeline names people, not user ids', () => {
  it.each([
    { locale: 'vi' as const, by: 'Người thực hiện', to: 'Giao cho' },
    { locale: 'en' as const, by: 'By', to: 'To' },
  ])('names who reassigned a task and to whom ($locale)', async ({ locale, by, to }) => {
    renderPanel(
      <NameProvider cache={directory()}>
        <AppointmentTimeline entries={[reassigned]} />
      </NameProvider>,
      { locale },
    );
    const step = within(screen.getByTestId('timeline')).getByRole('listitem');
    await waitFor(() => expect(step.textContent).toContain(`${by}: Trần Văn Tổ U-TCNV-01`));
    expect(step.textContent).toContain(`${to}: Lê Văn Phó U-PBT-01`);
  });
});
