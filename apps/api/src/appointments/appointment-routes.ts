import { applyDecorators } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiGatewayTimeoutResponse,
  ApiNotFoundResponse,
} from '@nestjs/swagger';
import type { Role } from '@personnel/contracts';
import { badRequest } from '../http/validation.pipe';

/** The path prefix of the appointment procedure's routes (the procedure and its conferences). */
export const APPOINTMENTS_PATH = 'api/v1/appointments';

/** Who takes tasks (sign-offs, the decision's task); whether it is theirs is the workflow's call. */
export const TASK_ROLES: Role[] = ['approver', 'leader', 'org_office'];
/** Who may sit in a conference as its secretary or head; the workflow checks it is them. */
export const CONFERENCE_ROLES: Role[] = ['hr_officer', 'org_office', 'approver', 'leader'];

/** The workflow id an appointment's route names as /:postId/:n. */
export const appointmentIdOf = (postId: string, n: string) => `appointment/${postId}/${n}`;

export const POST_ID_PARAM = { name: 'postId', description: 'Post code', example: 'QA-CT-UBND' };
export const N_PARAM = { name: 'n', description: 'Procedure number for the post', example: '1' };
export const TASK_KEY_PARAM = { name: 'taskKey', example: 'r1-org-office' };
export const STEP_INDEX_PARAM = { name: 'index', example: '1' };

export function stepIndex(raw: string): number {
  const index = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || !Number.isInteger(index))
    throw badRequest([
      { field: 'index', problem: 'must be a step index (0, 1, 2, …)', code: 'not_step_index', params: {} },
    ]);
  return index;
}

/** The answers of a command the workflow validates: wrong role, outside the scope, refused now, no worker. */
export const Refusals = () =>
  applyDecorators(
    ApiForbiddenResponse({
      description: 'Wrong role, not the assignee, or the nominee acting on their own case',
    }),
    ApiNotFoundResponse({ description: 'No such appointment in your unit scope, or no such task' }),
    ApiConflictResponse({
      description: 'Refused by the workflow now (code: finished, wrong_stage, task_closed, …)',
    }),
    ApiGatewayTimeoutResponse({ description: 'No worker confirmed within 20 s: check before sending again' }),
  );
