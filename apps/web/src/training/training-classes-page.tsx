import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TrainingClassList, TrainingClassStage } from '../api/training-types';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading, Pagination } from '../ui/widgets';
import { trainingClassPath } from './training-paths';

const STAGES: readonly TrainingClassStage[] = ['opened', 'in_session', 'closing', 'completed', 'cancelled'];
const PAGE_SIZE = 20;

/** /training: the classes of units in the user's scope, by course and stage. */
export function TrainingClassesPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const l = t.training.list;
  const [params, setParams] = useSearchParams();
  const stage = STAGES.find((s) => s === params.get('stage'));
  const courseCode = params.get('course') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const query = {
    courseCode: courseCode || undefined,
    stage,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const key = JSON.stringify(query);
  const [result, setResult] = useState<{ key: string; list: TrainingClassList } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [course, setCourse] = useState(courseCode);

  usePoller(
    async (signal) => {
      try {
        const { data } = await api.listTrainingClasses(query, signal);
        setError(null);
        setResult({ key, list: data });
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key },
  );
  const list = result?.key === key ? result.list : null;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeading title={l.title}>{l.title}</PageHeading>
      <p className="muted">{l.intro}</p>
      {can(user, 'propose') && (
        <p>
          <Link className="button" to="/training/new">
            {l.newClass}
          </Link>
        </p>
      )}
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ course: course.trim() || undefined });
        }}
      >
        <label>
          {l.course} <input type="search" value={course} onChange={(e) => setCourse(e.target.value)} />
        </label>
        <label>
          {l.stage}{' '}
          <select value={stage ?? ''} onChange={(e) => set({ stage: e.target.value || undefined })}>
            <option value="">{l.anyStage}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t.training.stages[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-secondary">
          {l.filter}
        </button>
      </form>
      {error !== null && <ErrorMessage error={error} />}
      {!list && error === null && <Loading />}
      {list && list.items.length === 0 && <p className="empty">{l.empty}</p>}
      {list && list.items.length > 0 && (
        <table className="data-table" data-testid="training-classes">
          <thead>
            <tr>
              <th scope="col">{l.colClass}</th>
              <th scope="col">{l.colCourse}</th>
              <th scope="col">{l.colDates}</th>
              <th scope="col">{l.colPlace}</th>
              <th scope="col">{l.colEnrolled}</th>
              <th scope="col">{l.colStage}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((c) => (
              <tr key={c.id}>
                <td data-label={l.colClass}>
                  <Link to={trainingClassPath(c.id)}>{c.title}</Link>
                </td>
                <td data-label={l.colCourse}>{c.courseTitle ?? c.courseCode}</td>
                <td data-label={l.colDates}>
                  {formatDate(c.startDate)} – {formatDate(c.endDate)}
                </td>
                <td data-label={l.colPlace}>{c.place}</td>
                <td data-label={l.colEnrolled}>{t.training.page.seats(c.enrolledCount, c.capacity)}</td>
                <td data-label={l.colStage}>{t.training.stages[c.stage] ?? c.stage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && (
        <Pagination
          page={page}
          pages={Math.ceil(list.total / PAGE_SIZE)}
          onPage={(p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          }}
        />
      )}
    </>
  );
}
