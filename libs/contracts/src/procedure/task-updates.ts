import { defineUpdate } from '@temporalio/workflow';
import type { ProcedureStatusBase } from './snapshot';
import type {
  ClaimTaskCommand,
  CommentTaskCommand,
  DecideTaskCommand,
  DelegateTaskCommand,
  ReassignTaskCommand,
} from './task';

/**
 * The task Updates every procedure kind registers (the workflow kit's task commands), so the one task
 * API sends them to any workflow id. Each answers the procedure's status as it stands after the command.
 */
export const claimTaskUpdate = defineUpdate<ProcedureStatusBase, [ClaimTaskCommand]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<ProcedureStatusBase, [ClaimTaskCommand]>('unclaimTask');
export const delegateTaskUpdate = defineUpdate<ProcedureStatusBase, [DelegateTaskCommand]>('delegateTask');
export const decideTaskUpdate = defineUpdate<ProcedureStatusBase, [DecideTaskCommand]>('decideTask');
export const commentTaskUpdate = defineUpdate<ProcedureStatusBase, [CommentTaskCommand]>('commentTask');
export const reassignTaskUpdate = defineUpdate<ProcedureStatusBase, [ReassignTaskCommand]>('reassignTask');
