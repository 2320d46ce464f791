import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './errors';

/**
 * The contract's minimum length of a reason (contracts `MIN_COMMAND_REASON`: the panel imports only types
 * from contracts, so the number is kept here and a test holds it equal).
 */
export const MIN_REASON = 20;

/** What the form says, in the user's language, for one reasoned command. */
export interface ReasonCommandWords {
  title: string;
  reason: string;
  /** Shown when the reason is shorter than `minLength`. */
  reasonNeeded: string;
  /** Said once the command went through. */
  done: string;
  /** The button; the title when absent. */
  submit?: string;
}

/**
 * One reasoned command (withdraw or convene a confidence vote again, excuse an incomplete dossier): a
 * reason of at least `minLength` characters, then the button; the server's refusal shows below.
 */
export function ReasonCommandForm({
  words,
  minLength = 1,
  primary = false,
  send,
  onDone,
}: {
  words: ReasonCommandWords;
  minLength?: number;
  primary?: boolean;
  send(reason: string): Promise<unknown>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    if (reason.trim().length < minLength) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await send(reason.trim());
      onDone(words.done);
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
      <h2 id={`${id}-title`}>{words.title}</h2>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{words.reason}</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-reason-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {missing && (
          <p className="field-error" id={`${id}-reason-error`} role="alert">
            {words.reasonNeeded}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button
        type="submit"
        className={`button ${primary ? 'button-primary' : 'button-secondary'}`}
        disabled={busy}
      >
        {busy ? t.proc.actions.sending : (words.submit ?? words.title)}
      </button>
    </form>
  );
}
