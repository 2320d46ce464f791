import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { NominationDetail, TimelineEntry } from '../api/types';
import { cadrePath, panelConfig, temporalWorkflowUrl } from '../app/config';
import { useAuth, useUser } from '../auth/auth';
import { can } from '../auth/permissions';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { ErrorMessage } from '../ui/errors';
import { CodeName, useName } from '../ui/names';
import { PageHeading } from '../ui/page-heading';
import { Loading, StateBadge } from '../ui/widgets';
import { DecisionForm } from './decision-form';
import { approvalChain, type ChainStatus } from './inbox-logic';
import { usePoller } from './use-poller';
import { WithdrawForm } from './withdraw-form';

export function NominationPage() {
  const id = useParams()['*'] ?? '';
  const user = useUser();
  const { api } = useAuth();
  const { t } = useI18n();
  const [detail, setDetail] = useState<NominationDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [feedback, setFeedback] = useState<{ id: string; message: string } | null>(null);

  const load = async (signal: AbortSignal) => {
    try {
      const { data, changed } = await api.nomination(id, signal);
      setError(null);
      if (changed) setDetail(data);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
      throw e;
    }
  };
  const current = detail?.id === id ? detail : null;
  // A finished nomination no longer changes: stop polling it.
  const { refreshNow } = usePoller(load, { key: id, enabled: !current || current.state === 'pending' });
  const cadreName = useName('cadre', current?.cadreId ?? '');
  const config = panelConfig();

  // The side column holds the decision form or its outcome; without either the page uses one column.
  const mayDecide = current?.state === 'pending' && can(user, 'decide');
  const mayWithdraw =
    current?.state === 'pending' && can(user, 'propose') && current.proposedBy === user.username;
  const hasSide = mayDecide || mayWithdraw || feedback?.id === current?.id;
  const title = current ? `${t.nomination.title} · ${cadreName ?? current.cadreId}` : t.nomination.title;
  const notFound = error instanceof ApiError && error.status === 404;

  return (
    <>
      <PageHeading title={title}>
        {t.nomination.title}
        {current && (
          <>
            {': '}
            <span className="heading-name">{cadreName ?? current.cadreId}</span>
          </>
        )}
      </PageHeading>
      {notFound && (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">{t.nomination.notFound}</p>
          <p>{t.nomination.notRecordedYet}</p>
          <button type="button" className="button button-secondary" onClick={() => void refreshNow()}>
            {t.errors.retry}
          </button>
        </div>
      )}
      {error !== null && !notFound && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!current && error === null && <Loading />}
      {current && (
        <div className={hasSide ? 'detail-grid' : 'detail-grid detail-single'}>
          <div className="detail-main">
            <section className="card" aria-labelledby="summary-title">
              <div className="card-header">
                <h2 id="summary-title" className="visually-hidden">
                  {t.nomination.title}
                </h2>
                <StateBadge state={current.state} />
                <a
                  className="temporal-link"
                  href={temporalWorkflowUrl(config, current.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t.nomination.temporal}
                  <span className="visually-hidden"> ({t.nomination.temporalHint})</span>
                  <span aria-hidden="true"> ↗</span>
                </a>
              </div>
              <dl className="facts">
                <div>
                  <dt>{t.nomination.nominee}</dt>
                  <dd>
                    <Link to={cadrePath(current.cadreId)}>
                      <CodeName kind="cadre" code={current.cadreId} />
                    </Link>
                  </dd>
                </div>
                <div>
                  <dt>{t.nomination.post}</dt>
                  <dd>
                    <CodeName kind="post" code={current.postId} />
                  </dd>
                </div>
                <div>
                  <dt>{t.nomination.proposedBy}</dt>
                  <dd>
                    <span className="code">{current.proposedBy}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t.nomination.proposedAt}</dt>
                  <dd>{formatDateTime(current.proposedAt)}</dd>
                </div>
                <div>
                  <dt>{t.nomination.updatedAt}</dt>
                  <dd>{formatDateTime(current.updatedAt)}</dd>
                </div>
                <div>
                  <dt>{t.nomination.id}</dt>
                  <dd>
                    <span className="code wrap">
                      <BreakableId id={current.id} />
                    </span>
                  </dd>
                </div>
              </dl>
            </section>

            <ApprovalChain nomination={current} username={user.username} />
            <Timeline entries={current.timeline} />
          </div>

          <aside className="detail-side">
            {feedback?.id === current.id && (
              // Announced through the live region when it happened; kept here once the form is gone.
              <p className="notice notice-success" data-testid="decision-feedback">
                {feedback.message}
              </p>
            )}
            {mayDecide && (
              <section className="card">
                {current.approverIds.includes(user.username) ? (
                  <DecisionForm
                    nomination={current}
                    username={user.username}
                    decide={api.decide}
                    onDecided={(_result, message) => {
                      setFeedback({ id: current.id, message });
                      void refreshNow();
                    }}
                  />
                ) : (
                  <p className="muted">{t.decision.notInChain}</p>
                )}
              </section>
            )}
            {mayWithdraw && (
              <section className="card">
                <WithdrawForm
                  nominationId={current.id}
                  withdraw={api.withdraw}
                  onWithdrawn={(message) => {
                    setFeedback({ id: current.id, message });
                    void refreshNow();
                  }}
                />
              </section>
            )}
          </aside>
        </div>
      )}
    </>
  );
}

