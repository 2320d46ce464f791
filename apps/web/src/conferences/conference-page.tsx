import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ConferenceOutcome, ConferenceView } from '../api/appointment-types';
import { appointmentIdFrom, procedurePath } from '../app/procedure-paths';
import { planIdFrom } from '../app/plan-paths';
import { rotationIdFrom } from '../app/rotation-paths';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { userLabel, useUserDirectory } from '../appointments/user-directory';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { TemporalLink } from '../ui/procedure-widgets';
import { useNames } from '../ui/names';
import { Loading } from '../ui/widgets';
import { AttendanceForm } from './attendance-form';
import { HeadDecision } from './head-decision';
import { NextStep } from './next-step';
import { useProcedureCadreNames } from './procedure-cadre-names';
import { TallyForm } from './tally-form';

const NO_CANDIDATES: readonly string[] = [];

/** Outcomes of a conference that did not take place as a vote: the step may be convened again. */
const NOT_HELD: readonly ConferenceOutcome[] = ['quorum_not_met', 'expired'];

/** The conference secretary's screen: attendance, then the tally; the head's buttons on a tie. */
export function ConferencePage() {
  const { postId, cadreId, unitCode, term = '', n = '', index = '0' } = useParams();
  // The same screen serves an appointment's conferences, a rotation's consultation and a plan's two votes.
  const appointmentId = unitCode
    ? planIdFrom(unitCode, term)
    : cadreId
      ? rotationIdFrom(cadreId, n)
      : appointmentIdFrom(postId ?? '', n);
  const stepIndex = Number(index);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const { users } = useUserDirectory();
  const [view, setView] = useState<ConferenceView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [feedback, setFeedback] = useState<string | null>(null);
  const load = async (signal: AbortSignal) => {
    try {
      const { data, changed } = await api.conference(appointmentId, stepIndex, signal);
      setError(null);
      if (changed) setView(data);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  // A conference that was not held may be convened again (a new attempt): keep watching for it.
  const final = view?.status.stage === 'closed' && !NOT_HELD.includes(view.status.result?.outcome ?? 'none');
  const { refreshNow } = usePoller(load, { key: `${appointmentId}/${stepIndex}`, enabled: !final });
  // What was recorded takes the focus: the form the secretary used is gone (the next one, the tally,
  // follows the message, so Tab goes on into it) and focus would otherwise drop to the page itself.
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (feedback) feedbackRef.current?.focus();
  }, [feedback]);
  const done = (message: string) => {
    setFeedback(message);
    void refreshNow();
  };
  const name = (id: string) => userLabel(users, id);
  // Votes are entered and read against people: the candidates' names as their procedure gives them
  // (the registry only for one it does not name). The code stays beside the name: it tells namesakes apart.
  const named = useProcedureCadreNames(appointmentId, api.procedure);
  const cadreName = useNames(
    'cadre',
    named && view ? view.candidates.filter((c) => !named.has(c)) : NO_CANDIDATES,
  );
  const candidateName = (code: string) => {
    const known = named?.get(code) ?? cadreName(code);
    return known === code ? code : `${known} (${code})`;
  };
  const stepTitle = view ? (t.proc.stages[view.kind] ?? view.kind) : '';
  const secretary = view?.secretaryId === user.username;
  const status = view?.status;

  return (
    <>
      <PageHeading title={t.proc.conference.title}>
        {view ? t.proc.conference.heading(stepTitle) : t.proc.conference.title}
      </PageHeading>
      <p>
        <Link to={procedurePath(appointmentId)}>← {t.proc.conference.back}</Link>
        {view && (
          <>
            {' · '}
            <TemporalLink workflowId={view.id} />
          </>
        )}
      </p>
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!view && error === null && <Loading />}
      {feedback && (
        <p
          ref={feedbackRef}
          tabIndex={-1}
          className="notice notice-success"
          data-testid="conference-feedback"
        >
          {feedback}
        </p>
      )}
      {view && status && (
        <>
          <p>
            <strong>{t.proc.conference.stage[status.stage] ?? status.stage}</strong>
            {(view.attempt ?? 1) > 1 && (
              <span data-testid="conference-attempt"> ({t.proc.steps.attempt(view.attempt)})</span>
            )}{' '}
            · {t.proc.conference.summoned(view.summonedIds.length)} · {t.proc.start.secretary}:{' '}
            {name(view.secretaryId)} · {t.proc.start.head}: {name(view.headId)}
          </p>
          {!secretary && status.stage !== 'closed' && (
            <p className="notice notice-info">{t.proc.conference.secretaryOnly(name(view.secretaryId))}</p>
          )}
          {status.stage === 'convened' && secretary && (
            <AttendanceForm
              view={view}
              name={name}
              record={api.recordAttendance}
              appointmentId={appointmentId}
              onDone={done}
            />
          )}
          {status.stage === 'attendance_recorded' && status.attending !== undefined && (
            <>
              <p>{t.proc.conference.recorded(status.attending, view.summonedIds.length)}</p>
              {secretary && (
                <TallyForm
                  view={view}
                  attending={status.attending}
                  candidateName={candidateName}
                  submit={api.submitTally}
                  appointmentId={appointmentId}
                  onDone={done}
                />
              )}
            </>
          )}
          {status.stage === 'awaiting_head' && (
            <HeadDecision
              view={view}
              isHead={view.headId === user.username}
              decide={api.headDecision}
              candidateName={candidateName}
              userName={name}
              appointmentId={appointmentId}
              onDone={done}
            />
          )}
          {status.result && (
            <section className="card" aria-labelledby="result-title" data-testid="conference-result">
              <h2 id="result-title">{t.proc.conference.result}</h2>
              <p>
                <strong>{t.proc.outcomes[status.result.outcome] ?? status.result.outcome}</strong> ·{' '}
                {t.proc.steps.attendance(status.result.attending, status.result.summoned)}
              </p>
              {status.result.votes && (
                <ul className="plain-list">
                  {status.result.votes.map((v) => (
                    <li key={v.candidateId}>{t.proc.steps.votes(candidateName(v.candidateId), v.votes)}</li>
                  ))}
                </ul>
              )}
              <p>
                {t.proc.conference.forward(
                  status.result.forward.map(candidateName).join(', ') || t.proc.conference.nobody,
                )}
              </p>
            </section>
          )}
          {status.stage === 'closed' && status.result && (
            <NextStep procedureId={appointmentId} conferenceId={view.id} read={api.procedure} />
          )}
        </>
      )}
    </>
  );
}
