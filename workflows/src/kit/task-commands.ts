import { setHandler } from '@temporalio/workflow';
import {
  claimTaskUpdate,
  commentTaskUpdate,
  decideTaskUpdate,
  delegateTaskUpdate,
  reassignTaskUpdate,
  unclaimTaskUpdate,
  type ActorRef,
  type ClaimTaskCommand,
  type CommentTaskCommand,
  type ReassignTaskCommand,
  type DecideTaskCommand,
  type DelegateTaskCommand,
  type ProcedureTask,
  type TaskChange,
} from '@personnel/contracts';
import {
  checkClaim,
  checkCommentTask,
  checkDecideTask,
  checkReassignTask,
  checkDelegate,
  checkUnclaim,
  completed,
  withClaim,
  withDelegation,
  withReassignment,
} from '@personnel/domain';
import type { ProcedureContext } from './context';
import { checkActor, must, refuse } from './refusal';
import type { KitState } from './state';

/** What a kind adds to the kit's task commands: the rest is the same for every kind. */
export interface TaskCommandHooks<S extends KitState> {
  /** The actor is a subject or the proposer of this case: they may not act on it. */
  ownCase(actor: ActorRef): boolean;
  /** The user named as a stand-in would act on their own case. */
  ownCaseUser(userId: string): boolean;
  /** Refuses (`finished`) when the procedure takes no more task commands. */
  assertRunning(): void;
  /**
   * What a decided task does to its round (open the next, end it approved, rejected or returned):
   * the tasks that changed with it and what the journal row says about the round.
   */
  decided(
    task: ProcedureTask,
    comment: string | null,
    ctx: ProcedureContext<S>,
  ): { changed: ProcedureTask[]; payload: Record<string, unknown> };
}

/**
 * The task Updates every kind takes (claim, unclaim, delegate, decide, comment, reassign), on the
 * domain's one rule of who may act. Each validator re-checks the actor against the task as it stands when the Update arrives (a
 * task claimed or reassigned meanwhile refuses it, and nothing is recorded); each handler changes the
 * state before its first await, records the step with every task it changed and answers a TaskChange:
 * the state and stage once the step is recorded, the step's journal position and the tasks changed
 * since the command arrived (its own, its round's, and any the main flow moved meanwhile).
 */
export function registerTaskCommands<S extends KitState>(
  ctx: ProcedureContext<S>,
  hooks: TaskCommandHooks<S>,
): void {
  const s = ctx.state;
  const notOwnCase = (actor: ActorRef) => {
    if (hooks.ownCase(actor))
      refuse('own_case', `${actor.userId} may not act on their own case`, { userId: actor.userId });
  };
  /** Records the command's step, then answers what changed after `since` (a `taskVersion`). */
  const recordChange = async (
    since: number,
    ...step: Parameters<ProcedureContext<S>['record']>
  ): Promise<TaskChange> => {
    const sequence = ctx.nextSeq;
    await ctx.record(...step);
    return {
      workflowId: ctx.workflowId,
      state: s.state,
      stage: s.stage,
      sequence,
      tasks: ctx.changedSince(since),
    };
  };

  setHandler(
    claimTaskUpdate,
    async (command: ClaimTaskCommand) => {
      const since = ctx.taskVersion;
      const task = ctx.change(withClaim(s.existingTask(command.taskKey), command.actor.userId));
      return recordChange(since, 'task_claimed', command.actor.userId, { taskKey: command.taskKey }, task);
    },
    {
      validator: (command: ClaimTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        notOwnCase(command.actor);
        must(checkClaim(s.task(command.taskKey), command));
      },
    },
  );

  setHandler(
    unclaimTaskUpdate,
    async (command: ClaimTaskCommand) => {
      const since = ctx.taskVersion;
      const task = ctx.change(withClaim(s.existingTask(command.taskKey), null));
      return recordChange(since, 'task_unclaimed', command.actor.userId, { taskKey: command.taskKey }, task);
    },
    {
      validator: (command: ClaimTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        must(checkUnclaim(s.task(command.taskKey), command));
      },
    },
  );

  setHandler(
    delegateTaskUpdate,
    async (command: DelegateTaskCommand) => {
      const delegation = {
        from: command.actor.userId,
        to: command.toUserId,
        validFrom: command.validFrom,
        validUntil: command.validUntil,
        reason: command.reason.trim(),
        at: ctx.now(),
      };
      const since = ctx.taskVersion;
      const task = ctx.change(withDelegation(s.existingTask(command.taskKey), delegation));
      return recordChange(
        since,
        'task_delegated',
        command.actor.userId,
        { taskKey: command.taskKey, ...delegation },
        task,
      );
    },
    {
      validator: (command: DelegateTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        notOwnCase(command.actor);
        must(checkDelegate(s.task(command.taskKey), command, ctx.today(), hooks.ownCaseUser));
      },
    },
  );

  setHandler(
    decideTaskUpdate,
    async (command: DecideTaskCommand) => {
      const at = ctx.now();
      const comment = command.comment?.trim() || null;
      const since = ctx.taskVersion;
      const [task] = ctx.change(
        completed(s.existingTask(command.taskKey), command.verdict, command.actor.userId, at, comment),
      );
      const { changed, payload } = hooks.decided(task, comment, ctx);
      return recordChange(
        since,
        'task_decided',
        command.actor.userId,
        { taskKey: command.taskKey, verdict: command.verdict, ...(comment ? { comment } : {}), ...payload },
        [task, ...changed],
      );
    },
    {
      validator: (command: DecideTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        notOwnCase(command.actor);
        must(checkDecideTask(s.task(command.taskKey), command, ctx.today()));
      },
    },
  );

  // Comment and reassign are new Updates, not changed ones: registering a handler adds no command to a
  // history, and a history that never received them replays as before (workflows/test/replay.spec.ts).
  setHandler(
    commentTaskUpdate,
    async (command: CommentTaskCommand) => {
      const comment = command.comment.trim();
      // A comment changes no task: the step is the fact, on the procedure's timeline.
      return recordChange(ctx.taskVersion, 'task_commented', command.actor.userId, {
        taskKey: command.taskKey,
        comment,
      });
    },
    {
      validator: (command: CommentTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        must(checkCommentTask(s.task(command.taskKey), command, ctx.today()));
      },
    },
  );

  setHandler(
    reassignTaskUpdate,
    async (command: ReassignTaskCommand) => {
      const before = s.existingTask(command.taskKey);
      const since = ctx.taskVersion;
      const task = ctx.change(withReassignment(before, command.toUserId));
      return recordChange(
        since,
        'task_reassigned',
        command.actor.userId,
        {
          taskKey: command.taskKey,
          from: before.claimedBy ?? before.assigneeIds,
          to: command.toUserId,
          reason: command.reason.trim(),
        },
        task,
      );
    },
    {
      validator: (command: ReassignTaskCommand) => {
        checkActor(command?.actor);
        hooks.assertRunning();
        notOwnCase(command.actor);
        must(checkReassignTask(s.task(command.taskKey), command, hooks.ownCaseUser));
      },
    },
  );
}
