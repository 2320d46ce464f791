import { useId, useState } from 'react';
import type { DecideTaskRequest, TaskCommandAnswer, TaskVerdict, TaskView } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';

export interface TaskDecisionFormProps {
  appointmentId: string;
  task: Pick<TaskView, 'taskKey' | 'label' | 'actions'>;
  claim(id: string, taskKey: string): Promise<TaskCommandAnswer>;
  unclaim(id: string, taskKey: string): Promise<TaskCommandAnswer>;
  decide(id: string, taskKey: string, body: DecideTaskRequest): Promise<TaskCommandAnswer>;
  /** The command's message and its answer (the tasks it changed), for the page to show at once. */
  onDone(message: string, answer: TaskCommandAnswer): void;
}

type Act = TaskVerdict | 'claim' | 'unclaim';

/**
 * Approve / Reject / Return on a sign-off task, with Claim first for a group task. Reject and return
 * need a comment (the reason goes back to HR). A refusal of the API (409 claimed_by_other, ...) is shown
 * with its reason in words, and the API's own message beside it.
 */
export function TaskDecisionForm({
  appointmentId,
  task,
  claim,
  unclaim,
  decide,
  onDone,
}: TaskDecisionFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState<Act | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  // Exactly what the API says this user may do to the task now (libs/domain taskActions).
  const mustClaim = task.actions.includes('claim');
  const mayDecide = task.actions.includes('approve');

  const run = async (act: Act) => {
    if (sending) return;
    const trimmed = comment.trim();
    if ((act === 'reject' || act === 'return') && !trimmed) {
      setMissing(true);
      document.getElementById(`${id}-comment`)?.focus();
      return;
    }
    setMissing(false);
    setSending(act);
    setError(null);
    try {
      const answer =
        act === 'claim'
          ? await claim(appointmentId, task.taskKey)
          : act === 'unclaim'
            ? await unclaim(appointmentId, task.taskKey)
            : await decide(appointmentId, task.taskKey, {
                verdict: act,
                ...(trimmed ? { comment: trimmed } : {}),
              });
      const message = t.proc.actions.done[act];
      announce(message);
      if (act !== 'claim' && act !== 'unclaim') setComment('');
      onDone(message, answer);
    } catch (e) {
      setError(e);
    } finally {
      setSending(null);
    }
  };

  const label = (act: Act, text: string) => (sending === act ? t.proc.actions.sending : text);
  return (
    <form className="decision-form" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`}>{t.proc.actions.title}</h2>
      <p className="muted">{t.proc.actions.forTask(task.label)}</p>
      {mustClaim && <p className="notice notice-info">{t.proc.actions.claimHelp}</p>}
      {mayDecide && (
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t.proc.actions.comment}</label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              setMissing(false);
            }}
            aria-invalid={missing || undefined}
            aria-describedby={`${id}-help`}
          />
          <p
            id={`${id}-help`}
            className={missing ? 'field-error' : 'field-help'}
            role={missing ? 'alert' : undefined}
          >
            {missing ? t.proc.actions.commentRequired : t.proc.actions.commentHelp}
          </p>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <div className="actions">
        {mustClaim && (
          <button
            type="button"
            className="button button-primary"
            disabled={sending !== null}
            onClick={() => void run('claim')}
          >
            {label('claim', t.proc.actions.claim)}
          </button>
        )}
        {mayDecide && (
          <>
            <button
              type="button"
              className="button button-approve"
              disabled={sending !== null}
              onClick={() => void run('approve')}
            >
              {label('approve', t.proc.actions.approve)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={sending !== null}
              onClick={() => void run('return')}
            >
              {label('return', t.proc.actions.return)}
            </button>
            <button
              type="button"
              className="button button-reject"
              disabled={sending !== null}
              onClick={() => void run('reject')}
            >
              {label('reject', t.proc.actions.reject)}
            </button>
          </>
        )}
        {task.actions.includes('unclaim') && (
          <button
            type="button"
            className="button button-ghost"
            disabled={sending !== null}
            onClick={() => void run('unclaim')}
          >
            {label('unclaim', t.proc.actions.unclaim)}
          </button>
        )}
      </div>
    </form>
  );
}
