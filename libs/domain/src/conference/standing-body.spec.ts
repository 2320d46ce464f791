import type { StandingBodyMember } from '@personnel/contracts';
import { conferenceBodyOf, standingBodyProblems } from './standing-body';

const m = (userId: string, role: StandingBodyMember['role'] = 'member'): StandingBodyMember => ({
  userId,
  role,
});

describe('the composition of a standing body', () => {
  it('accepts one head, one secretary and members, each once', () => {
    expect(standingBodyProblems([m('A', 'head'), m('B', 'secretary'), m('C')])).toEqual([]);
  });

  it.each([
    ['no one', [], [{ field: 'members', code: 'no_members' }]],
    ['no head', [m('B', 'secretary'), m('C')], [{ field: 'members', code: 'no_head' }]],
    ['no secretary', [m('A', 'head'), m('C')], [{ field: 'members', code: 'no_secretary' }]],
    [
      'two heads',
      [m('A', 'head'), m('D', 'head'), m('B', 'secretary')],
      [{ field: 'members', code: 'several_heads' }],
    ],
    [
      'two secretaries',
      [m('A', 'head'), m('B', 'secretary'), m('C', 'secretary')],
      [{ field: 'members', code: 'several_secretaries' }],
    ],
    [
      'a member twice',
      [m('A', 'head'), m('B', 'secretary'), m('A')],
      [{ field: 'members[2].userId', code: 'repeated_member', userId: 'A' }],
    ],
  ])('refuses %s, naming the field', (_name, members, problems) => {
    expect(standingBodyProblems(members as StandingBodyMember[])).toEqual(problems);
  });

  it('summons every member in order, with its head and secretary', () => {
    expect(conferenceBodyOf([m('A'), m('B', 'secretary'), m('C', 'head')])).toEqual({
      summonedIds: ['A', 'B', 'C'],
      secretaryId: 'B',
      headId: 'C',
    });
  });
});
