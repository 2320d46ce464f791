import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProcedureDetail, TaskView } from '@personnel/contracts';
import { renderPanel } from '../test/render';
import { task } from '../test/appointment-fixtures';
import { NextStep } from './next-step';
import { nextAfterConference } from './next-step-logic';

const ID = 'appointment/DH-QA-CT-UBND/1';
const CONFERENCE_1 = `${ID}/conference/1`;

const conference = (index: number, status: TaskView['status'] = 'open') =>
  task({
    taskKey: `conference-${index}`,
    kind: 'conference',
    label: index === 2 ? 'Lấy ý kiến nơi cán bộ đang công tác' : 'Tập thể lãnh đạo thảo luận, đề xuất',
    conferenceId: `${ID}/conference/${index}`,
    assigneeIds: ['U-TK-01', 'U-CT-01'],
    actions: [],
    status,
  });

const procedure = (tasks: TaskView[], state = 'in_progress', stage = 'home_unit_consultation') =>
  ({ id: ID, kind: 'appointment', state, stage, tasks, timeline: [] }) as unknown as ProcedureDetail;

describe('what comes after a conference result', () => {
  it('waits while the conference is still open in the read model, then names what the workflow opened', () => {
    expect(nextAfterConference(procedure([conference(1)]), CONFERENCE_1).kind).toBe('moving');
    const signOff = task({ actions: [] });
    const next = nextAfterConference(
      procedure([conference(1, 'done'), signOff, conference(2)]),
      CONFERENCE_1,
    );
    expect(next).toEqual({ kind: 'tasks', stage: 'home_unit_consultation', tasks: [conference(2), signOff] });
    expect(nextAfterConference(procedure([conference(1, 'done')], 'not_passed'), CONFERENCE_1)).toEqual({
      kind: 'ended',
      state: 'not_passed',
    });
  });

  const show = (detail: ProcedureDetail, locale: 'vi' | 'en') =>
    renderPanel(
      <NextStep
        procedureId={ID}
        conferenceId={CONFERENCE_1}
        read={() => Promise.resolve({ data: detail, changed: true })}
      />,
      { locale },
    );

  it.each([
    {
      locale: 'vi' as const,
      link: 'Mở hội nghị tiếp theo: Lấy ý kiến nơi cán bộ đang công tác',
      stage: 'Lấy ý kiến nơi công tác',
    },
    {
      locale: 'en' as const,
      link: 'Open the next conference: Lấy ý kiến nơi cán bộ đang công tác',
      stage: 'Home unit consultation',
    },
  ])('links the next conference to its own screen ($locale)', async ({ locale, link, stage }) => {
    show(procedure([conference(1, 'done'), conference(2)]), locale);
    const next = await screen.findByRole('link', { name: link });
    expect(next.getAttribute('href')).toBe('/appointments/DH-QA-CT-UBND/1/conferences/2');
    expect(screen.getByTestId('conference-next').textContent).toContain(stage);
  });

  it.each([
    {
      locale: 'vi' as const,
      act: 'Xử lý: Cơ quan Tổ chức - Nội vụ thẩm định',
      see: 'Xem: Bí thư ký',
      held: 'Người xử lý: U-BT-01',
    },
    {
      locale: 'en' as const,
      act: 'Act on: Cơ quan Tổ chức - Nội vụ thẩm định',
      see: 'See: Bí thư ký',
      held: 'Held by: U-BT-01',
    },
  ])(
    'offers the sign-off the reader may act on, and says who holds the rest ($locale)',
    async ({ locale, act, see, held }) => {
      const mine = task();
      const theirs = task({
        taskKey: 'r1-secretary',
        label: 'Bí thư ký',
        assigneeIds: ['U-BT-01'],
        actions: [],
      });
      show(procedure([conference(1, 'done'), theirs, mine], 'in_progress', 'sign_off'), locale);
      const link = await screen.findByRole('link', { name: act });
      expect(link.getAttribute('href')).toBe('/appointments/DH-QA-CT-UBND/1?task=r1-org-office');
      expect(screen.getByRole('link', { name: see })).toBeTruthy();
      expect(screen.getByTestId('conference-next').textContent).toContain(held);
    },
  );

  it.each([
    { locale: 'vi' as const, text: 'Tình trạng quy trình: Không đạt biểu quyết.', back: 'Xem quy trình' },
    {
      locale: 'en' as const,
      text: 'The procedure now stands: Not passed by vote.',
      back: 'See the procedure',
    },
  ])('says how the procedure ended when nothing follows ($locale)', async ({ locale, text, back }) => {
    show(procedure([conference(1, 'done')], 'not_passed', 'closed'), locale);
    await waitFor(() => expect(screen.getByTestId('conference-next').textContent).toContain(text));
    expect(screen.getByRole('link', { name: back }).getAttribute('href')).toBe(
      '/appointments/DH-QA-CT-UBND/1',
    );
  });
});
