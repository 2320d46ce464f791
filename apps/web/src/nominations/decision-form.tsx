import { useId, useState } from 'react';
import type { DecisionRequest, DecisionResponse, NominationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { stateLabel } from '../ui/widgets';

export const MAX_COMMENT = 2000;

export interface DecisionFormProps {
  nomination: Pick<NominationView, 'id' | 'approverIds' | 'currentApproverId' | 'state'>;
  username: string;
  decide(id: string, body: DecisionRequest): Promise<DecisionResponse>;
  /** The decision was recorded; `message` says so (the page keeps it shown, the form may be gone). */
  onDecided(result: DecisionResponse, message: string): void;
}

/**
 * Approve or reject with an optional comment. Shown to users whose roles may decide, on a pending
 * nomination whose chain names them; whether it is their turn is the workflow's call, so the form says
 * whose turn it looks like but still lets them send, and shows the API's refusal (409) when it comes.
 */
export function DecisionForm({ nomination, username, decide, onDecided }: DecisionFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState<DecisionRequest['decision'] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const tooLong = comment.length > MAX_COMMENT;
  const turn = nomination.currentApproverId;

  const submit = async (decision: DecisionRequest['decision']) => {
    if (tooLong || sending) return;
    setSending(decision);
    setError(null);
    try {
      const trimmed = comment.trim();
      const result = await decide(nomination.id, { decision, ...(trimmed ? { comment: trimmed } : {}) });
      const message = result.nextApproverId
        ? t.decision.acceptedNext(result.nextApproverId)
        : t.decision.accepted(stateLabel(result.state, t));
      announce(message);
      setComment('');
      onDecided(result, message);
    } catch (e) {
      setError(e);
    } finally {
      setSending(null);
    }
  };

  return (
    <form className="decision-form" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`}>{t.decision.title}</h2>
      <p className={turn === username ? 'notice notice-info' : 'notice notice-warning'}>
        {turn === username ? t.decision.yourTurn : t.decision.notYourTurn(turn ?? '—')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t.decision.comment}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={tooLong || undefined}
          aria-describedby={`${id}-help`}
        />
        <p id={`${id}-help`} className={tooLong ? 'field-error' : 'field-help'}>
          {tooLong ? t.decision.commentTooLong(MAX_COMMENT) : t.decision.commentHelp(MAX_COMMENT)}{' '}
          <span aria-hidden="true">
            ({comment.length}/{MAX_COMMENT})
          </span>
        </p>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button-approve"
          disabled={sending !== null || tooLong}
          onClick={() => void submit('approve')}
        >
          {sending === 'approve' ? t.decision.sending : t.decision.approve}
        </button>
        <button
          type="button"
          className="button button-reject"
          disabled={sending !== null || tooLong}
          onClick={() => void submit('reject')}
        >
          {sending === 'reject' ? t.decision.sending : t.decision.reject}
        </button>
      </div>
    </form>
  );
}
