import { useId, useState } from 'react';
import type { HandOverRequest } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';

/** The workflow's limit on the hand-over note. */
export const HAND_OVER_NOTE_MAX = 1000;

/** The receiving unit confirms it received the rotated cadre; a note is optional. */
export function HandOverForm({
  rotationId,
  cadreName,
  unitName,
  submit,
  onDone,
}: {
  rotationId: string;
  cadreName: string;
  unitName: string;
  submit(id: string, body: HandOverRequest): Promise<unknown>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const h = t.rotation.handOver;
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand(onDone);

  const send = async () => {
    if (busy) return;
    await run(async () => {
      await submit(rotationId, note.trim() ? { note: note.trim() } : {});
      return h.done;
    });
  };

  return (
    <form
      className="hand-over-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{h.title}</h2>
      <p className="muted">{h.intro(cadreName, unitName)}</p>
      <div className="field">
        <label htmlFor={`${id}-note`}>{h.note}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={HAND_OVER_NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-approve" disabled={busy}>
        {busy ? t.proc.actions.sending : h.submit}
      </button>
    </form>
  );
}