/** A workflow id that may wrap at its slashes on a narrow screen, and only there. */
function BreakableId({ id }: { id: string }) {
  const parts = id.split('/');
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </span>
      ))}
    </>
  );
}

const CHAIN_LABEL = (t: Messages): Record<ChainStatus, string> => ({
  approved: t.nomination.chainApproved,
  rejected: t.nomination.chainRejected,
  current: t.nomination.chainCurrent,
  waiting: t.nomination.chainWaiting,
  not_reached: t.nomination.chainNotReached,
});

function ApprovalChain({ nomination, username }: { nomination: NominationDetail; username: string }) {
  const { t } = useI18n();
  const labels = CHAIN_LABEL(t);
  return (
    <section className="card" aria-labelledby="chain-title">
      <h2 id="chain-title">{t.nomination.chain}</h2>
      <ol className="chain">
        {approvalChain(nomination).map((link) => (
          <li
            key={link.approverId}
            className={`chain-step chain-${link.status}`}
            aria-current={link.status === 'current' ? 'step' : undefined}
          >
            <span className="chain-position" aria-hidden="true">
              {link.position}
            </span>
            <span className="chain-body">
              <span className="code">{link.approverId}</span>
              {link.approverId === username && <span className="muted"> {t.nomination.you}</span>}
              <span className={`chain-status chain-status-${link.status}`}>{labels[link.status]}</span>
              {link.decidedAt && <span className="muted small"> · {formatDateTime(link.decidedAt)}</span>}
              {link.comment && <q className="chain-comment">{link.comment}</q>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function stepLabel(entry: TimelineEntry, t: Messages): string {
  if (entry.kind === 'proposed') return t.nomination.stepProposed;
  if (entry.kind === 'withdrawn') return t.nomination.stepWithdrawn;
  if (entry.kind === 'decision') {
    const decision = entry.payload.decision;
    return `${t.nomination.stepDecision}: ${decision === 'reject' ? t.decision.reject : decision === 'approve' ? t.decision.approve : String(decision ?? '')}`;
  }
  return t.nomination.stepOther(entry.kind);
}

/** The durable steps as recorded in Postgres, in order. Later procedures add kinds; unknown ones show their code. */
function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.nomination.timeline}</h2>
      <p className="muted small">{t.nomination.timelineIntro}</p>
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => (
          <li key={entry.seq} className={`timeline-step timeline-${entry.kind}`}>
            <span className="timeline-dot" aria-hidden="true" />
            <div className="timeline-body">
              <p className="timeline-title">
                <strong>{stepLabel(entry, t)}</strong>
              </p>
              <p className="muted small">
                {t.nomination.by}: <span className="code">{entry.actor}</span> · {t.nomination.occurredAt}:{' '}
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
              </p>
              {typeof entry.payload.reason === 'string' && entry.payload.reason && (
                <p className="timeline-comment">
                  <span className="muted">{t.nomination.reason}: </span>
                  <q>{entry.payload.reason}</q>
                </p>
              )}
              {typeof entry.payload.comment === 'string' && entry.payload.comment && (
                <p className="timeline-comment">
                  <span className="visually-hidden">{t.nomination.comment}: </span>
                  <q>{entry.payload.comment}</q>
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
