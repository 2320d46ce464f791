import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  conferenceWorkflowId,
  headDecisionUpdate,
  recordAttendanceUpdate,
  submitTallyUpdate,
  type AuthenticatedUser,
  type ConferenceStatus,
} from '@personnel/contracts';
import type { AttendanceDto, HeadDecisionDto, TallyDto } from './dto/conference-commands.dto';
import { ProcedureAccess } from './procedure-access';
import { UpdateAnswers } from './update-answers';

/**
 * The secretary's and the head's commands on a conference of any procedure: scope-checked on the
 * procedure's row, then sent to the conference's own workflow, which checks the actor is its secretary
 * or head.
 */
@Injectable()
export class ConferenceCommands {
  constructor(
    private readonly access: ProcedureAccess,
    private readonly answers: UpdateAnswers,
  ) {}

  attendance(
    id: string,
    index: number,
    dto: AttendanceDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.send(id, index, user, recordAttendanceUpdate, {
      actorId: user.username,
      present: dto.present,
    });
  }

  tally(id: string, index: number, dto: TallyDto, user: AuthenticatedUser): Promise<ConferenceStatus> {
    return this.send(id, index, user, submitTallyUpdate, {
      actorId: user.username,
      ballotsCast: dto.ballotsCast,
      ...(dto.votes ? { votes: dto.votes.map((v) => ({ candidateId: v.candidateId, votes: v.votes })) } : {}),
      ...(dto.confidence
        ? {
            confidence: dto.confidence.map((c) => ({
              candidateId: c.candidateId,
              high: c.high,
              confidence: c.confidence,
              low: c.low,
            })),
          }
        : {}),
      sheetSha256: dto.sheetSha256,
    });
  }

  headDecision(
    id: string,
    index: number,
    dto: HeadDecisionDto,
    user: AuthenticatedUser,
  ): Promise<ConferenceStatus> {
    return this.send(id, index, user, headDecisionUpdate, {
      actorId: user.username,
      candidateId: dto.candidateId,
      approve: dto.approve,
    });
  }

  private async send<C>(
    id: string,
    index: number,
    user: AuthenticatedUser,
    update: UpdateDefinition<ConferenceStatus, [C]>,
    // The command's type comes from the Update alone, so a field it does not know fails the build.
    command: NoInfer<C>,
  ): Promise<ConferenceStatus> {
    await this.access.scoped(id, user);
    return this.answers.conference(conferenceWorkflowId(id, index), update, command);
  }
}
