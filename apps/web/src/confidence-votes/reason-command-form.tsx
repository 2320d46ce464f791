import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';

/** One reasoned command of a confidence vote (withdraw, convene again): a reason, then the button. */
export function ReasonCommandForm({
  title,
  minLength = 1,
  send,
  onDone,
}: {
  title: string;
  minLength?: number;
  send(reason: string): Promise<unknown>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const a = t.confidence.actions;
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    if (reason.trim().length < minLength) return setMissing(true);
    setBusy(true);
    setError(null);
    try {
      await send(reason.trim());
      onDone(a.done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="decision-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{a.reason}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        {missing && (
          <p className="field-error" role="alert">
            {a.reasonNeeded}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {busy ? t.proc.actions.sending : title}
      </button>
    </form>
  );
}
