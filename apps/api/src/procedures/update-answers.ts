import {
  ConflictException,
  GatewayTimeoutException,
  HttpException,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  isConferenceRefusalCode,
  isRefusalCode,
  type ConferenceRefusalCode,
  type RefusalCode,
} from '@personnel/contracts';
import { timedSpan } from '../http/request-log-context';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import {
  ProcedureWorkflowsGateway,
  COMMAND_DEADLINE_MS,
  type UpdateOutcome,
} from './procedure-workflows.gateway';

/**
 * Every refusal code of a procedure command and the HTTP status it means: typed by the code, so a new
 * code fails the build until it is given its status here.
 */
export const REFUSAL_STATUS: Record<RefusalCode, HttpStatus> = {
  finished: HttpStatus.CONFLICT,
  wrong_stage: HttpStatus.CONFLICT,
  task_closed: HttpStatus.CONFLICT,
  claimed_by_other: HttpStatus.CONFLICT,
  not_claimed: HttpStatus.CONFLICT,
  not_assignee: HttpStatus.FORBIDDEN,
  own_case: HttpStatus.FORBIDDEN,
  not_authorised: HttpStatus.FORBIDDEN,
  unknown_task: HttpStatus.NOT_FOUND,
  invalid: HttpStatus.BAD_REQUEST,
  reason_required: HttpStatus.BAD_REQUEST,
  registry_conflict: HttpStatus.CONFLICT,
  ineligible: HttpStatus.UNPROCESSABLE_ENTITY,
  capacity_reached: HttpStatus.CONFLICT,
  already_enrolled: HttpStatus.CONFLICT,
  already_completed: HttpStatus.CONFLICT,
};

/** A code the workflow sent that this API does not know (a newer worker): a conflict, never a 500. */
const procedureRefusalStatus = (code: string): HttpStatus =>
  isRefusalCode(code) ? REFUSAL_STATUS[code] : HttpStatus.CONFLICT;

/**
 * Every refusal code of a conference command and its HTTP status: another's command (403), one its
 * state no longer takes (409), impossible numbers or names (400). Typed by the code like REFUSAL_STATUS.
 */
export const CONFERENCE_REFUSAL_STATUS: Record<ConferenceRefusalCode, HttpStatus> = {
  not_secretary: HttpStatus.FORBIDDEN,
  not_head: HttpStatus.FORBIDDEN,
  conference_closed: HttpStatus.CONFLICT,
  attendance_recorded: HttpStatus.CONFLICT,
  attendance_first: HttpStatus.CONFLICT,
  quorum_not_met: HttpStatus.CONFLICT,
  tally_entered: HttpStatus.CONFLICT,
  no_tie: HttpStatus.CONFLICT,
  member_twice: HttpStatus.BAD_REQUEST,
  not_summoned: HttpStatus.BAD_REQUEST,
  sheet_hash: HttpStatus.BAD_REQUEST,
  ballots_cast: HttpStatus.BAD_REQUEST,
  approval_ballot: HttpStatus.BAD_REQUEST,
  confidence_ballot: HttpStatus.BAD_REQUEST,
  every_candidate: HttpStatus.BAD_REQUEST,
  votes_range: HttpStatus.BAD_REQUEST,
  count_negative: HttpStatus.BAD_REQUEST,
  counts_exceed: HttpStatus.BAD_REQUEST,
};

/**
 * A conference's refusal by its code; an older worker's (no code: `conference_refused`) keeps the 400
 * every conference refusal had before the codes.
 */
const conferenceRefusalStatus = (code: string): HttpStatus =>
  isConferenceRefusalCode(code) ? CONFERENCE_REFUSAL_STATUS[code] : HttpStatus.BAD_REQUEST;

export function httpStatusText(status: number): string {
  return (
    { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 504: 'Gateway Timeout' }[
      status
    ] ?? 'Error'
  );
}

/** Sends an Update and maps its outcome to the HTTP answer: its result, the refusal's status with its code, or 504. */
@Injectable()
export class UpdateAnswers {
  constructor(private readonly workflows: ProcedureWorkflowsGateway) {}

  /** A command to a procedure of any kind (its task Updates or its own). */
  procedure<T, C>(workflowId: string, update: UpdateDefinition<T, [C]>, command: C): Promise<T> {
    return this.answer(workflowId, update, command, procedureRefusalStatus);
  }

  conference<T, C>(workflowId: string, update: UpdateDefinition<T, [C]>, command: C): Promise<T> {
    return this.answer(workflowId, update, command, conferenceRefusalStatus);
  }

  private async answer<T, C>(
    workflowId: string,
    update: UpdateDefinition<T, [C]>,
    command: C,
    refusalStatus: (code: string) => HttpStatus,
  ): Promise<T> {
    let outcome: UpdateOutcome<T>;
    try {
      outcome = await timedSpan('update', () =>
        this.workflows.update(workflowId, (handle) => handle.executeUpdate(update, { args: [command] })),
      );
    } catch (error) {
      // A refusing server surfaces within seconds (TEMPORAL_CALL_ATTEMPTS): 503. A timeout is a frozen
      // server (503, nothing was sent) or no worker answering (504, it may still apply): the health check
      // tells them apart.
      if (classifyDependencyFailure(error)?.timedOut && (await this.workflows.reachable()))
        throw new GatewayTimeoutException(
          `No worker confirmed the command within ${COMMAND_DEADLINE_MS / 1000} s. It may still be applied once a worker is back: ` +
            `check the procedure before sending it again.`,
        );
      throw error;
    }
    if (outcome.kind === 'accepted') return outcome.result;
    if (outcome.kind === 'refused') {
      const status = refusalStatus(outcome.code);
      throw new HttpException(
        {
          statusCode: status,
          error: httpStatusText(status),
          message: outcome.message,
          code: outcome.code,
          params: outcome.params,
        },
        status,
      );
    }
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `${workflowId} no longer runs; no more commands are taken`,
      code: 'finished',
    });
  }
}
