import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';

export const MAX_REASON = 2000;

export interface WithdrawFormProps {
  nominationId: string;
  withdraw(id: string, body: { reason: string }): Promise<unknown>;
  onWithdrawn(message: string): void;
}

/**
 * The proposer takes the nomination back while approvals are pending, with a reason (POST
 * .../withdraw). Two steps, so a click alone never withdraws; the API checks the proposer and the state.
 */
export function WithdrawForm({ nominationId, withdraw, onWithdrawn }: WithdrawFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tooLong = reason.length > MAX_REASON;

  if (!open)
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t.withdraw.open}
      </button>
    );

  const submit = async () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    if (tooLong || busy) return;
    setBusy(true);
    setError(null);
    try {
      await withdraw(nominationId, { reason: reason.trim() });
      announce(t.withdraw.done);
      onWithdrawn(t.withdraw.done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const problem =
    missing && !reason.trim()
      ? t.withdraw.reasonRequired
      : tooLong
        ? t.decision.commentTooLong(MAX_REASON)
        : null;
  return (
    <form
      className="withdraw-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{t.withdraw.title}</h2>
      <p className="muted small">{t.withdraw.intro}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t.withdraw.reason}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          required
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
        />
        {problem && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-reject" disabled={busy || tooLong}>
          {busy ? t.decision.sending : t.withdraw.submit}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => setOpen(false)}
        >
          {t.withdraw.cancel}
        </button>
      </div>
    </form>
  );
}
