import type { AuthenticatedUser, ConferenceBody } from '@personnel/contracts';
import type { UnitPostHolder } from '@personnel/persistence';
import {
  checkDirectory,
  checkSeparationOfDuties,
  type FieldProblem,
  type NamedUser,
  type PartyDirectory,
} from '../procedures/party-checks';
import type { StartConfidenceVoteDto } from './dto/confidence-vote.dto';

/**
 * The holders against the registry: each holds the post named, in the unit, today, and is listed
 * once. Each problem at its field (`holders[2].postId`).
 */
export function holderProblems(
  dto: StartConfidenceVoteDto,
  current: readonly UnitPostHolder[],
): FieldProblem[] {
  if (current.length === 0)
    return [
      {
        field: 'unitCode',
        problem: `names no unit with current post holders (${dto.unitCode})`,
        code: 'no_current_holders',
        params: { unit: dto.unitCode },
      },
    ];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  dto.holders.forEach((h, i) => {
    if (seen.has(h.cadreId))
      problems.push({
        field: `holders[${i}].cadreId`,
        problem: `lists ${h.cadreId} twice`,
        code: 'repeated_cadre',
        params: { cadre: h.cadreId },
      });
    seen.add(h.cadreId);
    if (!current.some((c) => c.cadreId === h.cadreId))
      problems.push({
        field: `holders[${i}].cadreId`,
        problem: `names ${h.cadreId}, who holds no post in unit ${dto.unitCode} today`,
        code: 'holds_no_post',
        params: { cadre: h.cadreId, unit: dto.unitCode },
      });
    else if (!current.some((c) => c.cadreId === h.cadreId && c.postId === h.postId))
      problems.push({
        field: `holders[${i}].postId`,
        problem: `names ${h.postId}, which ${h.cadreId} does not hold in unit ${dto.unitCode} today`,
        code: 'does_not_hold_post',
        params: { cadre: h.cadreId, post: h.postId, unit: dto.unitCode },
      });
  });
  return problems;
}

const bodyUsers = (body: ConferenceBody, prefix: string, withSummoned: boolean): NamedUser[] => [
  ...(withSummoned
    ? body.summonedIds.map((userId, i) => ({ field: `${prefix}.summonedIds[${i}]`, userId }))
    : []),
  { field: `${prefix}.secretaryId`, userId: body.secretaryId },
  { field: `${prefix}.headId`, userId: body.headId },
];

/**
 * The users named: each an active account; the proposer in no body. A holder's own account may sit
 * among the key cadres summoned (QĐ 96: those voted on are members of the conference that votes, and
 * the ballot keeps counts only) but may neither enter the tally, chair it, nor sit in the collective
 * whose head decides the dismissal proposals.
 */
export async function partyProblems(
  dto: StartConfidenceVoteDto,
  proposer: AuthenticatedUser,
  directory: PartyDirectory,
): Promise<FieldProblem[]> {
  const holderIds = dto.holders.map((h) => h.cadreId);
  const acting = [
    ...bodyUsers(dto.keyCadres, 'keyCadres', false),
    ...bodyUsers(dto.collective, 'collective', true),
  ];
  const voters = dto.keyCadres.summonedIds.map((userId, i) => ({
    field: `keyCadres.summonedIds[${i}]`,
    userId,
  }));
  const problems: FieldProblem[] = [];
  const holderUsers = await checkDirectory(directory, [...voters, ...acting], holderIds, problems);
  problems.push(...checkSeparationOfDuties(acting, proposer.username, holderUsers));
  problems.push(...checkSeparationOfDuties(voters, proposer.username, new Map()));
  return problems;
}
