import { useCallback } from 'react';
import { useParams } from 'react-router';
import type { TrainingClassPage as ClassPageView } from '../api/training-types';
import { AppointmentTimeline } from '../appointments/appointment-timeline';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { useLiveProcedure } from '../shared/use-live-procedure';
import { ActionSide } from '../ui/action-side';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading, Section } from '../ui/widgets';
import { AttendanceGrid, type Trainee } from './attendance-grid';
import { CancelClassForm } from './cancel-form';
import { CompletionForm } from './completion-form';
import { EnrolForm } from './enrol-form';
import { TrainingStageProgress } from './training-stage-progress';
import { trainingClassIdFrom } from './training-paths';
import { useUnits } from './unit-choice';

/** /training/:classCode — one class: its facts, progress, trainees and results; HR's forms beside. */
export function TrainingClassPage() {
  const { classCode = '' } = useParams();
  const id = trainingClassIdFrom(classCode);
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const p = t.training.page;
  const { current, error, notFound, refreshNow, feedback, done } = useLiveProcedure<ClassPageView>(
    id,
    api.trainingClass,
    (c) => c.state === 'in_progress',
  );
  const organiser = can(user, 'propose') && current?.state === 'in_progress';
  const loadUnits = useCallback(
    (signal: AbortSignal) => api.units({ limit: 100, active: true }, signal),
    [api],
  );
  const units = useUnits(loadUnits);

  return (
    <>
      <PageHeading title={current ? p.title(current.title) : t.training.list.title}>
        {current ? p.title(current.title) : t.training.list.title}
      </PageHeading>
      {notFound && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{t.errors.notFound}</p>
          <button type="button" className="button button-secondary" onClick={() => void refreshNow()}>
            {t.errors.retry}
          </button>
        </div>
      )}
      {error !== null && !notFound && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!current && error === null && <Loading />}
      {current && (
        <div className={organiser || feedback ? 'detail-grid' : 'detail-grid detail-single'}>
          <div className="detail-main">
            <ClassSummary view={current} />
            <TraineesSection view={current} />
            <AppointmentTimeline entries={current.timeline} />
          </div>
          {(organiser || feedback) && (
            <ActionSide feedback={feedback}>
              {organiser && (
                <OrganiserForms
                  key={`${current.stage}-${current.updatedAt}`}
                  view={current}
                  units={units ?? []}
                  onDone={done}
                />
              )}
            </ActionSide>
          )}
        </div>
      )}
    </>
  );
}

function ClassSummary({ view }: { view: ClassPageView }) {
  const { t } = useI18n();
  const p = t.training.page;
  return (
    <section className="card" aria-label={p.progress}>
      <TrainingStageProgress stage={view.stage} />
      <dl className="facts">
        <dt>{p.course}</dt>
        <dd>{view.courseTitle ?? view.courseCode}</dd>
        <dt>{p.dates}</dt>
        <dd>
          {formatDate(view.startDate)} – {formatDate(view.endDate)}
        </dd>
        <dt>{p.place}</dt>
        <dd>{view.place}</dd>
        <dt>{p.unit}</dt>
        <dd>{view.unitName ?? view.unitCode}</dd>
        <dt>{p.capacity}</dt>
        <dd>{p.seats(view.enrolledCount, view.capacity)}</dd>
      </dl>
      {view.completion && (
        <p className="notice notice-success">
          {p.completedNote(view.completion.written.length, view.completion.alreadyHeld.length)}
        </p>
      )}
      {view.cancelled && <p className="notice notice-warning">{p.cancelled(view.cancelled.reason)}</p>}
    </section>
  );
}

const nameIn = (view: ClassPageView, cadreId: string) => view.cadreNames[cadreId] ?? cadreId;

