import { describe, expect, it } from 'vitest';
import type { NominationDetail, NominationView, Role } from '../api/types';
import {
  approvalChain,
  availableViews,
  inboxQuery,
  inboxSearchParams,
  newlyAwaiting,
  pageCount,
  parseInboxFilters,
  sortNominations,
} from './inbox-logic';

const approver = { roles: ['approver'] as Role[] };
const viewer = { roles: ['viewer'] as Role[] };
const hr = { roles: ['hr_officer'] as Role[] };

function nomination(over: Partial<NominationView> & { id: string }): NominationView {
  return {
    cadreId: 'CB-0001',
    postId: 'DH-QA-CT-UBND',
    proposedBy: 'U-HR-01',
    approverIds: ['U-TCNV-01', 'U-BT-01'],
    state: 'pending',
    currentApproverId: 'U-TCNV-01',
    proposedAt: '2026-11-01T01:00:00.000Z',
    updatedAt: '2026-11-01T01:00:00.000Z',
    cadreName: null,
    postTitle: null,
    unitCode: null,
    unitName: null,
    ...over,
  };
}

describe('inbox views and filters', () => {
  it('gives deciders their inbox first, and everyone the full list', () => {
    expect(availableViews(approver)).toEqual(['awaiting', 'involved', 'all']);
    expect(availableViews(viewer)).toEqual(['all']);
    expect(availableViews(hr)).toEqual(['all']);
  });

  it('reads the filters from the URL, falling back to safe defaults', () => {
    expect(parseInboxFilters(new URLSearchParams(''), approver)).toEqual({
      view: 'awaiting',
      state: undefined,
      cadreId: undefined,
      sort: 'activity',
      page: 1,
    });
    expect(
      parseInboxFilters(
        new URLSearchParams('view=involved&state=approved&sort=waiting&page=3&cadreId=CB-7'),
        approver,
      ),
    ).toEqual({ view: 'involved', state: 'approved', cadreId: 'CB-7', sort: 'waiting', page: 3 });
    // Unknown values, a view the user does not have, a page below 1.
    expect(parseInboxFilters(new URLSearchParams('view=awaiting&state=lost&sort=x&page=-2'), viewer)).toEqual(
      {
        view: 'all',
        state: undefined,
        cadreId: undefined,
        sort: 'activity',
        page: 1,
      },
    );
  });

  it('ignores a state filter on the inbox: waiting for me is pending by definition', () => {
    expect(parseInboxFilters(new URLSearchParams('state=approved'), approver).state).toBeUndefined();
  });

  it('writes only what differs from the defaults back to the URL, and reads it again the same', () => {
    const filters = {
      view: 'involved' as const,
      state: 'rejected' as const,
      cadreId: 'CB-9',
      sort: 'proposed' as const,
      page: 2,
    };
    const params = inboxSearchParams(filters, 'awaiting');
    expect(params.toString()).toBe('view=involved&state=rejected&cadreId=CB-9&sort=proposed&page=2');
    expect(parseInboxFilters(params, approver)).toEqual(filters);
    expect(inboxSearchParams({ view: 'awaiting', sort: 'activity', page: 1 }, 'awaiting').toString()).toBe(
      '',
    );
  });

  it('asks the API for exactly the view on screen', () => {
    const base = { sort: 'activity' as const, page: 1 };
    expect(inboxQuery({ ...base, view: 'awaiting' }, 'U-BT-01')).toEqual({
      awaitingApproverId: 'U-BT-01',
      limit: 20,
      offset: 0,
    });
    expect(inboxQuery({ ...base, view: 'involved', state: 'approved', page: 3 }, 'U-BT-01')).toEqual({
      approverId: 'U-BT-01',
      state: 'approved',
      limit: 20,
      offset: 40,
    });
    expect(inboxQuery({ ...base, view: 'all', cadreId: 'CB-0001' }, 'U-XEM-01', 50)).toEqual({
      cadreId: 'CB-0001',
      limit: 50,
      offset: 0,
    });
  });

  it('counts pages, with at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
  });
});

