import { useId, useState } from 'react';
import type { TaskCommandAnswer, TaskView } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';

/**
 * The collective's head on a dismissal proposal: accept (the task API's `approve`) or reject, always
 * with the reason. Offered only when the task's `actions` say so (the API's one task rule).
 */
export function DismissalDecisionForm({
  voteId,
  task,
  holderName,
  decide,
  onDone,
}: {
  voteId: string;
  task: TaskView;
  holderName: string;
  decide(
    id: string,
    taskKey: string,
    body: { verdict: 'approve' | 'reject'; comment: string },
  ): Promise<TaskCommandAnswer>;
  /** The message and the task command's answer, for the page to show the decision at once. */
  onDone(message: string, answer: TaskCommandAnswer): void;
}) {
  const { t } = useI18n();
  const a = t.confidence.actions;
  const announce = useAnnounce();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (verdict: 'approve' | 'reject') => {
    if (!reason.trim()) return setMissing(true);
    setBusy(true);
    setError(null);
    try {
      const answer = await decide(voteId, task.taskKey, { verdict, comment: reason.trim() });
      announce(a.done);
      onDone(a.done, answer);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="decision-form" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`}>{a.decisionFor(holderName)}</h2>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{a.reason}</label>
        <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        {missing && (
          <p className="field-error" role="alert">
            {a.reasonNeeded}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="button-row">
        {task.actions.includes('approve') && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run('approve')}
          >
            {a.accept}
          </button>
        )}
        {task.actions.includes('reject') && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void run('reject')}
          >
            {a.reject}
          </button>
        )}
      </div>
    </form>
  );
}
