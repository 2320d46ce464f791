import type { ConferenceBody, StandingBodyMember } from '@personnel/contracts';

/**
 * The composition a standing body needs before a procedure may summon it, as a conference needs it
 * (conference-rules.ts): one head, who decides an exact 50 % vote, and one secretary, who records
 * attendance and the tally; nobody listed twice.
 */
export type StandingBodyProblem =
  | { field: string; code: 'no_members' }
  | { field: string; code: 'repeated_member'; userId: string }
  | { field: string; code: 'no_head' | 'no_secretary' }
  | { field: string; code: 'several_heads' | 'several_secretaries' };

export function standingBodyProblems(members: readonly StandingBodyMember[]): StandingBodyProblem[] {
  const problems: StandingBodyProblem[] = [];
  if (members.length === 0) return [{ field: 'members', code: 'no_members' }];
  members.forEach((m, i) => {
    if (members.findIndex((o) => o.userId === m.userId) !== i)
      problems.push({ field: `members[${i}].userId`, code: 'repeated_member', userId: m.userId });
  });
  const heads = members.filter((m) => m.role === 'head').length;
  const secretaries = members.filter((m) => m.role === 'secretary').length;
  if (heads === 0) problems.push({ field: 'members', code: 'no_head' });
  if (heads > 1) problems.push({ field: 'members', code: 'several_heads' });
  if (secretaries === 0) problems.push({ field: 'members', code: 'no_secretary' });
  if (secretaries > 1) problems.push({ field: 'members', code: 'several_secretaries' });
  return problems;
}

/** The conference body a procedure copies from a standing body: every member summoned, in order. */
export function conferenceBodyOf(members: readonly StandingBodyMember[]): ConferenceBody {
  const withRole = (role: StandingBodyMember['role']) => members.find((m) => m.role === role)?.userId ?? '';
  return {
    summonedIds: members.map((m) => m.userId),
    secretaryId: withRole('secretary'),
    headId: withRole('head'),
  };
}
