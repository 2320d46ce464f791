import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  confirmHandOverUpdate,
  decideRotationEndUpdate,
  endRotationEarlyUpdate,
  evaluateRotationUpdate,
  grantRotationExceptionUpdate,
  issueRotationDecisionUpdate,
  resubmitRotationUpdate,
  withdrawRotationUpdate,
  type ActorRef,
  type AuthenticatedUser,
  type RotationStatus,
} from '@personnel/contracts';
import { actorOf } from '../procedures/procedure-actor';
import { ProcedureAccess } from '../procedures/procedure-access';
import { UpdateAnswers } from '../procedures/update-answers';
import type {
  EndEarlyDto,
  EndOfTermDto,
  EvaluateRotationDto,
  HandOverDto,
  RotationCommentDto,
  RotationDecisionDto,
  RotationReasonDto,
} from './dto/rotation-requests.dto';

/**
 * A rotation's own commands: each an Update the workflow validates when it applies it, with the
 * signed-in user as the actor, after the unit-scope check of the one procedure row.
 */
@Injectable()
export class RotationCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
  ) {}

  grantException(id: string, dto: RotationReasonDto, user: AuthenticatedUser) {
    return this.send(id, user, grantRotationExceptionUpdate, (actor) => ({ actor, reason: dto.reason }));
  }

  resubmit(id: string, dto: RotationCommentDto, user: AuthenticatedUser) {
    return this.send(id, user, resubmitRotationUpdate, (actor) => ({ actor, comment: dto.comment }));
  }

  withdraw(id: string, dto: RotationReasonDto, user: AuthenticatedUser) {
    return this.send(id, user, withdrawRotationUpdate, (actor) => ({ actor, reason: dto.reason }));
  }

  decide(id: string, dto: RotationDecisionDto, user: AuthenticatedUser) {
    return this.send(id, user, issueRotationDecisionUpdate, (actor) => ({
      actor,
      number: dto.number,
      effectiveDate: dto.effectiveDate,
    }));
  }

  handOver(id: string, dto: HandOverDto, user: AuthenticatedUser) {
    return this.send(id, user, confirmHandOverUpdate, (actor) => ({
      actor,
      ...(dto.note !== undefined ? { note: dto.note } : {}),
    }));
  }

  evaluate(id: string, dto: EvaluateRotationDto, user: AuthenticatedUser) {
    return this.send(id, user, evaluateRotationUpdate, (actor) => ({
      actor,
      year: dto.year,
      rating: dto.rating,
      comment: dto.comment,
    }));
  }

  endOfTerm(id: string, dto: EndOfTermDto, user: AuthenticatedUser) {
    return this.send(id, user, decideRotationEndUpdate, (actor) => ({
      actor,
      choice: dto.choice,
      number: dto.number,
      effectiveDate: dto.effectiveDate,
      ...(dto.postId !== undefined ? { postId: dto.postId } : {}),
      ...(dto.months !== undefined ? { months: dto.months } : {}),
    }));
  }

  endEarly(id: string, dto: EndEarlyDto, user: AuthenticatedUser) {
    return this.send(id, user, endRotationEarlyUpdate, (actor) => ({
      actor,
      choice: dto.choice,
      postId: dto.postId,
      reason: dto.reason,
      number: dto.number,
      effectiveDate: dto.effectiveDate,
    }));
  }

  private async send<C>(
    id: string,
    user: AuthenticatedUser,
    update: UpdateDefinition<RotationStatus, [C]>,
    command: (actor: ActorRef) => C,
  ): Promise<RotationStatus> {
    await this.access.scoped(id, user);
    return this.answers.procedure(id, update, command(actorOf(user)));
  }
}
