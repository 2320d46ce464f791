import { useId, useState } from 'react';
import type {
  TaskAnnotationRequest,
  TaskCommandAnswer,
  TaskPriority,
  TaskView,
} from '../api/appointment-types';
import { formatDate, parseDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { Disclosure } from '../ui/disclosure';

/** What the row's buttons send: the inbox page passes the API's task endpoints. */
export interface TaskRowApi {
  claimTask(workflowId: string, taskKey: string): Promise<TaskCommandAnswer>;
  unclaimTask(workflowId: string, taskKey: string): Promise<TaskCommandAnswer>;
  decideTask(
    workflowId: string,
    taskKey: string,
    body: { verdict: 'approve' | 'reject' | 'return'; comment?: string },
  ): Promise<TaskCommandAnswer>;
  commentTask(workflowId: string, taskKey: string, comment: string): Promise<TaskCommandAnswer>;
  annotateTask(workflowId: string, taskKey: string, body: TaskAnnotationRequest): Promise<unknown>;
  reassignTask(
    workflowId: string,
    taskKey: string,
    body: { toUserId: string; reason: string },
  ): Promise<TaskCommandAnswer>;
}

/** The outcome of one row action, shown above the table until dismissed (focus goes to it). */
export interface RowResult {
  ok: boolean;
  text: string;
  error?: unknown;
  /** A task command's answer: the tasks it changed, for the list to show at once. */
  answer?: TaskCommandAnswer;
}

const HOLDING = ['assigned', 'claimed_by_me', 'delegated_to_me'];

/** A row's label in messages: the task and the post it is about. */
export const rowLabel = (task: TaskView) =>
  `${task.label} · ${task.postTitle ?? task.postId ?? task.workflowId}`;

/**
 * Claim, give back and decide from the list, and under "More…" a reject/return with its reason, a
 * comment without a verdict, the holder's follow-up date and priority, and a manager's reassignment.
 * Only what the API's `actions` allow is offered (reassignment: what the user's role allows).
 */
export function TaskRowActions({
  task,
  api,
  mayReassign,
  onResult,
}: {
  task: TaskView;
  api: TaskRowApi;
  mayReassign: boolean;
  onResult(result: RowResult): void;
}) {
  const { t } = useI18n();
  const m = t.taskInbox;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<'reject' | 'return'>('return');
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [followUp, setFollowUp] = useState(task.followUpOn ? formatDate(task.followUpOn) : '');
  const [priority, setPriority] = useState<TaskPriority | ''>(task.priority ?? '');
  const [dateProblem, setDateProblem] = useState(false);
  const [to, setTo] = useState('');
  const [why, setWhy] = useState('');
  const label = rowLabel(task);
  const open = task.status === 'open';
  const holds = open && HOLDING.includes(task.relation);
  const verdicts = (['reject', 'return'] as const).filter((v) => task.actions.includes(v));

  const run = async (send: () => Promise<TaskCommandAnswer | void>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      const answer = await send();
      onResult({ ok: true, text: done, ...(answer ? { answer } : {}) });
    } catch (error) {
      onResult({ ok: false, text: m.failed(label), error });
    } finally {
      setBusy(false);
    }
  };

  const saveAnnotation = () => {
    const followUpOn = followUp.trim() ? parseDate(followUp) : null;
    if (followUpOn === undefined) {
      setDateProblem(true);
      return;
    }
    setDateProblem(false);
    void run(async () => {
      await api.annotateTask(task.workflowId, task.taskKey, { followUpOn, priority: priority || null });
    }, m.annotated(label));
  };

  const more = verdicts.length > 0 || (open && task.relation !== 'other') || holds || (open && mayReassign);
  return (
    <div className="row-actions">
      {task.actions.includes('claim') && (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => void run(() => api.claimTask(task.workflowId, task.taskKey), m.claimed(label))}
        >
          {m.claim}
        </button>
      )}
      {task.actions.includes('approve') && (
        <button
          type="button"
          className="button button-small button-approve"
          disabled={busy}
          onClick={() =>
            void run(
              () => api.decideTask(task.workflowId, task.taskKey, { verdict: 'approve' }),
              m.decided(label),
            )
          }
        >
          {m.approve}
        </button>
      )}
      {task.actions.includes('unclaim') && (
        <button
          type="button"
          className="button button-small button-ghost"
          disabled={busy}
          onClick={() => void run(() => api.unclaimTask(task.workflowId, task.taskKey), m.unclaimed(label))}
        >
          {m.unclaim}
        </button>
      )}
      {more && (
        <Disclosure className="row-more" summary={m.more}>
          {verdicts.length > 0 && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!reason.trim()) return;
                void run(
                  () => api.decideTask(task.workflowId, task.taskKey, { verdict, comment: reason.trim() }),
                  m.decided(label),
                );
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-verdict`}>{m.verdict}</label>
                <select
                  id={`${id}-verdict`}
                  value={verdict}
                  onChange={(e) => setVerdict(e.target.value === 'reject' ? 'reject' : 'return')}
                >
                  {verdicts.map((v) => (
                    <option key={v} value={v}>
                      {m.verdicts[v]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-reason`}>{m.reason}</label>
                <textarea
                  id={`${id}-reason`}
                  value={reason}
                  required
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              <button type="submit" className="button button-small" disabled={busy || !reason.trim()}>
                {m.send}
              </button>
            </form>
          )}
          {open && task.relation !== 'other' && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!comment.trim()) return;
                void run(
                  () => api.commentTask(task.workflowId, task.taskKey, comment.trim()),
                  m.commented(label),
                ).then(() => setComment(''));
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-comment`}>{m.comment}</label>
                <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} />
              </div>
              <button type="submit" className="button button-small" disabled={busy || !comment.trim()}>
                {m.commentSend}
              </button>
            </form>
          )}
          {holds && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                saveAnnotation();
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-follow`}>{m.followUp}</label>
                <input
                  id={`${id}-follow`}
                  value={followUp}
                  inputMode="numeric"
                  placeholder="dd/mm/yyyy"
                  aria-invalid={dateProblem || undefined}
                  aria-describedby={dateProblem ? `${id}-follow-problem` : undefined}
                  onChange={(e) => setFollowUp(e.target.value)}
                />
                {dateProblem && (
                  <p id={`${id}-follow-problem`} className="field-error">
                    {m.badDate}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${id}-priority`}>{m.priority}</label>
                <select
                  id={`${id}-priority`}
                  value={priority}
                  onChange={(e) =>
                    setPriority((['low', 'normal', 'high'] as const).find((p) => p === e.target.value) ?? '')
                  }
                >
                  {['', 'low', 'normal', 'high'].map((p) => (
                    <option key={p} value={p}>
                      {m.priorities[p]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-small" disabled={busy}>
                {m.saveAnnotation}
              </button>
            </form>
          )}
          {open && mayReassign && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!to.trim() || !why.trim()) return;
                void run(
                  () =>
                    api.reassignTask(task.workflowId, task.taskKey, {
                      toUserId: to.trim(),
                      reason: why.trim(),
                    }),
                  m.reassigned(label, to.trim()),
                );
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-to`}>{m.reassignTo}</label>
                <input id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-why`}>{m.reassignReason}</label>
                <input id={`${id}-why`} value={why} onChange={(e) => setWhy(e.target.value)} />
              </div>
              <button
                type="submit"
                className="button button-small"
                disabled={busy || !to.trim() || !why.trim()}
              >
                {m.reassign}
              </button>
            </form>
          )}
        </Disclosure>
      )}
    </div>
  );
}
