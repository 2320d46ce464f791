import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';

export interface ReasonFormProps {
  title: string;
  intro?: ReactNode;
  label: string;
  submitLabel: string;
  /** Fewest characters after trimming (1: just not empty). */
  minLength?: number;
  /** Most characters the textarea takes (the API's limit). */
  maxLength?: number;
  requiredText: string;
  /** What to say when the text is shorter than minLength (default: the exception's wording). */
  tooShortText?(min: number, length: number): string;
  doneText: string;
  buttonClass?: string;
  /** More fields (documents) shown above the button. */
  children?: ReactNode;
  submit(reason: string): Promise<unknown>;
  onDone(message: string): void;
}

/**
 * One reasoned command: withdraw, grant an exception (≥ 20 characters), resubmit after a return, reconvene,
 * the self-assessment (≥ 20 characters).
 */
export function ReasonForm(props: ReasonFormProps) {
  const { t } = useI18n();
  const id = useId();
  const min = props.minLength ?? 1;
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState(false);
  const { busy, error, run } = useCommand(props.onDone);
  const length = reason.trim().length;
  const tooShort = length < min;
  const problem =
    length === 0
      ? props.requiredText
      : tooShort
        ? (props.tooShortText ?? t.proc.exception.tooShort)(min, length)
        : null;

  const send = async () => {
    if (busy) return;
    if (problem) {
      setShown(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    await run(async () => {
      await props.submit(reason.trim());
      setReason('');
      setShown(false);
      return props.doneText;
    });
  };

  return (
    <form
      className="reason-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.intro && <div className="muted">{props.intro}</div>}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{props.label}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={props.maxLength}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={(shown && problem !== null) || undefined}
          aria-describedby={`${id}-help`}
        />
        <p
          id={`${id}-help`}
          className={shown && problem ? 'field-error' : 'field-help'}
          role={shown && problem ? 'alert' : undefined}
        >
          {shown && problem ? problem : min > 1 ? t.proc.exception.help(min) : ''}
          {min > 1 && (
            <span aria-hidden="true">
              {' '}
              ({length}/{min})
            </span>
          )}
        </p>
      </div>
      {props.children}
      {error !== null && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className={`button ${props.buttonClass ?? 'button-primary'}`} disabled={busy}>
          {busy ? t.proc.actions.sending : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
