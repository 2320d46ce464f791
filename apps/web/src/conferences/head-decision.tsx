import { useState } from 'react';
import type { ConferenceStatus, ConferenceView, HeadDecisionRequest } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';

/** A candidate's votes as the tally recorded them, when the status carries them. */
function votesOf(view: ConferenceView, candidateId: string): number | undefined {
  return view.status.result?.votes?.find((v) => v.candidateId === candidateId)?.votes;
}

/** A collective vote at exactly 50 %: the head approves or not, candidate by candidate. */
export function HeadDecision({
  view,
  isHead,
  appointmentId,
  decide,
  onDone,
  candidateName = (c) => c,
  userName = (u) => u,
}: {
  view: ConferenceView;
  isHead: boolean;
  appointmentId: string;
  decide(id: string, index: number, body: HeadDecisionRequest): Promise<ConferenceStatus>;
  onDone(message: string): void;
  /** The candidate's name (and code) for their code: the head decides on a person, not a code. */
  candidateName?(id: string): string;
  userName?(id: string): string;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (candidateId: string, approve: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await decide(appointmentId, view.stepIndex, { candidateId, approve });
      announce(t.proc.actions.done.head);
      onDone(t.proc.actions.done.head);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="head-title">
      <h2 id="head-title">{t.proc.conference.awaitingHead}</h2>
      {!isHead && <p className="muted">{t.proc.conference.headOnly(userName(view.headId))}</p>}
      {view.status.awaitingHead.map((c) => (
        <div key={c} className="actions">
          <span>
            <span className="name">{candidateName(c)}</span>
            {votesOf(view, c) !== undefined && (
              <span className="muted">
                {' '}
                · {t.proc.steps.votes(t.proc.conference.tie, votesOf(view, c) as number)}
              </span>
            )}
          </span>
          {isHead && (
            <>
              <button
                type="button"
                className="button button-approve"
                disabled={busy}
                onClick={() => void send(c, true)}
              >
                {t.proc.conference.headApprove(candidateName(c))}
              </button>
              <button
                type="button"
                className="button button-reject"
                disabled={busy}
                onClick={() => void send(c, false)}
              >
                {t.proc.conference.headReject(candidateName(c))}
              </button>
            </>
          )}
        </div>
      ))}
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
