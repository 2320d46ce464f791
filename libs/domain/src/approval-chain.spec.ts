import type { ApprovalRecord } from '@personnel/contracts';
import {
  applyDecision,
  applyWithdrawal,
  chainState,
  checkDecision,
  checkWithdrawal,
  currentApprover,
  type ApprovalChain,
} from './approval-chain';

const at = '2026-01-05T08:00:00.000Z';
const decided = (approverId: string, decision: 'approve' | 'reject' = 'approve'): ApprovalRecord => ({
  approverId,
  decision,
  decidedAt: at,
});
const chain = (...decisions: ApprovalRecord[]): ApprovalChain => ({
  approverIds: ['A', 'B', 'C'],
  decisions,
});

describe('ordered approval chain', () => {
  it('starts pending with the first approver in turn', () => {
    expect(chainState(chain())).toBe('pending');
    expect(currentApprover(chain())).toBe('A');
  });

  it('moves the turn along with each approval and completes on the last one', () => {
    let c = applyDecision(chain(), decided('A'));
    expect(currentApprover(c)).toBe('B');
    c = applyDecision(c, decided('B'));
    c = applyDecision(c, decided('C'));
    expect(chainState(c)).toBe('approved');
    expect(currentApprover(c)).toBeNull();
  });

  it('ends rejected on the first reject, with nobody left in turn', () => {
    const c = applyDecision(chain(decided('A')), decided('B', 'reject'));
    expect(chainState(c)).toBe('rejected');
    expect(currentApprover(c)).toBeNull();
  });

  it.each([
    ['someone outside the chain', chain(), 'Z', 'not_in_chain'],
    ['an approver after their turn passed', chain(decided('A')), 'A', 'already_decided'],
    ['an approver before their turn', chain(), 'C', 'out_of_turn'],
    ['anyone once approved', chain(decided('A'), decided('B'), decided('C')), 'C', 'finished'],
    ['anyone once rejected', chain(decided('A', 'reject')), 'B', 'finished'],
  ])('refuses %s', (_case, c, approverId, code) => {
    const check = checkDecision(c, { approverId });
    expect(check).toMatchObject({ ok: false, code });
    expect(() => applyDecision(c, decided(approverId))).toThrow();
  });

  it('names whose turn it is when refusing out of turn', () => {
    expect(checkDecision(chain(decided('A')), { approverId: 'C' })).toMatchObject({
      message: expect.stringContaining("B's turn"),
    });
  });

  it('accepts the approver in turn and says their position', () => {
    expect(checkDecision(chain(decided('A')), { approverId: 'B' })).toEqual({ ok: true, position: 1 });
  });

  it('never mutates the chain it is given', () => {
    const original = chain();
    applyDecision(original, decided('A'));
    expect(original.decisions).toHaveLength(0);
  });
});

describe('withdrawal by the proposer', () => {
  const withdraw = { actorId: 'U-HR', reason: 'Cán bộ xin rút' };

  it('ends a running chain as withdrawn, after which nobody decides', () => {
    const c = applyWithdrawal(chain(decided('A')), 'U-HR', withdraw, at);
    expect(chainState(c)).toBe('withdrawn');
    expect(currentApprover(c)).toBeNull();
    expect(c.withdrawal).toEqual({ by: 'U-HR', reason: 'Cán bộ xin rút', at });
    expect(checkDecision(c, { approverId: 'B' })).toMatchObject({
      ok: false,
      code: 'finished',
      message: expect.stringContaining('withdrawn'),
    });
  });

  it.each([
    ['someone other than the proposer', chain(), { actorId: 'U-HR-2', reason: 'x' }, 'not_proposer'],
    ['without a reason', chain(), { actorId: 'U-HR', reason: '   ' }, 'no_reason'],
    ['after the chain ended', chain(decided('A', 'reject')), withdraw, 'finished'],
  ])('is refused for %s', (_case, c, command, code) => {
    expect(checkWithdrawal(c, 'U-HR', command)).toMatchObject({ ok: false, code });
    expect(() => applyWithdrawal(c, 'U-HR', command, at)).toThrow();
  });
});
