import { Injectable } from '@nestjs/common';
import {
  reconveneConfidenceVoteUpdate,
  withdrawConfidenceVoteUpdate,
  type AuthenticatedUser,
  type ConfidenceVoteStatus,
} from '@personnel/contracts';
import { actorOf } from '../procedures/procedure-actor';
import { ProcedureAccess } from '../procedures/procedure-access';
import { UpdateAnswers } from '../procedures/update-answers';
import type { ConfidenceReasonDto } from './dto/confidence-vote.dto';

/** A confidence vote's own commands (withdraw, reconvene), after the scope check of its one row. */
@Injectable()
export class ConfidenceVoteCommandsService {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
  ) {}

  async withdraw(
    id: string,
    dto: ConfidenceReasonDto,
    user: AuthenticatedUser,
  ): Promise<ConfidenceVoteStatus> {
    await this.access.scoped(id, user);
    return this.answers.procedure(id, withdrawConfidenceVoteUpdate, {
      actor: actorOf(user),
      reason: dto.reason,
    });
  }

  async reconvene(
    id: string,
    dto: ConfidenceReasonDto,
    user: AuthenticatedUser,
  ): Promise<ConfidenceVoteStatus> {
    await this.access.scoped(id, user);
    return this.answers.procedure(id, reconveneConfidenceVoteUpdate, {
      actor: actorOf(user),
      stepIndex: 1,
      reason: dto.reason,
    });
  }
}
