import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser, RotationMove, RotationProcedureParties } from '@personnel/contracts';
import { lookUpRotationMoves, type RotationMoveLookup } from '@personnel/persistence';
import { DatabaseProvider } from '../infrastructure/database.provider';
import {
  checkDirectory,
  checkSeparationOfDuties,
  partyDirectory,
  type FieldProblem,
  type NamedUser,
} from '../procedures/party-checks';

/**
 * What a rotation request says that the registry or the directory contradicts, each problem at its
 * field: the cadre, the post they leave (their current one), the destination unit and its post; the
 * users named. The rules themselves (planning, service left, non-local…) are the workflow's gate,
 * which explains each with its citation rather than refusing the request.
 */
@Injectable()
export class RotationChecks {
  constructor(private readonly database: DatabaseProvider) {}

  /** Problems of each move, in order; `field(i, name)` names the field (`rotations[3].toPostId`). */
  async moves(
    moves: readonly RotationMove[],
    proposer: AuthenticatedUser,
    field: (index: number, name: keyof RotationMove) => string,
  ): Promise<{ problems: FieldProblem[][]; lookups: RotationMoveLookup[] }> {
    const lookups = await lookUpRotationMoves(await this.database.connection(), [...moves]);
    const problems = moves.map((move, i) =>
      moveProblems(move, lookups[i], proposer, (name) => field(i, name)),
    );
    return { problems, lookups };
  }

  /** Problems of the parties: active users, and nobody acting on their own case. */
  async parties(
    parties: RotationProcedureParties,
    proposer: AuthenticatedUser,
    subjectCadreIds: readonly string[],
    unitCodes: readonly string[],
    prefix = '',
  ): Promise<FieldProblem[]> {
    const named = namedParties(parties, prefix);
    const problems: FieldProblem[] = [];
    const connection = await this.database.connection();
    const subjectUsers = await checkDirectory(
      await partyDirectory(connection, unitCodes),
      named,
      subjectCadreIds,
      problems,
    );
    problems.push(...checkSeparationOfDuties(named, proposer.username, subjectUsers));
    return problems;
  }
}

function moveProblems(
  move: RotationMove,
  found: RotationMoveLookup,
  proposer: AuthenticatedUser,
  field: (name: keyof RotationMove) => string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { cadre, fromPost, toPost, toUnit } = found;
  if (!cadre)
    problems.push({
      field: field('cadreId'),
      problem: `names no cadre of the registry (${move.cadreId})`,
      code: 'unknown_cadre',
      params: { cadre: move.cadreId },
    });
  else if (cadre.status !== 'active')
    problems.push({
      field: field('cadreId'),
      problem: `names a cadre who is ${cadre.status} (${move.cadreId})`,
      code: 'cadre_not_active',
      params: { cadre: move.cadreId, status: cadre.status },
    });
  else if (proposer.cadreId === move.cadreId)
    problems.push({
      field: field('cadreId'),
      problem: 'names the proposer’s own cadre',
      code: 'proposer_candidate',
      params: { cadre: move.cadreId },
    });
  if (!fromPost)
    problems.push({
      field: field('fromPostId'),
      problem: `names no post of the registry (${move.fromPostId})`,
      code: 'unknown_post',
      params: { post: move.fromPostId },
    });
  else if (cadre && cadre.currentPostId !== move.fromPostId)
    problems.push({
      field: field('fromPostId'),
      problem: cadre.currentPostId
        ? `is not the cadre's current post (${cadre.currentPostId})`
        : 'is not the cadre’s current post: the cadre holds no post now',
      code: 'not_current_post',
      params: { post: move.fromPostId, cadre: move.cadreId, current: cadre.currentPostId },
    });
  if (!toUnit)
    problems.push({
      field: field('toUnitCode'),
      problem: `names no unit of the registry (${move.toUnitCode})`,
      code: 'unknown_unit',
      params: { unit: move.toUnitCode },
    });
  else if (!toUnit.active)
    problems.push({
      field: field('toUnitCode'),
      problem: `names an inactive unit (${move.toUnitCode})`,
      code: 'inactive_unit',
      params: { unit: move.toUnitCode },
    });
  if (!toPost)
    problems.push({
      field: field('toPostId'),
      problem: `names no post of the registry (${move.toPostId})`,
      code: 'unknown_post',
      params: { post: move.toPostId },
    });
  else if (toPost.unitCode !== move.toUnitCode)
    problems.push({
      field: field('toPostId'),
      problem: `is a post of unit ${toPost.unitCode}, not of ${move.toUnitCode}`,
      code: 'post_of_other_unit',
      params: { post: move.toPostId, postUnit: toPost.unitCode, unit: move.toUnitCode },
    });
  else if (!toPost.active)
    problems.push({
      field: field('toPostId'),
      problem: `names an inactive post (${move.toPostId})`,
      code: 'inactive_post',
      params: { post: move.toPostId },
    });
  return problems;
}

/** Every user the parties name, with the field that names them. */
function namedParties(parties: RotationProcedureParties, prefix: string): NamedUser[] {
  const named: NamedUser[] = [];
  const c = parties.collective;
  c.summonedIds.forEach((userId, i) =>
    named.push({ field: `${prefix}collective.summonedIds[${i}]`, userId }),
  );
  named.push({ field: `${prefix}collective.secretaryId`, userId: c.secretaryId });
  named.push({ field: `${prefix}collective.headId`, userId: c.headId });
  parties.signOff.forEach((step, i) => {
    step.assigneeIds.forEach((userId, j) =>
      named.push({ field: `${prefix}signOff[${i}].assigneeIds[${j}]`, userId }),
    );
    if (step.escalateToId)
      named.push({ field: `${prefix}signOff[${i}].escalateToId`, userId: step.escalateToId });
  });
  named.push({ field: `${prefix}signerId`, userId: parties.signerId });
  parties.receivingIds.forEach((userId, i) => named.push({ field: `${prefix}receivingIds[${i}]`, userId }));
  return named;
}