describe('sorting a page', () => {
  const a = nomination({ id: 'a', proposedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-05T00:00:00Z' });
  const b = nomination({ id: 'b', proposedAt: '2026-11-03T00:00:00Z', updatedAt: '2026-11-04T00:00:00Z' });
  const c = nomination({ id: 'c', proposedAt: '2026-11-02T00:00:00Z', updatedAt: '2026-11-04T00:00:00Z' });
  const page = [a, b, c];

  it("keeps the API's order (latest activity) by default", () => {
    expect(sortNominations(page, 'activity').map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts what has waited longest first, ties in API order', () => {
    expect(sortNominations(page, 'waiting').map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('puts the newest proposals first', () => {
    expect(sortNominations(page, 'proposed').map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('never reorders the array it was given', () => {
    sortNominations(page, 'waiting');
    expect(page.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('what is new in my inbox since the last poll', () => {
  it('names nominations that appeared and wait for me, not on the first load', () => {
    const old = nomination({ id: 'old', currentApproverId: 'U-BT-01' });
    const mine = nomination({ id: 'new', currentApproverId: 'U-BT-01' });
    const other = nomination({ id: 'other', currentApproverId: 'U-PBT-01' });
    expect(newlyAwaiting(undefined, [old, mine], 'U-BT-01')).toEqual([]);
    expect(newlyAwaiting([old], [mine, old, other], 'U-BT-01').map((n) => n.id)).toEqual(['new']);
  });
});

describe('the approval chain', () => {
  const detail = (over: Partial<NominationDetail>): NominationDetail => ({
    ...nomination({ id: 'nomination/CB-0001/DH-QA-CT-UBND/1' }),
    approverIds: ['U-TCNV-01', 'U-PBT-01', 'U-BT-01'],
    timeline: [],
    ...over,
  });
  const decided = (seq: number, actor: string, decision: string, comment?: string) => ({
    seq,
    stepKey: `decision/${seq}/${actor}`,
    kind: 'decision',
    actor,
    payload: { decision, ...(comment ? { comment } : {}) },
    occurredAt: `2026-11-0${seq}T03:00:00.000Z`,
    recordedAt: `2026-11-0${seq}T03:00:00.100Z`,
  });

  it('shows who approved, whose turn it is and who waits', () => {
    const chain = approvalChain(
      detail({
        currentApproverId: 'U-PBT-01',
        timeline: [decided(1, 'U-TCNV-01', 'approve', 'Đủ tiêu chuẩn')],
      }),
    );
    expect(chain.map((l) => [l.approverId, l.position, l.status])).toEqual([
      ['U-TCNV-01', 1, 'approved'],
      ['U-PBT-01', 2, 'current'],
      ['U-BT-01', 3, 'waiting'],
    ]);
    expect(chain[0]?.comment).toBe('Đủ tiêu chuẩn');
    expect(chain[0]?.decidedAt).toBe('2026-11-01T03:00:00.000Z');
  });

  it('marks the rejection and the approvers never asked', () => {
    const chain = approvalChain(
      detail({
        state: 'rejected',
        currentApproverId: null,
        timeline: [decided(1, 'U-TCNV-01', 'approve'), decided(2, 'U-PBT-01', 'reject', 'Chưa đủ')],
      }),
    );
    expect(chain.map((l) => l.status)).toEqual(['approved', 'rejected', 'not_reached']);
  });

  it('asks nobody else once the proposer has withdrawn', () => {
    const chain = approvalChain(
      detail({
        state: 'withdrawn',
        currentApproverId: null,
        timeline: [
          decided(1, 'U-TCNV-01', 'approve'),
          {
            seq: 2,
            stepKey: 'withdrawn',
            kind: 'withdrawn',
            actor: 'U-HR-01',
            payload: { reason: 'Cán bộ xin rút' },
            occurredAt: '2026-11-02T03:00:00.000Z',
            recordedAt: '2026-11-02T03:00:00.100Z',
          },
        ],
      }),
    );
    expect(chain.map((l) => l.status)).toEqual(['approved', 'not_reached', 'not_reached']);
  });

  it('reads a fully approved chain', () => {
    const chain = approvalChain(
      detail({
        state: 'approved',
        currentApproverId: null,
        timeline: ['U-TCNV-01', 'U-PBT-01', 'U-BT-01'].map((a, i) => decided(i + 1, a, 'approve')),
      }),
    );
    expect(chain.every((l) => l.status === 'approved')).toBe(true);
  });

  it('works from a list item too (no timeline): earlier approvers approved, the current one on turn', () => {
    const chain = approvalChain(
      nomination({ id: 'x', approverIds: ['A', 'B', 'C'], currentApproverId: 'B' }),
    );
    expect(chain.map((l) => l.status)).toEqual(['approved', 'current', 'waiting']);
  });
});