function TraineesSection({ view }: { view: ClassPageView }) {
  const { t } = useI18n();
  const p = t.training.page;
  const attendance = new Map(view.attendance.map((a) => [a.cadreId, a]));
  const results = new Map(view.results.map((r) => [r.cadreId, r]));
  return (
    <Section title={p.enrolments} id="trainees">
      {view.enrolments.length === 0 ? (
        <p className="muted">{p.noEnrolments}</p>
      ) : (
        <table className="data-table" data-testid="trainees">
          <thead>
            <tr>
              <th scope="col">{p.colName}</th>
              <th scope="col">{p.colUnit}</th>
              <th scope="col">{p.colHow}</th>
              <th scope="col">{t.training.attendance.title}</th>
              <th scope="col">{p.results}</th>
            </tr>
          </thead>
          <tbody>
            {view.enrolments.map((e) => {
              const a = attendance.get(e.cadreId);
              const r = results.get(e.cadreId);
              const unit = (code: string | null) => (code ? (view.unitNames[code] ?? code) : '—');
              return (
                <tr key={e.cadreId} className={e.withdrawn ? 'muted' : undefined}>
                  <th scope="row" data-label={p.colName}>
                    {nameIn(view, e.cadreId)}
                  </th>
                  <td data-label={p.colUnit}>{unit(e.unitCode)}</td>
                  <td data-label={p.colHow}>
                    {e.withdrawn
                      ? p.withdrawn
                      : e.source.kind === 'unit'
                        ? p.viaUnit(unit(e.source.unitCode))
                        : p.viaCadre}
                  </td>
                  <td data-label={t.training.attendance.title}>
                    {a ? (a.attended ? t.training.attendance.present : p.absent) : '—'}
                    {a?.note ? ` (${a.note})` : ''}
                  </td>
                  <td data-label={p.results}>
                    {r ? (r.passed ? `${p.passed} · ${r.certificateNumber ?? ''}` : p.failed) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** What HR may do at the class's stage: enrol/withdraw, open or close the session, attendance, results. */
function OrganiserForms({
  view,
  units,
  onDone,
}: {
  view: ClassPageView;
  units: Parameters<typeof EnrolForm>[0]['units'];
  onDone(message: string): void;
}) {
  const { api } = useAuth();
  const { t } = useI18n();
  const p = t.training.page;
  const session = useCommand(onDone);
  const enrolled: Trainee[] = view.enrolments
    .filter((e) => !e.withdrawn)
    .map((e) => ({ cadreId: e.cadreId, name: nameIn(view, e.cadreId) }));
  const marked = new Map(view.attendance.map((a) => [a.cadreId, a.attended]));
  const allMarked = enrolled.every((e) => marked.has(e.cadreId));
  const attendees = enrolled.filter((e) => marked.get(e.cadreId) === true);
  const enrolling = view.stage === 'opened' || view.stage === 'in_session';

  return (
    <>
      {session.error !== null && <ErrorMessage error={session.error} />}
      {view.stage === 'opened' && (
        <button
          type="button"
          className="button"
          disabled={session.busy}
          onClick={() =>
            void session.run(async () => {
              await api.startTrainingSession(view.id);
              return p.sessionStarted;
            })
          }
        >
          {p.startSession}
        </button>
      )}
      {view.stage === 'in_session' && (
        <button
          type="button"
          className="button"
          disabled={session.busy}
          onClick={() =>
            void session.run(async () => {
              await api.closeTrainingSession(view.id);
              return p.sessionClosed;
            })
          }
        >
          {p.closeSession}
        </button>
      )}
      {enrolling && (
        <EnrolForm
          enrolledBefore={enrolled.length}
          units={units}
          searchCadres={api.searchCadres}
          enrol={(body) => api.enrolTrainees(view.id, body)}
          onDone={onDone}
        />
      )}
      {enrolling && enrolled.length > 0 && (
        <ul className="plain-list">
          {enrolled.map((e) => (
            <li key={e.cadreId}>
              <button
                type="button"
                className="button button-small button-secondary"
                disabled={session.busy}
                onClick={() =>
                  void session.run(async () => {
                    await api.withdrawTrainee(view.id, { cadreId: e.cadreId });
                    return p.withdrawnDone(e.name);
                  })
                }
              >
                {p.withdraw(e.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {(view.stage === 'in_session' || view.stage === 'closing') && enrolled.length > 0 && (
        <AttendanceGrid
          trainees={enrolled}
          attendance={view.attendance}
          record={(body) => api.recordTrainingAttendance(view.id, body)}
          onDone={onDone}
        />
      )}
      {view.stage === 'closing' &&
        (allMarked ? (
          <CompletionForm
            attendees={attendees}
            upload={(kind, file) => api.uploadDocument(kind, file)}
            complete={(body) => api.completeTrainingClass(view.id, body)}
            onDone={onDone}
          />
        ) : (
          <p className="notice">{t.training.completion.needAttendance}</p>
        ))}
      <CancelClassForm cancel={(body) => api.cancelTrainingClass(view.id, body)} onDone={onDone} />
    </>
  );
}
