import type { ResolvedStartAppointmentRequest } from '@personnel/contracts';
import { localiseDetail } from '../http/i18n/error-messages';
import { checkSeparationOfDuties, checkStartShape } from './start-checks';

const body = { summonedIds: ['U-1', 'U-2'], secretaryId: 'U-2', headId: 'U-1' };
const outside = {
  source: 'outside',
  candidateIds: ['CB-1', 'CB-2'],
  postId: 'QA-CT',
  collective: body,
  expandedConference: body,
  signOffMode: 'sequential',
  signOff: [
    { key: 'org', label: 'Thẩm định', assigneeIds: ['U-3'] },
    { key: 'org', label: 'Thẩm định lại', assigneeIds: ['U-4'] },
  ],
  signerId: 'U-5',
  timing: { reminderWorkingDays: 1 },
} as unknown as ResolvedStartAppointmentRequest;

describe('what a start request says of itself, each problem with its code', () => {
  it('codes the source’s bodies, a repeated step key and timing the deployment refuses', () => {
    const problems = checkStartShape(outside, false);
    expect(problems.map((p) => [p.field, p.code, p.params])).toEqual([
      ['candidateIds', 'one_outside_candidate', {}],
      ['homeUnitConference', 'required_for_outside', {}],
      ['expandedConference', 'only_for_local', {}],
      ['signOff[1].key', 'repeated_key', { first: 'signOff[0].key' }],
      ['timing', 'timing_not_allowed', {}],
    ]);
    // The English words stay as they were; Vietnamese is written from the code.
    expect(problems[3].problem).toBe('repeats the key of signOff[0]');
    expect(localiseDetail(problems[3], 'vi').problem).toBe('Mã bước trùng với signOff[0].key.');
  });

  it('codes a proposer or a candidate who would act on their own case, naming both', () => {
    const named = [
      { field: 'collective.headId', userId: 'U-HR' },
      { field: 'signerId', userId: 'U-CB-1' },
    ];
    const problems = checkSeparationOfDuties(named, 'U-HR', new Map([['U-CB-1', 'CB-1']]));
    expect(problems.map((p) => [p.field, p.code, p.params])).toEqual([
      ['collective.headId', 'proposer_acts', { user: 'U-HR' }],
      ['signerId', 'candidate_acts', { user: 'U-CB-1', cadre: 'CB-1' }],
    ]);
    expect(localiseDetail(problems[1], 'vi').problem).toBe(
      'U-CB-1 là cán bộ CB-1 được đề xuất, không được tham gia xử lý hồ sơ của chính mình.',
    );
  });
});
