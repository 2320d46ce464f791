import { ApplicationFailure } from '@temporalio/common';
import { CONFERENCE_REFUSED, PROCEDURE_REFUSED } from '@personnel/contracts';
import { refusalOf } from './refusal-of-failure';

describe('the refusal a validator’s failure carries', () => {
  it('takes the code and values of a conference refusal', () => {
    const failure = ApplicationFailure.create({
      type: CONFERENCE_REFUSED,
      message: 'X9 was not summoned',
      details: ['not_summoned', { memberId: 'X9' }],
    });
    expect(refusalOf(failure)).toEqual({
      code: 'not_summoned',
      message: 'X9 was not summoned',
      params: { memberId: 'X9' },
    });
  });

  it('answers an older worker’s conference refusal, without details, with the generic conference code', () => {
    const failure = ApplicationFailure.create({ type: CONFERENCE_REFUSED, message: 'X9 was not summoned' });
    expect(refusalOf(failure)).toEqual({
      code: 'conference_refused',
      message: 'X9 was not summoned',
      params: {},
    });
  });

  it('keeps `invalid` for a procedure refusal without details, and its values when the worker sends them', () => {
    expect(
      refusalOf(ApplicationFailure.create({ type: PROCEDURE_REFUSED, message: 'say what was revised' })),
    ).toEqual({ code: 'invalid', message: 'say what was revised', params: {} });
    expect(
      refusalOf(
        ApplicationFailure.create({
          type: PROCEDURE_REFUSED,
          message: 'U-1 has already claimed this task',
          details: ['claimed_by_other', { claimedBy: 'U-1' }],
        }),
      ),
    ).toMatchObject({ code: 'claimed_by_other', params: { claimedBy: 'U-1' } });
  });

  it('is no refusal for any other failure', () => {
    expect(refusalOf(ApplicationFailure.create({ type: 'InvalidConference', message: 'x' }))).toBeUndefined();
    expect(refusalOf(ApplicationFailure.create({ message: 'x' }))).toBeUndefined();
  });
});
