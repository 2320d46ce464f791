import { useId, useState } from 'react';
import type { IssueDecisionRequest } from '../api/appointment-types';
import { parseDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';

/** The signer issues the decision: its number as printed and the date it takes effect (dd/mm/yyyy). */
export function SignDecisionForm({
  appointmentId,
  issue,
  onDone,
  title,
}: {
  appointmentId: string;
  /** Default: the appointment's decision. */
  title?: string;
  issue(id: string, body: IssueDecisionRequest): Promise<unknown>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [problems, setProblems] = useState<{ number?: string; date?: string }>({});
  const { busy, error, run } = useCommand(onDone);

  const send = async () => {
    const effective = parseDate(date);
    const found = {
      ...(number.trim() ? {} : { number: t.proc.sign.required }),
      ...(effective ? {} : { date: t.proc.sign.badDate }),
    };
    setProblems(found);
    if (!effective || found.number) return;
    await run(async () => {
      await issue(appointmentId, { number: number.trim(), effectiveDate: effective });
      return t.proc.actions.done.decision;
    });
  };

  return (
    <form
      className="sign-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{title ?? t.proc.sign.title}</h2>
      <div className="field">
        <label htmlFor={`${id}-number`}>{t.proc.sign.number}</label>
        <input
          id={`${id}-number`}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          aria-invalid={problems.number ? true : undefined}
          aria-describedby={`${id}-number-help`}
        />
        <p id={`${id}-number-help`} className={problems.number ? 'field-error' : 'field-help'}>
          {problems.number ?? t.proc.sign.numberHelp}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t.proc.sign.effective}</label>
        <input
          id={`${id}-date`}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={problems.date ? true : undefined}
          aria-describedby={problems.date ? `${id}-date-error` : undefined}
        />
        {problems.date && (
          <p id={`${id}-date-error`} className="field-error">
            {problems.date}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-approve" disabled={busy}>
        {busy ? t.proc.actions.sending : t.proc.sign.submit}
      </button>
    </form>
  );
}
