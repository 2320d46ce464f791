import { useState } from 'react';
import { Link } from 'react-router';
import type { ConfidenceVoteList } from '../api/confidence-types';
import { useAuth, useUser } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { mayStartConfidenceVote } from './confidence-roles';
import { confidenceVotePath } from './confidence-paths';

/** /confidence-votes: the votes of units in the user's scope, newest activity first. */
export function ConfidenceVotesPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const c = t.confidence;
  const [list, setList] = useState<ConfidenceVoteList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data, changed } = await api.listConfidenceVotes({ limit: 50, offset: 0 }, signal);
        setError(null);
        if (changed) setList(data);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key: 'confidence-votes', enabled: true },
  );
  return (
    <>
      <PageHeading title={c.list.title}>{c.list.title}</PageHeading>
      {mayStartConfidenceVote(user) && (
        <p>
          <Link className="button button-primary" to="/confidence-votes/new">
            {c.list.new}
          </Link>
        </p>
      )}
      {error !== null && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!list && error === null && <Loading />}
      {list && list.items.length === 0 && <p className="muted">{c.list.empty}</p>}
      {list && list.items.length > 0 && (
        <table className="table responsive">
          <thead>
            <tr>
              <th scope="col">{c.list.colUnit}</th>
              <th scope="col">{c.list.colYear}</th>
              <th scope="col">{c.list.colHolders}</th>
              <th scope="col">{c.list.colState}</th>
              <th scope="col">{c.list.colStage}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((v) => (
              <tr key={v.id}>
                <td data-label={c.list.colUnit}>
                  <Link to={confidenceVotePath(v.id)}>{v.unitName ?? v.unitCode}</Link>
                </td>
                <td data-label={c.list.colYear}>{v.year}</td>
                <td data-label={c.list.colHolders}>{v.holders.length}</td>
                <td data-label={c.list.colState}>{c.states[v.state]}</td>
                <td data-label={c.list.colStage}>{c.stages[v.stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
