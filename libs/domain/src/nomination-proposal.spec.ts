import { checkNominationProposal, MAX_APPROVERS } from './nomination-proposal';

const valid = { cadreId: 'CB-0001', postId: 'QA-CT-UBND', approverIds: ['U-1', 'U-2'], proposedBy: 'U-HR' };

describe('checkNominationProposal', () => {
  it('accepts a well-formed proposal', () => {
    expect(checkNominationProposal(valid)).toEqual([]);
  });

  it.each([
    ['cadreId', { cadreId: '' }, 'is required'],
    ['cadreId', { cadreId: 'has space' }, 'must be 1-64'],
    ['postId', { postId: 'x/y' }, 'must be 1-64'],
    ['proposedBy', { proposedBy: undefined }, 'is required'],
    ['approverIds', { approverIds: [] }, 'at least one approver'],
    ['approverIds', { approverIds: ['U-1', 'U-1'] }, 'twice'],
    ['approverIds', { approverIds: ['U-1', 'CB-0001'] }, 'nominee'],
    ['approverIds', { approverIds: ['U-HR'] }, 'proposer'],
    [
      'approverIds',
      { approverIds: Array.from({ length: MAX_APPROVERS + 1 }, (_, i) => `U-${i}`) },
      `at most ${MAX_APPROVERS}`,
    ],
    ['approverIds[1]', { approverIds: ['U-1', ''] }, 'is required'],
  ])('names %s when it is wrong (%j)', (field, patch, problem) => {
    const problems = checkNominationProposal({ ...valid, ...patch } as typeof valid);
    expect(problems).toContainEqual({ field, problem: expect.stringContaining(problem) });
  });

  it('reports every problem at once', () => {
    expect(
      checkNominationProposal({ cadreId: '', postId: '', approverIds: [], proposedBy: '' }).map(
        (p) => p.field,
      ),
    ).toEqual(['cadreId', 'postId', 'proposedBy', 'approverIds']);
  });
});
