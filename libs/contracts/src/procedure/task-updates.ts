import { defineUpdate } from '@temporalio/workflow';
import type { TaskUpdateAnswer } from './task-change';
import type {
  ClaimTaskCommand,
  CommentTaskCommand,
  DecideTaskCommand,
  DelegateTaskCommand,
  ReassignTaskCommand,
} from './task';

/**
 * The task Updates every procedure kind registers (the workflow kit's task commands), so the one task
 * API sends them to any workflow id. Each answers a TaskChange: the procedure's state and stage after the
 * command and the tasks it changed (completions recorded before carry the whole status: TaskUpdateAnswer).
 */
export const claimTaskUpdate = defineUpdate<TaskUpdateAnswer, [ClaimTaskCommand]>('claimTask');
export const unclaimTaskUpdate = defineUpdate<TaskUpdateAnswer, [ClaimTaskCommand]>('unclaimTask');
export const delegateTaskUpdate = defineUpdate<TaskUpdateAnswer, [DelegateTaskCommand]>('delegateTask');
export const decideTaskUpdate = defineUpdate<TaskUpdateAnswer, [DecideTaskCommand]>('decideTask');
export const commentTaskUpdate = defineUpdate<TaskUpdateAnswer, [CommentTaskCommand]>('commentTask');
export const reassignTaskUpdate = defineUpdate<TaskUpdateAnswer, [ReassignTaskCommand]>('reassignTask');
