import { useId, useRef, useState } from 'react';
import type { DelegateTaskRequest, TaskCommandAnswer, UserDirectoryEntry } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { parseWindow } from './date-window';
import { UserSelect } from './user-picker';
import { Disclosure } from '../ui/disclosure';

/** Name a stand-in from the user directory for a date window (dd/mm/yyyy, both days included). */
export function DelegateForm({
  appointmentId,
  taskKey,
  users,
  me,
  delegate,
  onDone,
}: {
  appointmentId: string;
  taskKey: string;
  users: readonly UserDirectoryEntry[];
  me: string;
  delegate(id: string, taskKey: string, body: DelegateTaskRequest): Promise<TaskCommandAnswer>;
  /** The message and the command's answer (the task's new assignee), for the page to show at once. */
  onDone(message: string, answer?: TaskCommandAnswer): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [to, setTo] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = useRef<TaskCommandAnswer | undefined>(undefined);
  const { busy, error, run } = useCommand((message) => onDone(message, answer.current));

  const send = async () => {
    if (!to || !from.trim() || !until.trim() || !reason.trim()) return setProblem(t.proc.delegate.required);
    const window = parseWindow(from, until);
    if (window === 'order') return setProblem(t.proc.delegate.order);
    if (typeof window === 'string') return setProblem(t.proc.delegate.badDate);
    setProblem(null);
    await run(async () => {
      answer.current = await delegate(appointmentId, taskKey, {
        toUserId: to,
        validFrom: window.from,
        validUntil: window.until,
        reason: reason.trim(),
      });
      return t.proc.actions.done.delegate;
    });
  };

  return (
    <form
      className="delegate-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h3 id={`${id}-title`}>{t.proc.delegate.title}</h3>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t.proc.delegate.to}</label>
        <UserSelect id={`${id}-to`} users={users} value={to} onChange={setTo} exclude={[me]} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t.proc.delegate.from}</label>
          <input
            id={`${id}-from`}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t.proc.delegate.until}</label>
          <input
            id={`${id}-until`}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t.proc.delegate.reason}</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {busy ? t.proc.actions.sending : t.proc.delegate.submit}
      </button>
    </form>
  );
}

/** The "delegate" fold under a task a user may hand to a stand-in, the same on every procedure's page. */
export function DelegateDetails(props: Parameters<typeof DelegateForm>[0]) {
  const { t } = useI18n();
  return (
    <Disclosure className="more" summary={t.proc.delegate.title}>
      <DelegateForm {...props} />
    </Disclosure>
  );
}
