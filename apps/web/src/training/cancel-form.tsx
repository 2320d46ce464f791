import { useId, useState, type FormEvent } from 'react';
import type { TrainingClassStatus } from '../api/training-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { Disclosure } from '../ui/disclosure';

/** Cancels the class, with a reason the enrolled cadres see on their timeline. */
export function CancelClassForm({
  cancel,
  onDone,
}: {
  cancel(body: { reason: string }): Promise<TrainingClassStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const c = t.training.cancel;
  const id = useId();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand(onDone);
  const short = reason.trim().length < 10;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (short) return;
    void run(async () => {
      await cancel({ reason: reason.trim() });
      return c.done;
    });
  };
  return (
    <Disclosure className="more" summary={c.title}>
      <form className="form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-reason`}>{c.reason}</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" className="button button-danger" disabled={busy || short}>
          {c.submit}
        </button>
      </form>
    </Disclosure>
  );
}
