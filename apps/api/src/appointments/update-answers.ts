import { ConflictException, GatewayTimeoutException, HttpException, Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { classifyDependencyFailure } from '../infrastructure/infrastructure-errors';
import {
  AppointmentWorkflowsGateway,
  COMMAND_DEADLINE_MS,
  type UpdateOutcome,
} from './appointment-workflows.gateway';

/** The refusal codes of the appointment workflow and the HTTP status each one means. */
const APPOINTMENT_REFUSAL_STATUS: Record<string, number> = {
  finished: 409,
  wrong_stage: 409,
  task_closed: 409,
  claimed_by_other: 409,
  not_claimed: 409,
  not_assignee: 403,
  own_case: 403,
  not_authorised: 403,
  unknown_task: 404,
  invalid: 400,
};

/** A conference refuses a malformed command (400); any other refusal is about its state now (409). */
const conferenceRefusalStatus = (code: string): number => (code === 'invalid' ? 400 : 409);

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
  constructor(private readonly workflows: AppointmentWorkflowsGateway) {}

  appointment<T, C>(workflowId: string, update: UpdateDefinition<T, [C]>, command: C): Promise<T> {
    return this.answer(workflowId, update, command, (code) => APPOINTMENT_REFUSAL_STATUS[code] ?? 409);
  }

  conference<T, C>(workflowId: string, update: UpdateDefinition<T, [C]>, command: C): Promise<T> {
    return this.answer(workflowId, update, command, conferenceRefusalStatus);
  }

  private async answer<T, C>(
    workflowId: string,
    update: UpdateDefinition<T, [C]>,
    command: C,
    refusalStatus: (code: string) => number,
  ): Promise<T> {
    let outcome: UpdateOutcome<T>;
    try {
      outcome = await this.workflows.update(workflowId, (handle) =>
        handle.executeUpdate(update, { args: [command] }),
      );
    } catch (error) {
      if (classifyDependencyFailure(error)?.timedOut)
        throw new GatewayTimeoutException(
          `No worker confirmed the command within ${COMMAND_DEADLINE_MS / 1000} s. It may still be applied once a worker is back: ` +
            `check the appointment before sending it again.`,
        );
      throw error;
    }
    if (outcome.kind === 'accepted') return outcome.result;
    if (outcome.kind === 'refused') {
      const status = refusalStatus(outcome.code);
      throw new HttpException(
        { statusCode: status, error: httpStatusText(status), message: outcome.message, code: outcome.code },
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
