import type { TaskCommandAnswer, TaskView } from '../api/appointment-types';

/**
 * A task command's answer (POST /api/v1/tasks/…: the tasks it changed, with the user's relation and
 * actions) applied to the tasks a page shows, so the page shows the new state without reading the
 * procedure again. Every task of that procedure takes its new stage; a task the page does not show
 * (one the command opened) needs the procedure's context (post, unit, names): the next read brings it.
 */
export function applyTaskAnswer<T extends TaskView>(tasks: readonly T[], answer: TaskCommandAnswer): T[] {
  const changed = new Map(answer.tasks.map((t) => [t.taskKey, t]));
  return tasks.map((task) => {
    if (task.workflowId !== answer.workflowId) return task;
    const change = changed.get(task.taskKey);
    return change ? { ...task, ...change, stage: answer.stage } : { ...task, stage: answer.stage };
  });
}

type ProcedurePageView = { id: string; state: string; stage: string; tasks: TaskView[] };

/** A procedure page's view with the answer applied: its state, its stage and its tasks. */
export function applyProcedureAnswer<V extends ProcedurePageView>(view: V, answer: TaskCommandAnswer): V {
  if (view.id !== answer.workflowId) return view;
  // The answer is this procedure's own state and stage: the values of its kind's types.
  return {
    ...view,
    state: answer.state as V['state'],
    stage: answer.stage as V['stage'],
    tasks: applyTaskAnswer(view.tasks, answer),
  };
}

/** What a procedure page applies for a command's answer: nothing for a command that answers no task change. */
export function answerPatch<V extends ProcedurePageView>(
  answer?: TaskCommandAnswer,
): ((view: V) => V) | undefined {
  return answer && ((view) => applyProcedureAnswer(view, answer));
}
