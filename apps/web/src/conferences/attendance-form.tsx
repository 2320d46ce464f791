import { useId, useState } from 'react';
import type { ConferenceStatus, ConferenceView } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { FocusedError } from '../ui/focused-error';
import { quorumMet, quorumNeeded } from './vote-arithmetic';

/**
 * A checklist of those summoned; the quorum (≥ 2/3) is shown live as boxes are ticked. Most sittings
 * have everyone there: one button ticks them all, and the secretary unticks whoever is absent.
 */
export function AttendanceForm({
  view,
  name,
  appointmentId,
  record,
  onDone,
}: {
  view: ConferenceView;
  name(id: string): string;
  appointmentId: string;
  record(id: string, index: number, present: string[]): Promise<ConferenceStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const summoned = view.summonedIds.length;
  const met = quorumMet(present.size, summoned);

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await record(
        appointmentId,
        view.stepIndex,
        view.summonedIds.filter((m) => present.has(m)),
      );
      announce(t.proc.actions.done.attendance);
      onDone(t.proc.actions.done.attendance);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{t.proc.conference.attendance}</h2>
      <fieldset>
        <legend>{t.proc.conference.present}</legend>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={present.size === summoned}
          onClick={() => setPresent(new Set(view.summonedIds))}
        >
          {t.proc.conference.markAllPresent}
        </button>
        <ul className="plain-list checklist">
          {view.summonedIds.map((member) => (
            <li key={member}>
              <label>
                <input
                  type="checkbox"
                  checked={present.has(member)}
                  onChange={(e) => {
                    const next = new Set(present);
                    if (e.target.checked) next.add(member);
                    else next.delete(member);
                    setPresent(next);
                  }}
                />{' '}
                {name(member)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div
        className={`quorum ${met ? 'quorum-met' : 'quorum-not-met'}`}
        aria-live="polite"
        data-testid="quorum"
      >
        <strong>{met ? t.proc.conference.quorumMet : t.proc.conference.quorumNotMet}</strong>{' '}
        {t.proc.conference.quorumLive(present.size, summoned, quorumNeeded(summoned))}
        <meter
          min={0}
          max={summoned}
          low={quorumNeeded(summoned) - 0.5}
          optimum={summoned}
          value={present.size}
          aria-hidden="true"
        />
      </div>
      {error !== null && <FocusedError error={error} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t.proc.actions.sending : t.proc.conference.recordAttendance}
      </button>
    </form>
  );
}
