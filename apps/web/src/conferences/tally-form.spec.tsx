import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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

const show = (locale: 'vi' | 'en') => {
  renderPanel(
    <TallyForm
      view={view}
      attending={7}
      candidateName={(c) => NAMES[c] ?? c}
      appointmentId={view.appointmentId}
      submit={() => Promise.reject(new Error('not sent in this test'))}
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
    expect(problems()).toBe('Số phiếu đồng ý cho Trần Thị Lan (CB-0512): cần một số nguyên không âm.');
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
    await user.type(screen.getByLabelText('Votes in favour of Trần Thị Lan (CB-0512)'), '2');
    expect(problems()).toBe(
      'Votes in favour of Nguyễn Văn Vinh (CB-0468): a whole number of 0 or more is needed.',
    );
  });
});
