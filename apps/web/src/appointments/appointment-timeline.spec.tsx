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

describe('the timeline names the dossier gate’s steps in words', () => {
  const step = (seq: number, kind: string, actor = 'system'): TimelineEntry => ({
    seq,
    stepKey: `${seq}/${kind}`,
    kind,
    actor,
    payload: {},
    occurredAt: '2026-03-02T03:00:00.000Z',
    recordedAt: '2026-03-02T03:00:00.000Z',
  });
  const gate = [
    step(3, 'dossier_checked'),
    step(4, 'dossier_documents_added', 'U-TCNV-01'),
    step(5, 'dossier_item_expired'),
    step(6, 'dossier_exception_granted', 'U-PBT-01'),
    step(7, 'dossier_completed', 'U-TCNV-01'),
  ];

  it.each([
    {
      locale: 'vi' as const,
      words: [
        'Kiểm tra hồ sơ',
        'Bổ sung tài liệu vào hồ sơ',
        'Thành phần hồ sơ hết hạn',
        'Chấp thuận ngoại lệ về hồ sơ',
        'Hồ sơ đã đầy đủ',
      ],
    },
    {
      locale: 'en' as const,
      words: [
        'Dossier checked',
        'Documents added to the dossier',
        'A dossier item expired',
        'Dossier exception granted',
        'Dossier complete',
      ],
    },
  ])('($locale)', ({ locale, words }) => {
    renderPanel(
      <NameProvider cache={directory()}>
        <AppointmentTimeline entries={gate} />
      </NameProvider>,
      { locale },
    );
    const steps = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('strong')?.textContent)).toEqual(words);
  });
});
