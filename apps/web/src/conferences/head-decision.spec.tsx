import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceView } from '../api/appointment-types';
import { renderPanel } from '../test/render';
import { HeadDecision } from './head-decision';

const view = {
  id: 'appointment/QA-CT/1/conference/0',
  appointmentId: 'appointment/QA-CT/1',
  stepIndex: 0,
  attempt: 1,
  kind: 'collective',
  summonedIds: ['U-M1', 'U-M2', 'U-M3', 'U-M4'],
  secretaryId: 'U-M4',
  headId: 'U-M1',
  candidates: ['CB-0468'],
  status: {
    stage: 'awaiting_head',
    awaitingHead: ['CB-0468'],
    result: {
      outcome: 'awaiting_head',
      attending: 4,
      summoned: 4,
      votes: [{ candidateId: 'CB-0468', votes: 2 }],
    },
  },
} as unknown as ConferenceView;

const names: Record<string, string> = {
  'CB-0468': 'Nguyễn Văn Vinh (CB-0468)',
  'U-M1': 'Lê Văn Hùng (U-M1)',
};

const show = (locale: 'vi' | 'en', isHead: boolean) =>
  renderPanel(
    <HeadDecision
      view={view}
      isHead={isHead}
      appointmentId="appointment/QA-CT/1"
      decide={() => Promise.reject(new Error('not sent in this test'))}
      onDone={() => undefined}
      candidateName={(c) => names[c] ?? c}
      userName={(u) => names[u] ?? u}
    />,
    { locale },
  );

describe('the head’s tie decision names the person and the votes', () => {
  it('in Vietnamese', () => {
    show('vi', true);
    expect(screen.getByRole('button', { name: 'Chấp thuận Nguyễn Văn Vinh (CB-0468)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Không chấp thuận Nguyễn Văn Vinh (CB-0468)' })).toBeTruthy();
    expect(screen.getByText(/Số phiếu \(bằng 50%\): 2 phiếu/)).toBeTruthy();
  });

  it('in English, and the head by name for the others', () => {
    show('en', false);
    expect(screen.getByText('Nguyễn Văn Vinh (CB-0468)')).toBeTruthy();
    expect(screen.getByText(/Votes \(exactly 50%\): 2 votes/)).toBeTruthy();
    expect(screen.getByText('Only the head (Lê Văn Hùng (U-M1)) decides.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
