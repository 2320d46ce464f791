import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { conferenceView } from '../test/appointment-fixtures';
import { renderPanel } from '../test/render';
import { TallyForm } from './tally-form';

const view = conferenceView({
  id: 'appointment/DH-QA-CT-UBND/1/conference/1',
  stepIndex: 1,
  kind: 'collective_proposes',
  summonedIds: ['U-BT-01', 'U-PBT-01', 'U-BTV-03', 'U-BTV-04', 'U-BTV-05', 'U-BTV-06', 'U-BTV-07'],
  secretaryId: 'U-BTV-07',
  headId: 'U-BT-01',
  candidates: ['CB-0468', 'CB-0512'],
  status: { stage: 'attendance_recorded', attending: 7, awaitingHead: [] },
});

const NAMES: Record<string, string> = {
  'CB-0468': 'Nguyễn Văn Vinh (CB-0468)',
  'CB-0512': 'Trần Thị Lan (CB-0512)',
};

const show = (locale: 'vi' | 'en', submit = () => Promise.reject(new Error('not sent in this test'))) => {
  renderPanel(
    <TallyForm
      view={view}
      attending={7}
      candidateName={(c) => NAMES[c] ?? c}
      appointmentId={view.appointmentId}
      submit={submit}
      onDone={() => undefined}
    />,
    { locale },
  );
  return userEvent.setup();
};

const problems = () => screen.getByRole('alert').textContent ?? '';

describe('the tally names each field by its label and each candidate by name', () => {
  it('in Vietnamese: the votes of a candidate, the ballots cast, who goes on', async () => {
    const user = show('vi');
    await user.type(screen.getByLabelText('Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468)'), '6');
    // Lan's votes are still empty because nobody has typed them yet: not a mistake to point at.
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(screen.getByLabelText('Số phiếu đồng ý cho Trần Thị Lan (CB-0512)'), '1');
    await user.clear(screen.getByLabelText('Số phiếu phát ra'));
    await user.type(screen.getByLabelText('Số phiếu phát ra'), '5');
    expect(problems()).toBe('Số phiếu của Nguyễn Văn Vinh (CB-0468) không được vượt quá 5 phiếu phát ra.');
    await user.clear(screen.getByLabelText('Số phiếu phát ra'));
    expect(problems()).toBe('Số phiếu phát ra: cần một số nguyên không âm.');
    await user.type(screen.getByLabelText('Số phiếu phát ra'), '7');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Đi tiếp: Nguyễn Văn Vinh (CB-0468)')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/(^|[^(])CB-0\d{3}[^)]/);
  });

  it('in English', async () => {
    const user = show('en');
    await user.type(screen.getByLabelText('Votes in favour of Trần Thị Lan (CB-0512)'), '2.5');
    expect(problems()).toBe(
      'Votes in favour of Trần Thị Lan (CB-0512): a whole number of 0 or more is needed.',
    );
  });
});

describe('"a whole number is needed" waits for the secretary', () => {
  it('is not shown on a form nobody has typed in yet', () => {
    show('vi');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(document.body.textContent).not.toContain('cần một số nguyên không âm');
  });

  it('shows when a number that is not whole is typed, on that field, and clears once it is fixed', async () => {
    const user = show('vi');
    const lan = screen.getByLabelText('Số phiếu đồng ý cho Trần Thị Lan (CB-0512)');
    await user.type(lan, '2.5');
    expect(problems()).toBe('Số phiếu đồng ý cho Trần Thị Lan (CB-0512): cần một số nguyên không âm.');
    expect(lan.getAttribute('aria-invalid')).toBe('true');
    await user.clear(lan);
    await user.type(lan, '2');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(lan.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows for every empty field once the secretary sends, with focus on the first one, and sends nothing', async () => {
    const submit = vi.fn(() => Promise.reject(new Error('not sent in this test')));
    const user = show('vi', submit);
    await user.type(screen.getByLabelText('Số phiếu đồng ý cho Trần Thị Lan (CB-0512)'), '3');
    await user.click(screen.getByRole('button', { name: 'Gửi kết quả kiểm phiếu' }));
    expect(problems()).toBe('Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468): cần một số nguyên không âm.');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByLabelText('Số phiếu đồng ý cho Nguyễn Văn Vinh (CB-0468)'),
      ),
    );
    expect(submit).not.toHaveBeenCalled();
  });
});
